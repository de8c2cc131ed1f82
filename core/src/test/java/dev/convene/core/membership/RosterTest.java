package dev.convene.core.membership;

import static dev.convene.core.membership.Fixtures.BOSS;
import static dev.convene.core.membership.Fixtures.C1;
import static dev.convene.core.membership.Fixtures.MOD;
import static dev.convene.core.membership.Fixtures.NOW;
import static dev.convene.core.membership.Fixtures.T0;
import static dev.convene.core.membership.Fixtures.U7;
import static dev.convene.core.membership.Fixtures.active;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.ValidationException;
import dev.convene.core.membership.Fixtures.Start;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RosterTest {

  @Test
  @DisplayName("a founded community has its founder as its only member, an active admin with version 0")
  void founded() {
    Roster roster = Roster.founded(C1, BOSS, T0);
    Membership founder = roster.membership(BOSS).orElseThrow();
    assertEquals(new Membership(C1, BOSS, MembershipState.ACTIVE, Role.ADMIN, Optional.empty(), Optional.empty(), T0,
        Optional.empty(), 0), founder);
    assertEquals(List.of(founder), roster.admins());
    assertEquals(Optional.empty(), roster.parent());
  }

  @Test
  @DisplayName("queries see every membership in user order and count by state")
  void queries() {
    Roster roster = Start.INVITED.roster().block(UserId.of("zed"), NOW).roster();
    assertEquals(List.of("boss", "mod", "u7", "zed"),
        roster.memberships().stream().map(m -> m.user().value()).toList());
    assertEquals(List.of(BOSS, MOD), roster.active().stream().map(Membership::user).toList());
    assertEquals(List.of(BOSS), roster.admins().stream().map(Membership::user).toList());
    assertEquals(1, roster.count(MembershipState.INVITED));
    assertEquals(2, roster.count(MembershipState.ACTIVE));
    assertEquals(1, roster.count(MembershipState.BLOCKED));
    assertEquals(0, roster.count(MembershipState.REQUESTED));
    assertTrue(roster.isActive(MOD));
    assertFalse(roster.isActive(U7));
    assertEquals(Optional.empty(), roster.membership(UserId.of("nobody")));
    assertThrows(UnsupportedOperationException.class, () -> roster.memberships().clear());
  }

  @Test
  @DisplayName("of rejects a membership of another community")
  void ofRejectsOtherCommunity() {
    Membership elsewhere = new Membership(CommunityId.of("c2"), U7, MembershipState.ACTIVE, Role.MEMBER,
        Optional.empty(), Optional.empty(), T0, Optional.empty(), 0);
    assertRule("memberships[u7]", "same-community", () -> Roster.of(C1, List.of(active(BOSS, Role.ADMIN), elsewhere)));
  }

  @Test
  @DisplayName("of rejects two memberships of one user")
  void ofRejectsDuplicates() {
    assertRule("memberships[boss]", "one-per-user",
        () -> Roster.of(C1, List.of(active(BOSS, Role.ADMIN), active(BOSS, Role.MEMBER))));
  }

  @Test
  @DisplayName("of rejects a roster without an active admin")
  void ofRequiresAnAdmin() {
    assertRule("memberships", "active-admin", () -> Roster.of(C1, List.of(active(MOD, Role.MODERATOR))));
    assertRule("memberships", "active-admin", () -> Roster.of(C1, List.of()));
  }

  @Test
  @DisplayName("a view holds the memberships of its users only, and counts at least the admins it holds")
  void views() {
    Membership u7 = active(U7, Role.ADMIN);
    assertRule("memberships[boss]", "in-view", () -> Roster.view(C1, List.of(U7), List.of(active(BOSS, Role.ADMIN)), 1));
    assertRule("activeAdmins", "at-least-held", () -> Roster.view(C1, List.of(U7), List.of(u7), 0));
    Roster view = Roster.view(C1, List.of(U7, MOD), List.of(u7), 2);
    assertFalse(view.isComplete());
    assertEquals(Optional.empty(), view.membership(MOD));
    assertRule("user", "in-view", () -> view.membership(BOSS));
    assertRule("user", "in-view", () -> view.remove(BOSS));
    assertEquals(1, view.leave(U7).roster().adminCount());
    MembershipConflictException last = assertThrows(MembershipConflictException.class,
        () -> Roster.view(C1, List.of(U7), List.of(u7), 1).leave(U7));
    assertEquals("user u7 cannot leave c1 as its last admin; make another member an admin first", last.getMessage());
    assertEquals("Roster[c1 (view of 2 users, 2 admins): u7 ACTIVE ADMIN]", view.toString());
    assertNotEquals(view, Roster.view(C1, List.of(U7, MOD), List.of(u7), 3));
  }

  @Test
  @DisplayName("factories reject missing arguments")
  void factoriesRejectNulls() {
    assertRule("community", "required", () -> Roster.of(nothing(), List.of()));
    assertRule("memberships", "required", () -> Roster.of(C1, nothing()));
    assertRule("memberships[]", "required", () -> Roster.of(C1, Arrays.asList(active(BOSS, Role.ADMIN), null)));
    assertRule("founder", "required", () -> Roster.founded(C1, nothing(), T0));
    assertRule("now", "required", () -> Roster.founded(C1, BOSS, nothing()));
  }

  @Test
  @DisplayName("a roster cannot be its own parent")
  void withParent() {
    Roster roster = Roster.founded(C1, BOSS, T0);
    assertRule("parent", "not-self", () -> roster.withParent(Roster.founded(C1, MOD, T0)));
    assertRule("parent", "required", () -> roster.withParent(nothing()));
    Roster parent = Roster.founded(CommunityId.of("top"), BOSS, T0);
    assertEquals(Optional.of(parent), roster.withParent(parent).parent());
    assertEquals(roster.memberships(), roster.withParent(parent).memberships());
  }

  @Test
  @DisplayName("rosters are values: equal when community, memberships and parent are")
  void equality() {
    assertEquals(Start.MEMBER.roster(), Start.MEMBER.roster());
    assertEquals(Start.MEMBER.roster().hashCode(), Start.MEMBER.roster().hashCode());
    assertNotEquals(Start.MEMBER.roster(), Start.MODERATOR.roster());
    Roster parent = Roster.founded(CommunityId.of("top"), BOSS, T0);
    assertNotEquals(Start.MEMBER.roster(), Start.MEMBER.roster().withParent(parent));
    assertEquals("Roster[c1 in top: boss ACTIVE ADMIN, mod ACTIVE MODERATOR, u7 INVITED]",
        Start.INVITED.roster().withParent(parent).toString());
  }

  @Test
  @DisplayName("a change is refused when it changes nothing or disagrees with its roster")
  void changeValidation() {
    Roster roster = Start.MEMBER.roster();
    Optional<Membership> u7 = roster.membership(U7);
    assertRule("after", "changed", () -> new Change(roster, U7, u7, u7, MembershipEvent.JOINED));
    assertRule("after", "in-roster", () -> new Change(roster, U7, u7, Optional.empty(), MembershipEvent.LEFT));
    assertRule("before", "same-user", () -> new Change(roster, MOD, u7, Optional.empty(), MembershipEvent.LEFT));
    Change left = roster.leave(U7);
    assertEquals(C1, left.community());
    assertTrue(left.isDeletion());
    assertFalse(left.isCreation());
    assertTrue(roster.block(UserId.of("new"), NOW.plus(Duration.ofDays(1))).isCreation());
  }

  static void assertRule(String field, String rule, Runnable action) {
    ValidationException e = assertThrows(ValidationException.class, action::run);
    assertEquals(field, e.field(), e.getMessage());
    assertEquals(rule, e.rule(), e.getMessage());
  }

  /** A null where the signature says there is none, as a careless caller would pass. */
  @SuppressWarnings({"NullAway", "DataFlowIssue"})
  static <T> T nothing() {
    @SuppressWarnings("unchecked")
    T none = (T) null;
    return none;
  }
}
