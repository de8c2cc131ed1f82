package dev.convene.core.membership;

import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The wording of every membership conflict, in one place so that the messages read alike: what was
 * refused, the user's current standing, and what to do instead.
 */
final class Refusals {
  private Refusals() {}

  /** "{head}: {the user's standing}[; {hint}]", about {@code user}'s membership in {@code roster}. */
  static MembershipConflictException refuse(String reason, Roster roster, UserId user, MembershipEvent attempted,
      String head, @Nullable String hint) {
    Optional<Membership> current = roster.membership(user);
    String message = head + ": " + standing(current) + (hint == null ? "" : "; " + hint);
    return exception(reason, roster, user, attempted, message);
  }

  /** A conflict with a message that needs no standing. */
  static MembershipConflictException exception(String reason, Roster roster, UserId user, MembershipEvent attempted,
      String message) {
    return exception(reason, roster, user, attempted, Map.of(), message);
  }

  private static MembershipConflictException exception(String reason, Roster roster, UserId user,
      MembershipEvent attempted, Map<String, ?> more, String message) {
    return new MembershipConflictException(reason, roster.community(), user,
        roster.membership(user).map(Membership::state), attempted, more, message);
  }

  /** Joining, asking to join or being invited while not an outsider. */
  static MembershipConflictException notOutsider(Roster roster, UserId user, MembershipEvent attempted) {
    Membership current = roster.membership(user).orElseThrow();
    String hint = switch (current.state()) {
      case INVITED -> attempted == MembershipEvent.INVITED
          ? "remove the invitation to send a fresh one" : "accept the invitation instead";
      case REQUESTED -> switch (attempted) {
        case INVITED -> "approve the request instead";
        case JOINED -> "withdraw the request to join directly, or wait for it to be approved";
        default -> "wait for the request to be approved";
      };
      case ACTIVE -> null;
      case BLOCKED -> attempted == MembershipEvent.INVITED ? "unblock them first" : null;
    };
    return refuse(MembershipConflictException.ALREADY_MEMBER, roster, user, attempted,
        "user " + user + " cannot " + verb(attempted) + " " + roster.community(), hint);
  }

  /** An operation that would leave the community without an active admin. */
  static MembershipConflictException lastAdmin(Roster roster, UserId user, MembershipEvent attempted) {
    String what = switch (attempted) {
      case LEFT -> "user " + user + " cannot leave " + roster.community() + " as its last admin";
      case BLOCKED -> "cannot block user " + user + ", the last admin of " + roster.community();
      case ROLE_CHANGED -> "cannot demote user " + user + ", the last admin of " + roster.community();
      default -> "cannot remove user " + user + ", the last admin of " + roster.community();
    };
    return exception(MembershipConflictException.LAST_ADMIN, roster, user, attempted,
        what + "; make another member an admin first");
  }

  /** An operation that needs the user in another state than the one they are in. */
  static MembershipConflictException wrongState(Roster roster, UserId user, MembershipEvent attempted) {
    String c = " " + roster.community();
    String head = "user " + user + switch (attempted) {
      case APPROVED -> " has no pending request to approve in" + c;
      case REJECTED -> " has no pending request to reject in" + c;
      case WITHDRAWN -> " has no pending request to withdraw in" + c;
      case ACCEPTED -> " has no invitation to accept in" + c;
      case DECLINED -> " has no invitation to decline in" + c;
      case LEFT -> " is not an active member of" + c + " and cannot leave it";
      case UNBLOCKED -> " is not blocked in" + c;
      case ROLE_CHANGED -> " has no role to change in" + c;
      default -> " cannot be removed from" + c;
    };
    return refuse(MembershipConflictException.MEMBERSHIP_STATE, roster, user, attempted, head,
        roster.membership(user).map(Membership::state)
        .map(state -> hint(attempted, state)).orElse(null));
  }

