package dev.convene.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.NotFoundException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Purpose;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import dev.convene.storage.Delivery;
import dev.convene.storage.NotificationLevel;
import dev.convene.storage.Subscription;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NotificationSubscriptionTest {
  private static final Actor OLGA = Actor.user("olga");

  private final NotificationWorld world = new NotificationWorld();
  private final NotificationService notifications = world.notifications;
  private final Community water = world.community("Water", b -> b);

  @Test
  @DisplayName("only those who may see a community subscribe: a hidden group is not found, exactly like a missing one")
  void subscribingNeedsSight() {
    Community hidden = world.community("Cabinet", b -> b.purpose(Purpose.HIDDEN_GROUP));
    NotFoundException e = assertThrows(NotFoundException.class,
        () -> notifications.subscribe(OLGA, hidden.id(), NotificationLevel.ALL, Delivery.DAILY));
    NotFoundException missing = assertThrows(NotFoundException.class,
        () -> notifications.subscribe(OLGA, CommunityId.of("nowhere"), NotificationLevel.ALL, Delivery.DAILY));
    assertEquals("community " + hidden.id() + " not found", e.getMessage());
    assertEquals("community nowhere not found", missing.getMessage());
    assertThrows(NotFoundException.class, () -> notifications.subscription(OLGA, hidden.id()));
    assertEquals(Optional.empty(), world.storage.read(tx -> tx.subscriptions().get(UserId.of("olga"), hidden.id())));
  }

  @Test
  @DisplayName("anonymous visitors cannot subscribe, and follow nothing")
  void anonymous() {
    assertThrows(AccessDeniedException.class,
        () -> notifications.subscribe(Actor.anonymous(), water.id(), NotificationLevel.ALL, Delivery.IMMEDIATE));
    assertThrows(AccessDeniedException.class, () -> notifications.unsubscribe(Actor.anonymous(), water.id()));
    assertEquals(Optional.empty(), notifications.subscription(Actor.anonymous(), water.id()));
  }

  @Test
  @DisplayName("an outsider follows a community they see only once they subscribe; the last choice wins")
  void outsiders() {
    assertEquals(Optional.empty(), notifications.subscription(OLGA, water.id()));
    notifications.subscribe(OLGA, water.id(), NotificationLevel.ALL, Delivery.DAILY);
    Subscription weekly = notifications.subscribe(OLGA, water.id(), NotificationLevel.IMPORTANT, Delivery.WEEKLY);
    assertEquals(Optional.of(weekly), notifications.subscription(OLGA, water.id()));
    assertTrue(notifications.unsubscribe(OLGA, water.id()));
    assertEquals(Optional.empty(), notifications.subscription(OLGA, water.id()));
  }

  @Test
  @DisplayName("an active member who never chose follows at the default, and falls back to it after unsubscribing")
  void memberDefault() {
    world.member(water, "mia", Role.MEMBER);
    Actor mia = Actor.user("mia");
    Subscription standard = new Subscription(UserId.of("mia"), water.id(), NotificationLevel.IMPORTANT,
        Delivery.IMMEDIATE);
    assertEquals(Optional.of(standard), notifications.subscription(mia, water.id()));
    notifications.subscribe(mia, water.id(), NotificationLevel.NONE, Delivery.IMMEDIATE);
    assertEquals(NotificationLevel.NONE, notifications.subscription(mia, water.id()).orElseThrow().level());
    assertTrue(notifications.unsubscribe(mia, water.id()));
    assertEquals(Optional.of(standard), notifications.subscription(mia, water.id()));
  }

  @Test
  @DisplayName("unsubscribing answers only about one's own choice, so it reveals no community")
  void unsubscribeRevealsNothing() {
    Community hidden = world.community("Cabinet", b -> b.purpose(Purpose.HIDDEN_GROUP));
    assertFalse(notifications.unsubscribe(OLGA, hidden.id()));
    assertFalse(notifications.unsubscribe(OLGA, CommunityId.of("nowhere")));
  }
}
