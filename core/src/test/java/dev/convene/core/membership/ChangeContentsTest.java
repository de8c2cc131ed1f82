package dev.convene.core.membership;

import static dev.convene.core.membership.Fixtures.BOSS;
import static dev.convene.core.membership.Fixtures.C1;
import static dev.convene.core.membership.Fixtures.MOD;
import static dev.convene.core.membership.Fixtures.NOW;
import static dev.convene.core.membership.Fixtures.T0;
import static dev.convene.core.membership.Fixtures.U7;
import static dev.convene.core.membership.Fixtures.VERSION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.convene.core.membership.Fixtures.Start;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What each kind of change records, field by field. */
class ChangeContentsTest {
  private static final Instant LATER = NOW.plus(Duration.ofDays(3));

  @Test
  @DisplayName("an invitation records the inviter, the message, the expiry and when it was sent")
  void invitation() {
    Change change = Start.NONE.roster().invite(U7, MOD, Optional.of("come"), Optional.of(LATER), NOW);
    assertEquals(new Change(change.roster(), U7, Optional.empty(), Optional.of(new Membership(C1, U7,
        MembershipState.INVITED, Role.MEMBER, Optional.of("come"), Optional.of(MOD), NOW, Optional.of(LATER), 0)),
        MembershipEvent.INVITED), change);
  }

  @Test
  @DisplayName("accepting makes an active member, keeps the inviter and the version, drops message and expiry")
  void accept() {
    Change change = Start.INVITED.roster().accept(U7, NOW);
    assertEquals(Start.INVITED.membership(), change.before());
    assertEquals(Optional.of(new Membership(C1, U7, MembershipState.ACTIVE, Role.MEMBER, Optional.empty(),
        Optional.of(MOD), NOW, Optional.empty(), VERSION)), change.after());
    assertEquals(MembershipEvent.ACCEPTED, change.kind());
  }

  @Test
  @DisplayName("approving a request makes an active member without the request's message")
  void approve() {
    Change change = Start.REQUESTED.roster().approve(U7, NOW);
    assertEquals(Optional.of("let me in"), change.before().orElseThrow().message());
    assertEquals(Optional.of(new Membership(C1, U7, MembershipState.ACTIVE, Role.MEMBER, Optional.empty(),
        Optional.empty(), NOW, Optional.empty(), VERSION)), change.after());
  }

  @Test
  @DisplayName("a request records its message; joining records nothing but the time")
  void requestAndJoin() {
    assertEquals(Optional.of(new Membership(C1, U7, MembershipState.REQUESTED, Role.MEMBER, Optional.of("hi"),
        Optional.empty(), NOW, Optional.empty(), 0)), Start.NONE.roster().request(U7, Optional.of("hi"), NOW).after());
    assertEquals(Optional.of(new Membership(C1, U7, MembershipState.ACTIVE, Role.MEMBER, Optional.empty(),
        Optional.empty(), NOW, Optional.empty(), 0)), Start.NONE.roster().join(U7, NOW).after());
  }

  @Test
  @DisplayName("blocking an admin resets the role to MEMBER and starts the block now, keeping the version")
  void blockAdmin() {
    Change change = Start.ADMIN.roster().block(U7, NOW);
    assertEquals(Optional.of(new Membership(C1, U7, MembershipState.BLOCKED, Role.MEMBER, Optional.empty(),
        Optional.empty(), NOW, Optional.empty(), VERSION)), change.after());
    assertEquals(Role.ADMIN, change.before().orElseThrow().role());
  }

  @Test
  @DisplayName("blocking an invitee drops the inviter, the message and the expiry")
  void blockInvitee() {
    Membership blocked = Start.INVITED.roster().block(U7, NOW).after().orElseThrow();
    assertEquals(Optional.empty(), blocked.inviter());
    assertEquals(Optional.empty(), blocked.message());
    assertEquals(Optional.empty(), blocked.expiry());
  }

  @Test
  @DisplayName("a role change keeps since, inviter and version")
  void roleChange() {
    Change accepted = Start.INVITED.roster().accept(U7, NOW);
    Change change = accepted.roster().changeRole(U7, Role.ADMIN);
    assertEquals(accepted.after(), change.before());
    assertEquals(Optional.of(new Membership(C1, U7, MembershipState.ACTIVE, Role.ADMIN, Optional.empty(),
        Optional.of(MOD), NOW, Optional.empty(), VERSION)), change.after());
    assertEquals(2, change.roster().admins().size());
  }

  @Test
  @DisplayName("deletions report the membership before and nothing after")
  void deletions() {
    Change left = Start.MEMBER.roster().leave(U7);
    assertEquals(new Change(left.roster(), U7, Start.MEMBER.membership(), Optional.empty(), MembershipEvent.LEFT),
        left);
    assertEquals(Optional.empty(), left.roster().membership(U7));
    assertEquals(Start.MEMBER.roster().membership(BOSS), left.roster().membership(BOSS));
    assertEquals(T0, left.before().orElseThrow().since());
  }

  @Test
  @DisplayName("a change leaves the roster it came from as it was")
  void oldRosterUnchanged() {
    Roster roster = Start.REQUESTED.roster();
    roster.approve(U7, NOW);
    assertEquals(Start.REQUESTED.roster(), roster);
  }
}
