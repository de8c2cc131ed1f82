package dev.convene.core.model;

/**
 * The groups of actions a community grants by role, one per row of the default role-permission
 * table. The first and last rows are fixed; a community may tighten or loosen the middle rows with
 * {@link RolePermissions}.
 */
public enum Permission {
  /** View members-only items, create documents, start discussions, reply. Fixed: every member. */
  CONTRIBUTE(Role.MEMBER, false),
  /** Edit or delete one's own items. Default: every member. */
  EDIT_OWN_ITEMS(Role.MEMBER, true),
  /** Post announcements and events. Default: moderators and admins. */
  POST_ANNOUNCEMENTS_AND_EVENTS(Role.MODERATOR, true),
  /**
   * Invite, approve or reject requests, remove members, review items, hide replies, lock
   * discussions, archive items, see polls' counts whatever their setting. Default: moderators and
   * admins.
   */
  MODERATE(Role.MODERATOR, true),
  /**
   * Block and unblock, change roles, edit settings and privacy, create working groups, archive the
   * community, read its audit log. Fixed: admins.
   */
  ADMINISTER(Role.ADMIN, false);

  private final Role defaultRole;
  private final boolean adjustable;

  Permission(Role defaultRole, boolean adjustable) {
    this.defaultRole = defaultRole;
    this.adjustable = adjustable;
  }

  /**
   * The least role that holds this permission by default.
   *
   * @return the default role
   */
  public Role defaultRole() {
    return defaultRole;
  }

  /**
   * Whether a community may change which role holds this permission.
   *
   * @return {@code true} if {@link RolePermissions} may give it to another role
   */
  public boolean isAdjustable() {
    return adjustable;
  }
}
