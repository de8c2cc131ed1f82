package dev.convene.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.NotFoundException;
import dev.convene.core.ValidationException;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Purpose;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Role;
import dev.convene.core.model.Visibility;
import dev.convene.core.policy.Action;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TestWorldTest {
  private final TestWorld world = TestWorld.builder()
      .community("water", c -> c.privacy(Privacy.SEMI_PRIVATE))
      .admin("water", "ada").moderator("water", "mo").member("water", "mia")
      .invited("water", "ivan").requested("water", "rita").blocked("water", "bob")
      .community("secret", c -> c.purpose(Purpose.HIDDEN_GROUP))
      .admin("secret", "ada")
      .curator("cora").platformAdmin("pat")
      .document("water", "Annual report", d -> d)
      .document("water", "Members' briefing", d -> d.by("mia").membersOnly())
      .discussion("water", "Open questions", d -> d.state(ReviewState.DRAFT).by("mia"))
      .build();

  @org.junit.jupiter.api.AfterEach
  void close() {
    world.close();
  }

  @Test
  @DisplayName("people stand where the world put them")
  void memberships() {
    assertEquals(Role.MODERATOR, world.membership("mo", "water").orElseThrow().role());
    assertEquals(MembershipState.INVITED, world.membership("ivan", "water").orElseThrow().state());
    assertEquals(MembershipState.BLOCKED, world.membership("bob", "water").orElseThrow().state());
    assertTrue(world.membership("olga", "water").isEmpty());
    assertTrue(world.actor("cora").has(dev.convene.core.model.PlatformRole.CURATOR));
    assertTrue(world.actor("pat").isPlatformAdmin());
  }

  @Test
  @DisplayName("items carry their author, visibility and state; the default author is the first admin")
  void items() {
    assertEquals("ada", world.item("Annual report").author().value());
    assertEquals(Visibility.MEMBERS, world.item("Members' briefing").visibility());
    assertEquals(ReviewState.DRAFT, world.item("Open questions").reviewState());
    assertThrows(NotFoundException.class, () -> world.item("Nothing"));
  }

  @Test
  @DisplayName("the platform sees the world through the policy")
  void platformSeesTheWorld() {
    var convene = world.convene();
    assertThrows(NotFoundException.class,
        () -> convene.communities().get(world.actor("olga"), world.community("secret").id()));
    assertEquals("secret", convene.communities().get(world.actor("ada"), world.community("secret").id()).slug());
    var context = convene.policy();
    assertFalse(context.decide(world.actor("rita"), Action.VIEW_MEMBERS,
        dev.convene.core.policy.AccessContext.of(world.community("water"), world.clock().instant())
            .withMembership(world.membership("rita", "water"))).isAllowed());
  }

  @Test
  @DisplayName("the clock moves only when the test moves it; invitations lapse on cue")
  void clock() {
    var start = world.clock().instant();
    var invitation = world.membership("ivan", "water").orElseThrow();
    assertTrue(invitation.isPendingInvitation(world.clock().instant()));
    world.clock().advance(Duration.ofDays(14));
    assertEquals(start.plus(Duration.ofDays(14)), world.clock().instant());
    assertTrue(invitation.isExpired(world.clock().instant()));
    assertThrows(ValidationException.class, () -> world.clock().advance(Duration.ofSeconds(-1)));
  }

  @Test
  @DisplayName("a world Convene could not reach is refused: no admin, a working-group member outside the parent")
  void impossibleWorlds() {
    assertEquals("active-admin", assertThrows(ValidationException.class,
        () -> TestWorld.builder().community("empty").member("empty", "mia").build()).rule());
    assertEquals("parent-member", assertThrows(ValidationException.class,
        () -> TestWorld.builder().community("parent").admin("parent", "ada")
            .workingGroup("wg", "parent", c -> c).admin("wg", "olga").build()).rule());
    assertEquals("one-membership", assertThrows(ValidationException.class,
        () -> TestWorld.builder().community("parent").admin("parent", "ada").member("parent", "ada")).rule());
  }
}
