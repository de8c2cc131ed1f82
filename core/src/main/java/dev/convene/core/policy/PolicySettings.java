package dev.convene.core.policy;

/**
 * Platform-wide settings of the policy and of the review workflow.
 *
 * @param curatePublicContent whether platform curators review every item that is to become public
 *     before it is published (the knowledge-management team's workflow)
 * @param conceptRequiredToPublish whether an item needs at least one taxonomy concept before it is
 *     published, directly or by a reviewer's approval
 */
public record PolicySettings(boolean curatePublicContent, boolean conceptRequiredToPublish) {
  private static final PolicySettings DEFAULTS = new PolicySettings(false, false);

  /** The defaults: public content is not curated, and items are published without concepts. */
  public static PolicySettings defaults() {
    return DEFAULTS;
  }

  /** A copy with curation of public content switched on or off. */
  public PolicySettings withCuratePublicContent(boolean value) {
    return new PolicySettings(value, conceptRequiredToPublish);
  }

  /** A copy that requires, or not, a concept before an item is published. */
  public PolicySettings withConceptRequiredToPublish(boolean value) {
    return new PolicySettings(curatePublicContent, value);
  }
}
