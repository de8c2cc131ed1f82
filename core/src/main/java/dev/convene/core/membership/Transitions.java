package dev.convene.core.membership;

import static dev.convene.core.membership.MembershipEvent.ACCEPTED;
import static dev.convene.core.membership.MembershipEvent.APPROVED;
import static dev.convene.core.membership.MembershipEvent.BLOCKED;
import static dev.convene.core.membership.MembershipEvent.DECLINED;
import static dev.convene.core.membership.MembershipEvent.EXPIRED;
import static dev.convene.core.membership.MembershipEvent.INVITED;
import static dev.convene.core.membership.MembershipEvent.JOINED;
import static dev.convene.core.membership.MembershipEvent.LEFT;
import static dev.convene.core.membership.MembershipEvent.REJECTED;
import static dev.convene.core.membership.MembershipEvent.REMOVED;
import static dev.convene.core.membership.MembershipEvent.REQUESTED;
import static dev.convene.core.membership.MembershipEvent.ROLE_CHANGED;
import static dev.convene.core.membership.MembershipEvent.UNBLOCKED;
import static dev.convene.core.membership.MembershipEvent.WITHDRAWN;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The state rules behind {@link Roster}'s operations; the roster's Javadoc states them. */
final class Transitions {
  private Transitions() {}

  static Change join(Roster r, UserId user, Instant now) {
    Optional<Membership> before = outsider(r, user, now, JOINED);
    return r.apply(user, Optional.of(active(r, user, before, Optional.empty(), now)), JOINED);
  }

  static Change request(Roster r, UserId user, Optional<String> message, Instant now) {
    checkMessage(message);
    Optional<Membership> before = outsider(r, user, now, REQUESTED);
    return r.apply(user, Optional.of(new Membership(r.community(), user, MembershipState.REQUESTED, Role.MEMBER,
        message, Optional.empty(), now, Optional.empty(), version(before))), REQUESTED);
  }

  static Change approve(Roster r, UserId user, Instant now) {
    Checks.required(now, "now");
    Membership request = require(r, user, APPROVED, MembershipState.REQUESTED);
    requireParentMember(r, user, APPROVED);
    return r.apply(user, Optional.of(active(r, user, Optional.of(request), Optional.empty(), now)), APPROVED);
  }

  static Change invite(Roster r, UserId invitee, UserId inviter, Optional<String> message, Optional<Instant> expiry,
      Instant now) {
    Checks.required(inviter, "inviter");
    checkMessage(message);
    Checks.required(now, "now");
    Checks.required(expiry, "expiry").ifPresent(e -> Checks.check(e.isAfter(now), "expiry", "after-now",
        "must be after now (%s), not %s", now, e));
    Checks.required(invitee, "invitee");
    boolean parentAdmin = r.parent().flatMap(p -> p.membership(inviter)).filter(m -> m.hasRole(Role.ADMIN))
        .isPresent();
    if (!r.isActive(inviter) && !parentAdmin) {
      throw Refusals.notInviter(r, invitee, inviter);
    }
    Optional<Membership> before = outsider(r, invitee, now, INVITED);
    return r.apply(invitee, Optional.of(new Membership(r.community(), invitee, MembershipState.INVITED, Role.MEMBER,
        message, Optional.of(inviter), now, expiry, version(before))), INVITED);
  }

  static Change accept(Roster r, UserId user, Instant now) {
    Checks.required(now, "now");
    Membership invitation = require(r, user, ACCEPTED, MembershipState.INVITED);
    if (invitation.isExpired(now)) {
      throw Refusals.expired(r, user, invitation.expiry().orElseThrow());
    }
    requireParentMember(r, user, ACCEPTED);
    return r.apply(user, Optional.of(active(r, user, Optional.of(invitation), invitation.inviter(), now)), ACCEPTED);
  }

  static List<Change> expireInvitations(Roster r, Instant now) {
    Checks.required(now, "now");
    return deleteAll(r, r.memberships().stream().filter(m -> m.isExpired(now)).toList(), m -> EXPIRED);
  }

  static Change block(Roster r, UserId user, Instant now) {
    Checks.required(now, "now");
    Optional<Membership> before = r.membership(Checks.required(user, "user"));
    if (before.filter(m -> m.state() == MembershipState.BLOCKED).isPresent()) {
      throw Refusals.exception(MembershipConflictException.ALREADY_BLOCKED, r, user, BLOCKED,
          "user " + user + " is already blocked in " + r.community());
    }
    before.ifPresent(m -> requireNotLastAdmin(r, m, BLOCKED));
    return r.apply(user, Optional.of(new Membership(r.community(), user, MembershipState.BLOCKED, Role.MEMBER,
        Optional.empty(), Optional.empty(), now, Optional.empty(), version(before))), BLOCKED);
  }

