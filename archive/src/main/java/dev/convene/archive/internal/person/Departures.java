package dev.convene.archive.internal.person;

import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Membership;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import dev.convene.core.membership.Change;
import dev.convene.core.membership.Roster;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.Transaction;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The membership changes of an erasure, each decided by a {@link Roster} view so that the
 * community-wide rules hold: new admins take over first, then every membership of the person goes
 * by the transition its state allows (an active member leaves, a request is withdrawn, an invitation
 * declined, a block lifted).
 */
final class Departures {
  private static final String HAND_OVER = "takes over from an erased member";

  private final Transaction tx;
  private final Actor actor;
  private final Instant now;

  Departures(Transaction tx, Actor actor, Instant now) {
    this.tx = tx;
    this.actor = actor;
    this.now = now;
  }

  /** A short readable state, as audit entries hold them: "ACTIVE ADMIN", "INVITED". */
  static String describe(Membership membership) {
    return membership.isActive() ? "ACTIVE " + membership.role() : membership.state().name();
  }

  /** Makes each of {@code users} an admin of {@code community}, joining it first if they are not in it. */
  void handOver(CommunityId community, Set<UserId> users) {
    for (UserId user : users) {
      Optional<Membership> before = tx.memberships().get(community, user);
      Roster roster = roster(community, user);
      Change change = before.isPresent() ? roster.changeRole(user, Role.ADMIN)
          : roster.join(user, now).roster().changeRole(user, Role.ADMIN);
      Membership after = change.after().orElseThrow();
      if (before.isPresent()) {
        tx.memberships().update(after);
      } else {
        tx.memberships().insert(after);
      }
      AuditAction action = before.isPresent() ? AuditAction.ROLE_CHANGED : AuditAction.MEMBERSHIP_CHANGED;
      tx.audit().append(AuditEntry.of(now, actor.user(), community, action, user.value())
          .withChange(before.map(Departures::describe).orElse("none"), describe(after)).withReason(HAND_OVER));
    }
  }

  /** Deletes the person's membership by the transition its state allows. */
  void leave(Membership held) {
    UserId user = held.user();
    Membership current = tx.memberships().get(held.community(), user).orElseThrow();
    Roster roster = roster(held.community(), user);
    Change change = switch (current.state()) {
      case ACTIVE -> roster.leave(user);
      case REQUESTED -> roster.withdraw(user);
      case INVITED -> roster.decline(user);
      case BLOCKED -> roster.unblock(user);
    };
    tx.memberships().delete(change.community(), user, current.version());
  }

  /** Puts {@code pseudonym} as the inviter of every invitation {@code user} sent; returns them as they were. */
  List<Membership> reattributeInvitations(UserId user, UserId pseudonym) {
    List<Membership> invitations = tx.memberships().invitedBy(user);
    for (Membership m : invitations) {
      tx.memberships().update(new Membership(m.community(), m.user(), m.state(), m.role(), m.message(),
          Optional.of(pseudonym), m.since(), m.expiry(), m.version()));
    }
    return invitations;
  }

  /** The view of the community holding {@code user}'s membership, with its parent's for a working group. */
  private Roster roster(CommunityId community, UserId user) {
    Roster roster = view(community, user);
    Optional<CommunityId> parent = tx.communities().get(community).flatMap(Community::parent);
    return parent.map(p -> roster.withParent(view(p, user))).orElse(roster);
  }

  private Roster view(CommunityId community, UserId user) {
    return Roster.view(community, List.of(user), tx.memberships().get(community, user).stream().toList(),
        tx.memberships().count(community, Succession.ADMINS));
  }
}
