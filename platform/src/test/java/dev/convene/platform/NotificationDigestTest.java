package dev.convene.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.ValidationException;
import dev.convene.core.event.ItemChanged;
import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemType;
import dev.convene.core.model.JoinPolicy;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import dev.convene.storage.Delivery;
import dev.convene.storage.NotificationLevel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NotificationDigestTest {
  private final NotificationWorld world = new NotificationWorld();
  private final Community water = world.community("Water", b -> b);

  NotificationDigestTest() {
    world.member(water, "mia", Role.MEMBER);
    world.member(water, "max", Role.MEMBER);
  }

  private void publish(String title) {
    Item item = world.item(water, "ada", ItemType.DOCUMENT, Visibility.MEMBERS, ReviewState.PUBLISHED, title);
    world.itemEvent(item, ItemChanged.Kind.PUBLISHED, "ada");
  }

  private Map<String, List<String>> digests() {
    return world.sink.digests.stream().collect(Collectors.toMap(d -> d.get(0).recipient().value(),
        d -> d.stream().map(Notification::summary).toList()));
  }

  @Test
  @DisplayName("digests are grouped per recipient, hold what happened in order, and are sent once")
  void groupedAndSentOnce() {
    world.follow("mia", water, NotificationLevel.ALL, Delivery.DAILY);
    world.follow("max", water, NotificationLevel.ALL, Delivery.DAILY);
    world.follow("ada", water, NotificationLevel.ALL, Delivery.WEEKLY);
    publish("First");
    publish("Second");
    Item late = world.item(water, "max", ItemType.DOCUMENT, Visibility.MEMBERS, ReviewState.PUBLISHED, "Late");
    world.notifications.publish(new ItemChanged(water.id(), late.id(), late.type(), ItemChanged.Kind.PUBLISHED,
        Optional.of(UserId.of("max")), NotificationWorld.LATER.plusSeconds(1)));

    assertEquals(2, world.notifications.sendDigests(Delivery.DAILY, NotificationWorld.LATER));
    assertEquals(Map.of("mia", List.of("New document in Water: First", "New document in Water: Second"),
        "max", List.of("New document in Water: First", "New document in Water: Second")), digests());
    assertEquals(List.of("mia"), world.pending(Delivery.DAILY).stream().map(p -> p.recipient().value()).toList());
    assertEquals(1, world.pending(Delivery.WEEKLY).size(), "the weekly digest waits for its own run");

    assertEquals(0, world.notifications.sendDigests(Delivery.DAILY, NotificationWorld.LATER));
    assertEquals(2, world.sink.digests.size());
    assertEquals(List.of(), world.sink.delivered);
  }

  @Test
  @DisplayName("a digest the sink refuses stays pending and goes out at the next run: at least once, never lost")
  void atLeastOnce() {
    world.follow("mia", water, NotificationLevel.ALL, Delivery.DAILY);
    world.follow("max", water, NotificationLevel.ALL, Delivery.DAILY);
    publish("First");
    publish("Second");
    world.sink.failsFor = user -> user.value().equals("mia");

    assertEquals(1, world.notifications.sendDigests(Delivery.DAILY, NotificationWorld.LATER));
    assertEquals(List.of("max"), List.copyOf(digests().keySet()));
    assertEquals(2, world.pending(Delivery.DAILY).size());

    world.sink.failsFor = user -> false;
    assertEquals(1, world.notifications.sendDigests(Delivery.DAILY, NotificationWorld.LATER));
    assertEquals(List.of("New document in Water: First", "New document in Water: Second"), digests().get("mia"));
    assertEquals(List.of(), world.pending(Delivery.DAILY));
  }

  @Test
  @DisplayName("a sink that throws breaks neither the write that caused the event nor the other recipients")
  void throwingSink() {
    world.sink.failsFor = user -> user.value().equals("mia");
    Community changed = world.convene.communities().update(NotificationWorld.ADA, water.id(), water.version(),
        b -> b.privacy(Privacy.SEMI_PRIVATE).joinPolicy(JoinPolicy.REQUEST));
    assertEquals(Privacy.SEMI_PRIVATE, world.convene.communities().get(NotificationWorld.ADA, water.id()).privacy());
    assertEquals(water.version() + 1, changed.version());
    world.deliver();
    assertEquals(List.of("Water is now semi-private"), world.sink.to("max"));
    assertEquals(List.of(), world.sink.to("mia"));
  }

  @Test
  @DisplayName("only daily and weekly notifications have digests")
  void immediateHasNoDigest() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> world.notifications.sendDigests(Delivery.IMMEDIATE, NotificationWorld.LATER));
    assertEquals("delivery", e.field());
  }
}