  private static @Nullable String hint(MembershipEvent attempted, MembershipState state) {
    if (attempted == MembershipEvent.ROLE_CHANGED) {
      return "only active members have roles";
    }
    return switch (state) {
      case INVITED -> switch (attempted) {
        case APPROVED -> "they must accept the invitation themselves";
        case REJECTED -> "remove the invitation instead";
        case WITHDRAWN, LEFT -> "decline the invitation instead";
        default -> null;
      };
      case REQUESTED -> switch (attempted) {
        case ACCEPTED -> "their request is waiting for approval";
        case DECLINED, LEFT -> "withdraw the request instead";
        case REMOVED -> "reject the request instead";
        default -> null;
      };
      case BLOCKED -> attempted == MembershipEvent.REMOVED ? "unblock them instead" : null;
      case ACTIVE -> attempted == MembershipEvent.WITHDRAWN ? "leave the community instead" : null;
    };
  }

  /** An invitation from someone who may not invite: neither an active member nor a parent's admin. */
  static MembershipConflictException notInviter(Roster roster, UserId invitee, UserId inviter) {
    String who = roster.parent().map(p -> "its active members and the admins of its parent " + p.community())
        .orElse("its active members");
    return exception(MembershipConflictException.NOT_INVITER, roster, invitee, MembershipEvent.INVITED,
        "user " + inviter + " cannot invite " + invitee
        + " to " + roster.community() + ": only " + who + " can invite");
  }

  /**
   * A working group whose every admin is about to go because they left its parent. It names one of
   * them, {@code admin}, and no other member of the group: the caller (see {@code
   * withoutNonMembersOf}) knows who is leaving, not necessarily who else belongs.
   */
  static MembershipConflictException adminsOutsideParent(Roster roster, Roster parent, UserId admin) {
    return exception(MembershipConflictException.LAST_ADMIN, roster, admin, MembershipEvent.REMOVED,
        "working group " + roster.community()
        + " would have no active admin left once user " + admin + ", no longer an active member of its parent "
        + parent.community() + ", goes; make another member of " + roster.community() + " an admin first");
  }

  /** "an admin", "a moderator", "a member". */
  static String aRole(Role role) {
    String name = role.name().toLowerCase(Locale.ROOT);
    return (role == Role.ADMIN ? "an " : "a ") + name;
  }

  /** Accepting an invitation that has lapsed. */
  static MembershipConflictException expired(Roster roster, UserId user, Instant expiry) {
    return exception(MembershipConflictException.INVITATION_EXPIRED, roster, user, MembershipEvent.ACCEPTED,
        Map.of("expiry", expiry), "the invitation of user " + user + " to "
        + roster.community() + " expired at " + expiry + "; they need a fresh invitation");
  }

  /** A working-group operation for a user who is not an active member of the parent. */
  static MembershipConflictException notInParent(Roster roster, Roster parent, UserId user,
      MembershipEvent attempted) {
    return exception(MembershipConflictException.NOT_IN_PARENT, roster, user, attempted,
        "user " + user + " cannot " + verb(attempted) + " working group "
        + roster.community() + ": they are not an active member of its parent " + parent.community());
  }

  /** How the message names an operation: "user u7 cannot {verb} c1". */
  private static String verb(MembershipEvent attempted) {
    return switch (attempted) {
      case JOINED -> "join";
      case REQUESTED -> "ask to join";
      case INVITED -> "be invited to";
      case ACCEPTED -> "accept the invitation to";
      case APPROVED -> "be approved as a member of";
      default -> attempted.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    };
  }

  /** Where the user stands, as the second half of a message. */
  private static String standing(Optional<Membership> membership) {
    return membership.map(m -> switch (m.state()) {
      case INVITED -> "they have been invited";
      case REQUESTED -> "they have asked to join";
      case ACTIVE -> "they are an active " + m.role().name().toLowerCase(Locale.ROOT);
      case BLOCKED -> "they are blocked";
    }).orElse("they have no membership");
  }
}
