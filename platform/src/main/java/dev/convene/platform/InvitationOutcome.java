package dev.convene.platform;

import dev.convene.core.membership.Roster;
import dev.convene.core.model.Membership;
import dev.convene.core.model.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * What {@link MembershipService#inviteAll} did for one user: invited them, or why not. Only {@link
 * #INVITED} wrote anything.
 */
public enum InvitationOutcome {
  /** Invited now (a lapsed invitation is replaced by the fresh one). */
  INVITED,
  /** Already an active member. */
  ALREADY_MEMBER,
  /** Already holds an invitation that has not lapsed. */
  ALREADY_INVITED,
  /** Has asked to join: approve the request instead. */
  REQUESTED_ALREADY,
  /** Blocked in the community: unblock them first. */
  BLOCKED,
  /** The community is a working group and the user is not an active member of its parent. */
  NOT_IN_PARENT;

  /**
   * Whether the user was invited.
   *
   * @return {@code true} if invited, {@code false} if refused
   */
  public boolean isInvited() {
    return this == INVITED;
  }

  /**
   * Why the user cannot be invited, read from where they stand in the roster, or empty if nothing
   * about them stands in the way (the refusal was about the inviter: let it through).
   */
  static Optional<InvitationOutcome> refusal(Roster roster, UserId user, Instant now) {
    Optional<Membership> current = roster.membership(user).filter(m -> !m.isExpired(now));
    if (current.isPresent()) {
      return Optional.of(switch (current.get().state()) {
        case ACTIVE -> ALREADY_MEMBER;
        case INVITED -> ALREADY_INVITED;
        case REQUESTED -> REQUESTED_ALREADY;
        case BLOCKED -> BLOCKED;
      });
    }
    return roster.parent().filter(parent -> !parent.isActive(user)).map(parent -> NOT_IN_PARENT);
  }
}
