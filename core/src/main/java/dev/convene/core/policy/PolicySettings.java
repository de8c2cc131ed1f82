package dev.convene.core.policy;

/**
 * Platform-wide settings of the policy and of the review workflow.
 *
 * @param curatePublicContent whether platform curators review every item that is to become public
 *     before it is published (the knowledge-management team's workflow)
 * @param conceptRequiredToPublish whether an item needs at least one taxonomy concept before it is
 *     published, directly or by a reviewer's approval
 * @param guidelinesBeforeContributing whether an active member must have accepted the current version
 *     of a community's guidelines before they contribute to it again (create, edit, submit or publish
 *     an item, reply) after the guidelines change
 */
public record PolicySettings(boolean curatePublicContent, boolean conceptRequiredToPublish,
    boolean guidelinesBeforeContributing) {
  private static final PolicySettings DEFAULTS = new PolicySettings(false, false, true);

  /**
   * The defaults: public content is not curated, items are published without concepts, and members
   * accept changed guidelines before they contribute again.
   *
   * @return the default settings
   */
  public static PolicySettings defaults() {
    return DEFAULTS;
  }

  /**
   * A copy with curation of public content switched on or off.
   *
   * @param value {@code true} to have platform curators review what is to become public
   * @return a copy of these settings with that curation
   */
  public PolicySettings withCuratePublicContent(boolean value) {
    return new PolicySettings(value, conceptRequiredToPublish, guidelinesBeforeContributing);
  }

  /**
   * A copy that requires, or not, a concept before an item is published.
   *
   * @param value {@code true} to refuse publishing an item tagged with no concept
   * @return a copy of these settings with that requirement
   */
  public PolicySettings withConceptRequiredToPublish(boolean value) {
    return new PolicySettings(curatePublicContent, value, guidelinesBeforeContributing);
  }

  /**
   * A copy that requires, or not, members to accept a community's current guidelines before they
   * contribute again after a change. Joining, asking to join and accepting an invitation always
   * require accepting the current guidelines, whatever this says.
   *
   * @param value {@code true} to make members accept changed guidelines before they contribute
   * @return a copy of these settings with that requirement
   */
  public PolicySettings withGuidelinesBeforeContributing(boolean value) {
    return new PolicySettings(curatePublicContent, conceptRequiredToPublish, value);
  }
}
