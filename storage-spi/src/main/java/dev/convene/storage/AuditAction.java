package dev.convene.storage;

/**
 * What an {@link AuditEntry} records. Stores keep the constant's name, so constants are only ever
 * added, never renamed, and each names something an operation does. Communities are archived, never
 * deleted, so there is no constant for a deletion.
 */
public enum AuditAction {
  /** A community was created. */
  COMMUNITY_CREATED,
  /** A membership changed state: requested, joined, invited, approved, left, removed, blocked, ... */
  MEMBERSHIP_CHANGED,
  /** A member's role changed. */
  ROLE_CHANGED,
  /** A community's privacy changed. */
  PRIVACY_CHANGED,
  /** Another community setting changed: join policy, sections, review, permissions, branding, ... */
  SETTINGS_CHANGED,
  /** An item was published or rejected by a reviewer. */
  ITEM_REVIEWED,
  /** An item was archived or brought back by a moderator. */
  ITEM_ARCHIVED,
  /** An item was deleted. */
  ITEM_DELETED,
  /** A reply was hidden or shown again. */
  REPLY_HIDDEN,
  /** A discussion was locked or unlocked. */
  DISCUSSION_LOCKED,
  /** A community was archived. */
  COMMUNITY_ARCHIVED,
  /** An archived community was restored. */
  COMMUNITY_RESTORED,
  /** A platform admin did something only the platform-admin override allowed. */
  PLATFORM_ADMIN_ACCESS,
  /**
   * A platform admin erased a person from the community: the subject is the pseudonym now in their
   * place, never the person's id.
   */
  PERSON_ERASED,
  /**
   * The shared taxonomy was replaced, changed or merged with an import; a platform-wide entry whose
   * subject counts the concepts added, updated, removed and deprecated.
   */
  TAXONOMY_CHANGED,
  /** The community was exported to an archive. */
  COMMUNITY_EXPORTED,
  /** The community was imported from an archive. */
  COMMUNITY_IMPORTED,
  /** A curator (or a platform admin) set an item's concepts; before and after list them. */
  ITEM_CATEGORISED,

  // Community guidelines
  /** A new version of the community's guidelines was published; the subject names the version. */
  GUIDELINES_PUBLISHED,
  /**
   * A user accepted a version of the community's guidelines, on joining, asking to join, accepting an
   * invitation, publishing it or afterwards; the subject is the user, after names the version.
   */
  GUIDELINES_ACCEPTED,
  // Reports of items and replies. Their subject is the item ("item <id>") or the reply ("reply <id>
  // of item <id>"); a filing names no actor, so that no reader of the log learns who reported.
  /** Someone reported an item or a reply; the entry names no actor, and after is the reason. */
  REPORT_FILED,
  /** A moderator dismissed the open reports of an item or reply; the content stays as it is. */
  REPORT_DISMISSED,
  /** A moderator hid reported content (an item archived, a reply hidden), closing its open reports. */
  REPORT_HIDDEN,
  /** A moderator deleted reported content, closing its open reports. */
  REPORT_REMOVED,
  /** An admin blocked the author of reported content, closing its open reports. */
  REPORT_AUTHOR_BLOCKED
}
