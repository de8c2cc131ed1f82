package dev.convene.core.policy;

/**
 * Platform-wide settings of the privacy policy.
 *
 * @param curatePublicContent whether platform curators review every item that is to become public
 *     before it is published (the knowledge-management team's workflow)
 */
public record PolicySettings(boolean curatePublicContent) {
  private static final PolicySettings DEFAULTS = new PolicySettings(false);

  /** The defaults: public content is not curated. */
  public static PolicySettings defaults() {
    return DEFAULTS;
  }

  /** A copy with curation of public content switched on or off. */
  public PolicySettings withCuratePublicContent(boolean value) {
    return new PolicySettings(value);
  }
}
