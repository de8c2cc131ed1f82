package dev.convene.core.membership;

import static dev.convene.core.membership.Fixtures.C1;
import static dev.convene.core.membership.Fixtures.T0;
import static dev.convene.core.membership.Fixtures.WG;
import static dev.convene.core.membership.Fixtures.activeRoster;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A working group wg1 of c1, whose roster is given c1's roster as its parent. */
class WorkingGroupTest {
  private static final UserId CHAIR = UserId.of("chair");
  private static final UserId ANN = UserId.of("ann");
  private static final UserId BOB = UserId.of("bob");
  private static final UserId OUTSIDER = UserId.of("outsider");
  private static final UserId PARENT_ADMIN = UserId.of("padmin");

  /** c1: padmin (admin), chair, ann, bob active; outsider only asked to join. */
  private static Roster parent() {
    Roster parent = activeRoster(C1, PARENT_ADMIN, CHAIR, ANN, BOB);
    return parent.request(OUTSIDER, Optional.empty(), T0).roster();
  }

  private static Roster group() {
    return Roster.founded(WG, CHAIR, T0).withParent(parent());
  }

  @Test
  @DisplayName("only active members of the parent may join, ask to join or be invited")
  void outsidersOfTheParentAreRefused() {
    Roster group = group();
    assertNotInParent("user outsider cannot join working group wg1: they are not an active member of its parent c1",
        () -> group.join(OUTSIDER, T0));
    assertNotInParent("user outsider cannot ask to join working group wg1: they are not an active member of its "
        + "parent c1", () -> group.request(OUTSIDER, Optional.empty(), T0));
    assertNotInParent("user outsider cannot be invited to working group wg1: they are not an active member of its "
        + "parent c1", () -> group.invite(OUTSIDER, CHAIR, Optional.empty(), Optional.empty(), T0));
    assertEquals(MembershipState.ACTIVE, group.join(ANN, T0).after().orElseThrow().state());
  }

  @Test
  @DisplayName("accepting and approving need the parent's membership at that moment")
  void acceptAndApproveRecheckTheParent() {
    Roster group = group();
    group = group.invite(ANN, CHAIR, Optional.empty(), Optional.empty(), T0).roster();
    group = group.request(BOB, Optional.empty(), T0).roster();
    Roster parentWithoutThem = parent().leave(ANN).roster().leave(BOB).roster();
    Roster stale = group.withParent(parentWithoutThem);
    assertNotInParent("user ann cannot accept the invitation to working group wg1: they are not an active member "
        + "of its parent c1", () -> stale.accept(ANN, T0));
    assertNotInParent("user bob cannot be approved as a member of working group wg1: they are not an active member "
        + "of its parent c1", () -> stale.approve(BOB, T0));
    assertEquals(MembershipEvent.ACCEPTED, group.accept(ANN, T0).kind());
    assertEquals(MembershipEvent.APPROVED, group.approve(BOB, T0).kind());
  }

  @Test
  @DisplayName("an admin of the parent may invite without being a member of the working group")
  void parentAdminsInvite() {
    Change change = group().invite(ANN, PARENT_ADMIN, Optional.empty(), Optional.empty(), T0);
    assertEquals(Optional.of(PARENT_ADMIN), change.after().orElseThrow().inviter());
    MembershipConflictException e = assertThrows(MembershipConflictException.class,
        () -> group().invite(ANN, BOB, Optional.empty(), Optional.empty(), T0));
    assertEquals("user bob cannot invite ann to wg1: only its active members and the admins of its parent c1 can "
        + "invite", e.getMessage());
  }

