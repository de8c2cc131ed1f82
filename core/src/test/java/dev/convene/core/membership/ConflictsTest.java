package dev.convene.core.membership;

import static dev.convene.core.membership.Fixtures.BOSS;
import static dev.convene.core.membership.Fixtures.C1;
import static dev.convene.core.membership.Fixtures.MOD;
import static dev.convene.core.membership.Fixtures.NOW;
import static dev.convene.core.membership.Fixtures.U7;
import static dev.convene.core.membership.RosterTest.assertRule;
import static dev.convene.core.membership.RosterTest.nothing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.ConflictException;
import dev.convene.core.membership.Fixtures.Start;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The words of refusals, and the validation of arguments. */
class ConflictsTest {

  @Test
  @DisplayName("a refusal names the user, the community, their standing and what to do instead")
  void messages() {
    assertMessage("user u7 has no pending request to approve in c1: they have no membership",
        () -> Start.NONE.roster().approve(U7, NOW));
    assertMessage("user u7 cannot be invited to c1: they have asked to join; approve the request instead",
        () -> Start.REQUESTED.roster().invite(U7, MOD, Optional.empty(), Optional.empty(), NOW));
    assertMessage("user u7 cannot join c1: they have been invited; accept the invitation instead",
        () -> Start.INVITED.roster().join(U7, NOW));
    assertMessage("user u7 cannot be invited to c1: they are blocked; unblock them first",
        () -> Start.BLOCKED.roster().invite(U7, MOD, Optional.empty(), Optional.empty(), NOW));
    assertMessage("user u7 cannot be removed from c1: they have asked to join; reject the request instead",
        () -> Start.REQUESTED.roster().remove(U7));
    assertMessage("the invitation of user u7 to c1 expired at 2026-03-10T10:00:00Z; they need a fresh invitation",
        () -> Start.EXPIRED_INVITATION.roster().accept(U7, NOW));
    assertMessage("user u7 is already a moderator of c1",
        () -> Start.MODERATOR.roster().changeRole(U7, Role.MODERATOR));
  }

  @Test
  @DisplayName("the last admin can neither leave nor be removed, blocked or demoted")
  void lastAdmin() {
    Roster roster = Start.LAST_ADMIN.roster();
    assertMessage("user u7 cannot leave c1 as its last admin; make another member an admin first",
        () -> roster.leave(U7));
    assertMessage("cannot remove user u7, the last admin of c1; make another member an admin first",
        () -> roster.remove(U7));
    assertMessage("cannot block user u7, the last admin of c1; make another member an admin first",
        () -> roster.block(U7, NOW));
    assertMessage("cannot demote user u7, the last admin of c1; make another member an admin first",
        () -> roster.changeRole(U7, Role.MODERATOR));
    Roster twoAdmins = roster.changeRole(MOD, Role.ADMIN).roster();
    assertEquals(Optional.empty(), twoAdmins.leave(U7).roster().membership(U7));
  }

  @Test
  @DisplayName("the exception says who, in which state, and what was attempted")
  void exceptionFields() {
    MembershipConflictException e = assertThrows(MembershipConflictException.class,
        () -> Start.BLOCKED.roster().join(U7, NOW));
    assertEquals(C1, e.community());
    assertEquals(U7, e.user());
    assertEquals(Optional.of(MembershipState.BLOCKED), e.state());
    assertEquals(MembershipEvent.JOINED, e.attempted());
    MembershipConflictException none = assertThrows(MembershipConflictException.class,
        () -> Start.NONE.roster().leave(U7));
    assertEquals(Optional.empty(), none.state());
  }

  @Test
  @DisplayName("only an active member can invite, and the refusal is about the invitee")
  void inviterMustBeActive() {
    Roster roster = Start.REQUESTED.roster();
    UserId stranger = UserId.of("stranger");
    MembershipConflictException e = assertThrows(MembershipConflictException.class,
        () -> roster.invite(stranger, U7, Optional.empty(), Optional.empty(), NOW));
    assertEquals("user u7 cannot invite stranger to c1: only its active members can invite", e.getMessage());
    assertEquals(stranger, e.user());
    assertEquals(MembershipEvent.INVITED, e.attempted());
  }

  @Test
  @DisplayName("messages are validated: not blank, at most 2000 characters")
  void messageValidation() {
    Roster roster = Start.NONE.roster();
    String tooLong = "x".repeat(Membership.MAX_MESSAGE_LENGTH + 1);
    assertRule("message", "max-length", () -> roster.request(U7, Optional.of(tooLong), NOW));
    assertRule("message", "max-length", () -> roster.invite(U7, MOD, Optional.of(tooLong), Optional.empty(), NOW));
    assertRule("message", "not-blank", () -> roster.request(U7, Optional.of("  "), NOW));
    assertRule("message", "required", () -> roster.request(U7, nothing(), NOW));
    String longest = "x".repeat(Membership.MAX_MESSAGE_LENGTH);
    assertEquals(Optional.of(longest), roster.request(U7, Optional.of(longest), NOW).after().orElseThrow().message());
  }

  @Test
  @DisplayName("an expiry must be after now")
  void expiryValidation() {
    Roster roster = Start.NONE.roster();
    assertRule("expiry", "after-now", () -> roster.invite(U7, MOD, Optional.empty(), Optional.of(NOW), NOW));
    assertRule("expiry", "after-now",
        () -> roster.invite(U7, MOD, Optional.empty(), Optional.of(NOW.minusSeconds(1)), NOW));
    assertRule("expiry", "required", () -> roster.invite(U7, MOD, Optional.empty(), nothing(), NOW));
  }

  @Test
  @DisplayName("missing arguments are validation errors, even where the state would conflict")
  void nulls() {
    Roster roster = Start.MEMBER.roster();
    assertRule("user", "required", () -> roster.join(nothing(), NOW));
    assertRule("now", "required", () -> roster.join(U7, nothing()));
    assertRule("user", "required", () -> roster.leave(nothing()));
    assertRule("invitee", "required", () -> roster.invite(nothing(), MOD, Optional.empty(), Optional.empty(), NOW));
    assertRule("inviter", "required", () -> roster.invite(U7, nothing(), Optional.empty(), Optional.empty(), NOW));
    assertRule("role", "required", () -> roster.changeRole(U7, nothing()));
    assertRule("now", "required", () -> roster.block(BOSS, nothing()));
    assertRule("now", "required", () -> roster.accept(U7, nothing()));
    assertRule("now", "required", () -> roster.expireInvitations(nothing()));
    assertRule("now", "required", () -> roster.approve(U7, nothing()));
  }

  private static void assertMessage(String expected, Executable action) {
    assertEquals(expected, assertThrows(ConflictException.class, action).getMessage());
  }
}
