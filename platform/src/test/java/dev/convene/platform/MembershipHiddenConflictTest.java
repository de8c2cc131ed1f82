package dev.convene.platform;

import static dev.convene.platform.MembershipWorld.ADA;
import static dev.convene.platform.MembershipWorld.BEN;
import static dev.convene.platform.MembershipWorld.OLGA;
import static dev.convene.platform.MembershipWorld.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.ConflictException;
import dev.convene.core.membership.MembershipConflictException;
import dev.convene.core.model.Community;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Purpose;
import dev.convene.core.model.Role;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A removal from a community that reaches a hidden working group meets a concurrent change there:
 * the store's refusal, which names the group, must not reach an actor who may not see it.
 */
class MembershipHiddenConflictTest {
  private ProbingStorage store;
  private final MembershipWorld w = new MembershipWorld(inner -> store = new ProbingStorage(inner));
  private final MembershipService members = w.memberships;
  private final Community parent = w.community("parent", b -> b);
  private final Community cabinet = w.workingGroup(parent, "cabinet", b -> b.purpose(Purpose.HIDDEN_GROUP));

  MembershipHiddenConflictTest() {
    members.join(OLGA, parent.id());
    members.join(BEN, parent.id());
    members.changeRole(ADA, parent.id(), id(BEN), Role.MODERATOR);
    members.invite(ADA, cabinet.id(), id(OLGA), Optional.empty());
    members.accept(OLGA, cabinet.id());
    store.failing.set(Optional.of(cabinet.id()));
    w.transitions();
  }

  @Test
  @DisplayName("after every retry, the conflict names only the community the moderator acted in, and nothing is"
      + " written")
  void conflictNamesNoHiddenGroup() {
    store.failures.set(3);
    ConflictException e = assertThrows(ConflictException.class, () -> members.remove(BEN, parent.id(), id(OLGA)));
    assertFalse(e instanceof MembershipConflictException, e.getMessage());
    assertFalse(e.getMessage().contains(cabinet.id().value()), e.getMessage());
    assertTrue(e.getMessage().contains(parent.id().value()), e.getMessage());
    assertNull(e.getCause(), "no cause carries the store's words");
    assertEquals(MembershipState.ACTIVE, w.stored(parent, OLGA).orElseThrow().state());
    assertEquals(MembershipState.ACTIVE, w.stored(cabinet, OLGA).orElseThrow().state());
    w.sawNothing();
  }

  @Test
  @DisplayName("a conflict that clears is retried like any other, and the removal goes through")
  void conflictRetried() {
    store.failures.set(1);
    members.remove(BEN, parent.id(), id(OLGA));
    assertEquals(Optional.empty(), w.stored(cabinet, OLGA));
    w.saw("parent: olga REMOVED by ben, ACTIVE MEMBER -> none", "cabinet: olga REMOVED by ben, ACTIVE MEMBER -> none"
        + " (no longer an active member of community " + parent.id() + ")");
  }

  @Test
  @DisplayName("an actor who may see the group gets the store's conflict as it is")
  void seenGroupConflictAsIs() {
    store.failures.set(3);
    ConflictException e = assertThrows(ConflictException.class, () -> members.remove(ADA, parent.id(), id(OLGA)));
    assertTrue(e.getMessage().contains(cabinet.id().value()), e.getMessage());
  }
}