  @Test
  @DisplayName("withoutNonMembersOf drops the memberships of users who left the parent, but keeps blocks")
  void withoutNonMembersOf() {
    Roster group = group().join(ANN, T0).roster();
    group = group.invite(BOB, CHAIR, Optional.empty(), Optional.empty(), T0).roster();
    group = group.block(OUTSIDER, T0).roster();
    Roster parent = parent().leave(ANN).roster().block(BOB, T0).roster().join(UserId.of("new"), T0).roster();

    List<Change> changes = group.withoutNonMembersOf(parent);
    assertEquals(List.of(ANN, BOB), changes.stream().map(Change::user).toList());
    assertEquals(List.of(MembershipEvent.REMOVED, MembershipEvent.REMOVED),
        changes.stream().map(Change::kind).toList());
    Roster after = changes.get(1).roster();
    assertEquals(List.of(CHAIR, OUTSIDER), after.memberships().stream().map(m -> m.user()).toList());
    assertEquals(Optional.of(parent), after.parent());
    assertEquals(List.of(), after.withoutNonMembersOf(parent));
  }

  @Test
  @DisplayName("a pending request of a user who left the parent is rejected")
  void requestsAreRejected() {
    Roster group = group().request(ANN, Optional.of("me too"), T0).roster();
    Change change = group.withoutNonMembersOf(parent().leave(ANN).roster()).get(0);
    assertEquals(MembershipEvent.REJECTED, change.kind());
    assertEquals(group.membership(ANN), change.before());
  }

  @Test
  @DisplayName("the group's last admin cannot be dropped: another member must be made an admin first")
  void lastAdminOfTheGroup() {
    Roster group = group().join(ANN, T0).roster();
    Roster parent = parent().leave(CHAIR).roster();
    MembershipConflictException e = assertThrows(MembershipConflictException.class,
        () -> group.withoutNonMembersOf(parent));
    assertEquals("working group wg1 would have no active admin left once user chair, no longer an active member of its"
        + " parent c1, goes; make another member of wg1 an admin first", e.getMessage());
    assertEquals(CHAIR, e.user());
    Roster fixed = group.changeRole(ANN, Role.ADMIN).roster();
    assertEquals(List.of(ANN), fixed.withoutNonMembersOf(parent).get(0).roster().admins().stream()
        .map(m -> m.user()).toList());
  }

  @Test
  @DisplayName("told not to keep an admin, the group loses its last admin and goes on: a member can be made one")
  void leftWithoutAnAdmin() {
    Roster group = group().join(ANN, T0).roster();
    Roster parent = parent().leave(CHAIR).roster();
    List<Change> changes = group.withoutNonMembersOf(parent, false);
    assertEquals(List.of(CHAIR), changes.stream().map(Change::user).toList());
    assertEquals(MembershipEvent.REMOVED, changes.get(0).kind());
    assertEquals(0, changes.get(0).roster().adminCount());
    assertEquals(List.of(), changes.get(0).roster().admins());

    Roster view = Roster.view(WG, List.of(ANN, PARENT_ADMIN), group.membership(ANN).stream().toList(), 0)
        .withParent(parent);
    Change invited = view.invite(PARENT_ADMIN, PARENT_ADMIN, Optional.empty(), Optional.empty(), T0);
    assertEquals(MembershipState.INVITED, invited.after().orElseThrow().state());
    Change promoted = view.changeRole(ANN, Role.ADMIN);
    assertEquals(1, promoted.roster().adminCount());
    MembershipConflictException last = assertThrows(MembershipConflictException.class,
        () -> promoted.roster().leave(ANN));
    assertEquals("user ann cannot leave wg1 as its last admin; make another member an admin first", last.getMessage());
  }

  @Test
  @DisplayName("a roster without a parent applies no parent rule")
  void noParent() {
    assertEquals(MembershipEvent.JOINED, Roster.founded(WG, CHAIR, T0).join(OUTSIDER, T0).kind());
  }

  private static void assertNotInParent(String message, Executable action) {
    MembershipConflictException e = assertThrows(MembershipConflictException.class, action);
    assertEquals(message, e.getMessage());
    assertEquals(WG, e.community());
  }
}
