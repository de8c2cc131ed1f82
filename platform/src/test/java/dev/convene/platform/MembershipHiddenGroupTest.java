package dev.convene.platform;

import static dev.convene.platform.MembershipWorld.ADA;
import static dev.convene.platform.MembershipWorld.BEN;
import static dev.convene.platform.MembershipWorld.CARL;
import static dev.convene.platform.MembershipWorld.OLGA;
import static dev.convene.platform.MembershipWorld.PAT;
import static dev.convene.platform.MembershipWorld.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.ConflictException;
import dev.convene.core.NotFoundException;
import dev.convene.core.membership.MembershipConflictException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Purpose;
import dev.convene.core.model.Role;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A departure from a community whose member is the last admin of one of its working groups: the
 * answer depends only on what the actor may see (docs/decisions.md, "Working groups").
 */
class MembershipHiddenGroupTest {
  private final MembershipWorld w = new MembershipWorld();
  private final MembershipService members = w.memberships;
  private final Community parent = w.community("parent", b -> b);
  /** A hidden working group of parent whose only admin is olga; ben moderates parent, outside it. */
  private final Community cabinet = w.workingGroup(parent, "cabinet", b -> b.purpose(Purpose.HIDDEN_GROUP));

  MembershipHiddenGroupTest() {
    for (Actor a : new Actor[] {OLGA, BEN, CARL}) {
      members.join(a, parent.id());
    }
    members.changeRole(ADA, parent.id(), id(BEN), Role.MODERATOR);
    members.invite(ADA, cabinet.id(), id(OLGA), Optional.empty());
    members.accept(OLGA, cabinet.id());
    members.changeRole(ADA, cabinet.id(), id(OLGA), Role.ADMIN);
    members.leave(ADA, cabinet.id());
    w.transitions();
  }

  @Test
  @DisplayName("a moderator who cannot see the hidden working group removes its last admin: the removal goes"
      + " ahead, and the group falls to its parent's admins")
  void removedByWhoCannotSee() {
    members.remove(BEN, parent.id(), id(OLGA));
    w.saw("parent: olga REMOVED by ben, ACTIVE MEMBER -> none",
        "cabinet: olga REMOVED by ben, ACTIVE ADMIN -> none (no longer an active member of community " + parent.id()
            + "; the working group has no admin of its own left: its parent's admins administer it)");
    assertEquals(Optional.empty(), w.stored(parent, OLGA));
    assertEquals(Optional.empty(), w.stored(cabinet, OLGA));

    // The parent's admin administers the group and names a new admin.
    members.invite(ADA, cabinet.id(), id(CARL), Optional.empty());
    members.accept(CARL, cabinet.id());
    assertEquals(Role.ADMIN, members.changeRole(ADA, cabinet.id(), id(CARL), Role.ADMIN).role());
    // olga, out of the parent, may no longer know the hidden group exists.
    assertThrows(NotFoundException.class, () -> members.leave(OLGA, cabinet.id()));
  }

  @Test
  @DisplayName("whoever can see the working group is refused, and told which group needs an admin")
  void refusedToWhoCanSee() {
    for (Actor actor : new Actor[] {ADA, PAT}) {
      MembershipConflictException e = assertThrows(MembershipConflictException.class,
          () -> members.remove(actor, parent.id(), id(OLGA)));
      assertEquals(cabinet.id(), e.community(), e.getMessage());
      assertTrue(e.getMessage().contains(cabinet.id().value()), e.getMessage());
    }
    ConflictException own = assertThrows(ConflictException.class, () -> members.leave(OLGA, parent.id()));
    assertTrue(own.getMessage().contains(cabinet.id().value()), own.getMessage());
    assertEquals(MembershipState.ACTIVE, w.stored(cabinet, OLGA).orElseThrow().state());
    w.transitions(); // the platform admin's access is audited
    // A moderator who belongs to the hidden group sees it too.
    members.invite(OLGA, cabinet.id(), id(BEN), Optional.empty());
    members.accept(BEN, cabinet.id());
    w.transitions();
    MembershipConflictException e = assertThrows(MembershipConflictException.class,
        () -> members.remove(BEN, parent.id(), id(OLGA)));
    assertEquals(cabinet.id(), e.community());
    w.sawNothing();
  }

  @Test
  @DisplayName("a refusal names no admin of the group but the departing member")
  void refusalNamesNoOtherMember() {
    MembershipConflictException e = assertThrows(MembershipConflictException.class,
        () -> members.remove(ADA, parent.id(), id(OLGA)));
    assertEquals(id(OLGA), e.user());
    assertFalse(e.getMessage().contains(id(BEN).value()) || e.getMessage().contains(id(CARL).value()),
        e.getMessage());
  }
}
