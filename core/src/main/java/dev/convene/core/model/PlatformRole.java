package dev.convene.core.model;

/** A role a user holds on the whole platform, granted by the host portal. */
public enum PlatformRole {
  /** May do everything everywhere; every such access is audited. */
  PLATFORM_ADMIN,
  /**
   * A member of the knowledge-management team: reviews items that are to become public when the
   * platform curates public content, and sees nothing else of a private community.
   */
  CURATOR
}
