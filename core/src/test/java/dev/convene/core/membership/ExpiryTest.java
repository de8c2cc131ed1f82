package dev.convene.core.membership;

import static dev.convene.core.membership.Fixtures.BOSS;
import static dev.convene.core.membership.Fixtures.MOD;
import static dev.convene.core.membership.Fixtures.NOW;
import static dev.convene.core.membership.Fixtures.T0;
import static dev.convene.core.membership.Fixtures.U7;
import static dev.convene.core.membership.Fixtures.VERSION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.membership.Fixtures.Start;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ExpiryTest {
  private static final UserId A = UserId.of("a");
  private static final UserId B = UserId.of("b");
  private static final UserId C = UserId.of("c");
  private static final Instant DAY_1 = T0.plus(Duration.ofDays(1));
  private static final Instant DAY_2 = T0.plus(Duration.ofDays(2));

  /** a expires on day 1, b on day 2, c never. */
  private static Roster invitations() {
    Roster roster = Roster.founded(Fixtures.C1, BOSS, T0);
    roster = roster.invite(A, BOSS, Optional.empty(), Optional.of(DAY_1), T0).roster();
    roster = roster.invite(B, BOSS, Optional.empty(), Optional.of(DAY_2), T0).roster();
    return roster.invite(C, BOSS, Optional.empty(), Optional.empty(), T0).roster();
  }

  @Test
  @DisplayName("an invitation can be accepted until the instant before its expiry, not at it")
  void boundary() {
    Roster roster = invitations();
    assertEquals(MembershipState.ACTIVE, roster.accept(A, DAY_1.minusNanos(1)).after().orElseThrow().state());
    assertThrows(MembershipConflictException.class, () -> roster.accept(A, DAY_1));
    assertEquals(MembershipState.ACTIVE, roster.accept(C, DAY_2.plus(Duration.ofDays(900))).after().orElseThrow()
        .state());
  }

  @Test
  @DisplayName("expireInvitations drops every lapsed invitation, one change each, chained in user order")
  void expireInvitations() {
    Roster roster = invitations();
    assertEquals(List.of(), roster.expireInvitations(DAY_1.minusNanos(1)));

    List<Change> changes = roster.expireInvitations(DAY_2);
    assertEquals(List.of(A, B), changes.stream().map(Change::user).toList());
    assertTrue(changes.stream().allMatch(c -> c.kind() == MembershipEvent.EXPIRED && c.after().isEmpty()));
    assertEquals(roster.membership(A), changes.get(0).before());
    assertEquals(Optional.empty(), changes.get(0).roster().membership(A));
    assertEquals(roster.membership(B), changes.get(0).roster().membership(B), "b goes in the next change");
    Roster last = changes.get(1).roster();
    assertEquals(List.of(BOSS, C), last.memberships().stream().map(Membership::user).toList());
    assertEquals(List.of(), last.expireInvitations(DAY_2));
  }

  @Test
  @DisplayName("re-inviting replaces an expired invitation, keeping its version")
  void reinvite() {
    Roster roster = Start.EXPIRED_INVITATION.roster();
    Instant expiry = NOW.plus(Duration.ofDays(5));
    Change change = roster.invite(U7, BOSS, Optional.of("again"), Optional.of(expiry), NOW);
    assertEquals(MembershipEvent.INVITED, change.kind());
    assertEquals(Start.EXPIRED_INVITATION.membership(), change.before());
    Membership fresh = change.after().orElseThrow();
    assertEquals(Optional.of(BOSS), fresh.inviter());
    assertEquals(Optional.of(expiry), fresh.expiry());
    assertEquals(NOW, fresh.since());
    assertEquals(VERSION, fresh.version());
    assertEquals(MembershipState.ACTIVE, change.roster().accept(U7, NOW).after().orElseThrow().state());
  }

  @Test
  @DisplayName("a pending invitation is not replaced: it must be removed first")
  void pendingNotReplaced() {
    Roster roster = Start.INVITED.roster();
    assertThrows(MembershipConflictException.class,
        () -> roster.invite(U7, BOSS, Optional.empty(), Optional.empty(), NOW));
    Roster cancelled = roster.remove(U7).roster();
    assertEquals(MembershipState.INVITED,
        cancelled.invite(U7, MOD, Optional.empty(), Optional.empty(), NOW).after().orElseThrow().state());
  }

  @Test
  @DisplayName("an expired invitation can still be declined or cancelled, and does not stop a request")
  void expiredInvitationIsDead() {
    Roster roster = Start.EXPIRED_INVITATION.roster();
    assertEquals(MembershipEvent.DECLINED, roster.decline(U7).kind());
    assertEquals(MembershipEvent.REMOVED, roster.remove(U7).kind());
    Change request = roster.request(U7, Optional.empty(), NOW);
    assertEquals(Optional.empty(), request.after().orElseThrow().inviter());
    assertEquals(VERSION, request.after().orElseThrow().version());
  }
}