  static Change changeRole(Roster r, UserId user, Role role) {
    Checks.required(role, "role");
    Membership m = require(r, user, ROLE_CHANGED, MembershipState.ACTIVE);
    if (m.role() == role) {
      throw Refusals.exception(MembershipConflictException.SAME_ROLE, r, user, ROLE_CHANGED,
          "user " + user + " is already " + Refusals.aRole(role) + " of " + r.community());
    }
    if (role != Role.ADMIN) {
      requireNotLastAdmin(r, m, ROLE_CHANGED);
    }
    return r.apply(user, Optional.of(new Membership(r.community(), user, m.state(), role, m.message(), m.inviter(),
        m.since(), m.expiry(), m.version())), ROLE_CHANGED);
  }

  /**
   * Deletes the user's membership, which must be in one of the {@code allowed} states, and must not
   * be the last admin's: reject, withdraw, decline, leave, remove and unblock.
   */
  static Change delete(Roster r, UserId user, MembershipEvent kind, MembershipState... allowed) {
    Membership m = require(r, user, kind, allowed);
    requireNotLastAdmin(r, m, kind);
    return r.apply(user, Optional.empty(), kind);
  }

  static List<Change> withoutNonMembersOf(Roster r, Roster parent, boolean keepAnAdmin) {
    Roster start = r.withParent(parent);
    List<Membership> leaving = r.memberships().stream()
        .filter(m -> m.state() != MembershipState.BLOCKED && !parent.isActive(m.user())).toList();
    List<Membership> leavingAdmins = leaving.stream().filter(m -> m.hasRole(Role.ADMIN)).toList();
    if (keepAnAdmin && !leavingAdmins.isEmpty() && leavingAdmins.size() == r.adminCount()) {
      throw Refusals.adminsOutsideParent(r, parent, leavingAdmins.get(0).user());
    }
    return deleteAll(start, leaving, m -> m.state() == MembershipState.REQUESTED ? REJECTED : REMOVED);
  }

  /** Deletes the memberships one after the other, each change holding the roster after it. */
  private static List<Change> deleteAll(Roster start, List<Membership> doomed,
      Function<Membership, MembershipEvent> kind) {
    List<Change> changes = new ArrayList<>();
    Roster current = start;
    for (Membership m : doomed) {
      Change change = current.apply(m.user(), Optional.empty(), kind.apply(m));
      changes.add(change);
      current = change.roster();
    }
    return List.copyOf(changes);
  }

  /**
   * The user's membership if they may join, ask to join or be invited: they have none, or an
   * expired invitation that the new membership replaces. In a working group they must also be an
   * active member of the parent.
   */
  private static Optional<Membership> outsider(Roster r, UserId user, Instant now, MembershipEvent attempted) {
    Checks.required(user, "user");
    Checks.required(now, "now");
    Optional<Membership> before = r.membership(user);
    if (before.isPresent() && !before.get().isExpired(now)) {
      throw Refusals.notOutsider(r, user, attempted);
    }
    requireParentMember(r, user, attempted);
    return before;
  }

  private static Membership require(Roster r, UserId user, MembershipEvent attempted, MembershipState... allowed) {
    Checks.required(user, "user");
    return r.membership(user).filter(m -> Set.of(allowed).contains(m.state()))
        .orElseThrow(() -> Refusals.wrongState(r, user, attempted));
  }

  private static void requireParentMember(Roster r, UserId user, MembershipEvent attempted) {
    Optional<Roster> parent = r.parent();
    if (parent.isPresent() && !parent.get().isActive(user)) {
      throw Refusals.notInParent(r, parent.get(), user, attempted);
    }
  }

  private static void requireNotLastAdmin(Roster r, Membership m, MembershipEvent attempted) {
    if (m.hasRole(Role.ADMIN) && r.adminCount() == 1) {
      throw Refusals.lastAdmin(r, m.user(), attempted);
    }
  }

  /** An active member since {@code now}: role MEMBER, no message, no expiry. */
  private static Membership active(Roster r, UserId user, Optional<Membership> before, Optional<UserId> inviter,
      Instant now) {
    return new Membership(r.community(), user, MembershipState.ACTIVE, Role.MEMBER, Optional.empty(), inviter, now,
        Optional.empty(), version(before));
  }

  /** A membership that replaces another keeps its version: the store, not core, bumps it. */
  private static long version(Optional<Membership> before) {
    return before.map(Membership::version).orElse(0L);
  }

  private static void checkMessage(Optional<String> message) {
    Checks.required(message, "message").ifPresent(m -> Checks.text(m, "message", Membership.MAX_MESSAGE_LENGTH));
  }
}
