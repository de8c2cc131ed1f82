package dev.convene.core.policy;

/**
 * Everything an actor may try to do, as {@link AccessPolicy} decides it. Item actions need the item
 * in the {@link AccessContext}; actions on another member need that member's membership as the
 * context's target.
 */
public enum Action {
  // Community: reading
  /** See the community in listings and open its profile. */
  VIEW_COMMUNITY(Scope.COMMUNITY, false),
  /** List the community's members. */
  VIEW_MEMBERS(Scope.COMMUNITY, false),
  /** Read the community's audit log. */
  VIEW_AUDIT(Scope.COMMUNITY, false),

  // Community: one's own membership
  /** Become a member at once (join policy {@code OPEN}). */
  JOIN(Scope.COMMUNITY, true),
  /** Ask to become a member (join policy {@code REQUEST}). */
  REQUEST_MEMBERSHIP(Scope.COMMUNITY, true),
  /** Withdraw one's own pending request. */
  WITHDRAW_REQUEST(Scope.COMMUNITY, true),
  /** Accept an invitation that has not expired. */
  ACCEPT_INVITATION(Scope.COMMUNITY, true),
  /** Decline an invitation. */
  DECLINE_INVITATION(Scope.COMMUNITY, true),
  /** Leave the community. */
  LEAVE(Scope.COMMUNITY, true),

  // Community: other people's memberships
  /** Invite someone (the target, if they already have a membership). */
  INVITE(Scope.MEMBER, true),
  /** Approve or reject someone's request. */
  DECIDE_REQUEST(Scope.MEMBER, true),
  /** Remove a member or cancel an invitation. */
  REMOVE_MEMBER(Scope.MEMBER, true),
  /** Block or unblock someone. */
  BLOCK_MEMBER(Scope.MEMBER, true),
  /** Change a member's role. */
  CHANGE_ROLE(Scope.MEMBER, true),

  // Community: administration
  /** Edit the community's settings, branding and privacy. */
  EDIT_SETTINGS(Scope.COMMUNITY, true),
  /** Create a working group inside the community. */
  CREATE_WORKING_GROUP(Scope.COMMUNITY, true),
  /** Archive the community, making it read-only. */
  ARCHIVE_COMMUNITY(Scope.COMMUNITY, true),
  /** Bring an archived community back; the only change an archived community accepts. */
  RESTORE_COMMUNITY(Scope.COMMUNITY, true),

  // Community: contributing
  /** Create a document. */
  CREATE_DOCUMENT(Scope.COMMUNITY, true),
  /** Start a discussion. */
  START_DISCUSSION(Scope.COMMUNITY, true),
  /** Post an announcement. */
  POST_ANNOUNCEMENT(Scope.COMMUNITY, true),
  /** Post an event. */
  POST_EVENT(Scope.COMMUNITY, true),

  // Items
  /** Read the item. */
  VIEW_ITEM(Scope.ITEM, false),
  /** Edit the item, its attachments and its concepts. */
  EDIT_ITEM(Scope.ITEM, true),
  /** Delete the item. */
  DELETE_ITEM(Scope.ITEM, true),
  /** Submit a draft or rejected item for review. */
  SUBMIT_ITEM(Scope.ITEM, true),
  /** Publish a draft or rejected item directly, where no review is required. */
  PUBLISH_ITEM(Scope.ITEM, true),
  /** Approve (publish) or reject a submitted item. */
  REVIEW_ITEM(Scope.ITEM, true),
  /** Archive a published item. */
  ARCHIVE_ITEM(Scope.ITEM, true),
  /** Publish an archived item again. */
  RESTORE_ITEM(Scope.ITEM, true),
  /** Reply to a discussion. */
  REPLY(Scope.ITEM, true),
  /** Hide or show a reply in a discussion. */
  HIDE_REPLY(Scope.ITEM, true),
  /** Lock or unlock a discussion. */
  LOCK_DISCUSSION(Scope.ITEM, true),
  /** Read the replies moderators have hidden. */
  VIEW_HIDDEN_REPLIES(Scope.ITEM, false),
  /**
   * Set an item's concepts as a curator: an item the curator reviews, or a published item whose
   * effective visibility is public.
   */
  CATEGORISE_ITEM(Scope.ITEM, true),

  // Polls
  /** Create a poll. */
  CREATE_POLL(Scope.COMMUNITY, true),
  /** Vote in a poll, or change one's vote, while it is open. */
  VOTE(Scope.ITEM, true),
  /** Add an idea to a poll in ideas mode, while it is open. */
  ADD_IDEA(Scope.ITEM, true),
  /**
   * See a poll's counts whatever its results setting says: those who moderate. Everyone else sees
   * them as {@link AccessPolicy#decideResults} decides from the setting.
   */
  VIEW_POLL_RESULTS(Scope.ITEM, false);

  /** What an action is about. */
  public enum Scope {
    /** The community itself, or the actor's own membership of it. */
    COMMUNITY,
    /** Another person's membership (the context's target), which may not exist yet. */
    MEMBER,
    /** An item (the context's item). */
    ITEM
  }

  private final Scope scope;
  private final boolean write;

  Action(Scope scope, boolean write) {
    this.scope = scope;
    this.write = write;
  }

  /**
   * What the action is about.
   *
   * @return a community, a member or an item
   */
  public Scope scope() {
    return scope;
  }

  /**
   * Whether the action changes something, and is therefore refused in an archived community.
   *
   * @return {@code true} if the action writes
   */
  public boolean isWrite() {
    return write;
  }
}
