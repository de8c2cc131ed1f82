package dev.convene.core.policy;

import java.util.Locale;

/**
 * Why {@link AccessPolicy} decided as it did: a stable {@link #code() code} for logs, audit, tests
 * and the code of the {@link dev.convene.core.AccessDeniedException} a denial throws, with a
 * description. A reason for a {@link Decision.Outcome#NOT_FOUND} decision is for the host's own logs;
 * what the actor is shown is only that the thing was not found.
 */
public enum Reason {
  /** The rules allow it. */
  ALLOWED("allowed"),
  /** A platform admin may do everything; the access must be audited. */
  PLATFORM_ADMIN("allowed to a platform admin"),
  /**
   * The thing does not exist, or the actor may not know it does; used where the two must not be
   * told apart even in the reason.
   */
  NOT_FOUND("not found"),
  /** The community is a hidden group and the actor is neither a member nor an invitee. */
  HIDDEN_GROUP("hidden group"),
  /** The community is listed to registered users only, and the actor is anonymous. */
  PRIVATE_COMMUNITY("private community"),
  /** The item is not visible to the actor (its review state or visibility). */
  ITEM_NOT_VISIBLE("item not visible"),
  /** The actor must sign in first. */
  SIGN_IN_REQUIRED("sign in required"),
  /** Only active members may do this. */
  MEMBERS_ONLY("only active members may do this"),
  /** The actor's role is not enough. */
  ROLE_REQUIRED("a higher role is required"),
  /** Only the item's author may do this. */
  AUTHOR_ONLY("only the author may do this"),
  /** Only the item's reviewers may do this. */
  REVIEWERS_ONLY("only the item's reviewers may do this"),
  /** Categorising is for curators, on what they review and on public items. */
  CURATORS_ONLY("only curators may do this, on items they review or public items"),
  /** The actor is blocked in this community. */
  BLOCKED("blocked in this community"),
  /** The other person is blocked in this community. */
  TARGET_BLOCKED("the user is blocked in this community"),
  /** A moderator may act on members only, not on moderators or admins. */
  TARGET_OUTRANKS("the user's role is too high"),
  /** One may not do this to oneself. */
  NOT_ON_SELF("not possible on oneself"),
  /** The community's join policy does not let people in this way. */
  JOIN_POLICY("the join policy does not allow this"),
  /** The actor is already a member, holds a pending invitation or waits for approval. */
  ALREADY_MEMBER("already a member, invited or waiting for approval"),
  /** The actor has no pending invitation. */
  NO_INVITATION("no pending invitation"),
  /** The actor has no pending request. */
  NO_REQUEST("no pending request"),
  /** A working group admits only active members of its parent community. */
  PARENT_MEMBERSHIP_REQUIRED("only members of the parent community may join a working group"),
  /** The community is archived and read-only. */
  ARCHIVED("the community is archived"),
  /** The community is not archived. */
  NOT_ARCHIVED("the community is not archived"),
  /** The community has this section switched off. */
  SECTION_DISABLED("this section is switched off"),
  /** Working groups cannot contain working groups. */
  NESTED_WORKING_GROUP("working groups cannot contain working groups"),
  /** The item's review state does not allow this. */
  REVIEW_STATE("not possible in the item's review state"),
  /** The item must go through review, so it cannot be published directly. */
  REVIEW_REQUIRED("the item must be reviewed before publication"),
  /** The item needs no review; publish it directly. */
  REVIEW_NOT_REQUIRED("the item needs no review"),
  /** The discussion is locked. */
  DISCUSSION_LOCKED("the discussion is locked"),

  // Polls
  /** The poll has closed: no more votes or ideas. */
  POLL_CLOSED("the poll is closed"),
  /** The poll's options are fixed by its author: members vote, they do not add ideas. */
  POLL_OPTIONS_FIXED("the poll's options are fixed"),
  /** The poll's results are not shown to the actor yet: by its setting, after voting or after closing. */
  RESULTS_NOT_YET_VISIBLE("the poll's results are not shown yet");

  private final String description;

  Reason(String description) {
    this.description = description;
  }

  /**
   * The stable code of the reason: its name in lowercase, with hyphens, such as {@code role-required}.
   * A denial for this reason throws an {@link dev.convene.core.AccessDeniedException} whose code is
   * {@code access-denied.} followed by it.
   *
   * @return the code
   */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * A short description for people.
   *
   * @return the description, in English
   */
  public String description() {
    return description;
  }
}
