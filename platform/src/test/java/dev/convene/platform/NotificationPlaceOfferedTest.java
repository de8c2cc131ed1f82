package dev.convene.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.Role;
import dev.convene.core.model.Visibility;
import dev.convene.storage.Delivery;
import dev.convene.storage.NotificationLevel;
import dev.convene.storage.Registration.State;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * When a place frees up on a full event, who moves up from the waiting list is told, and only if
 * they may still see the event when the notification is sent. Water's event has one place: bob takes
 * it, mia waits, and bob declines.
 */
@DisplayName("moving up from a waiting list is told to who moved up, if they may still see the event")
class NotificationPlaceOfferedTest {
  private static final Actor BOB = Actor.user("bob");
  private static final Actor MIA = Actor.user("mia");
  private static final String KIND = "item.place_offered";

  private final NotificationWorld world = new NotificationWorld();
  private final Community water = world.community("Water", b -> b);

  NotificationPlaceOfferedTest() {
    world.member(water, "bob", Role.MEMBER);
    world.member(water, "mia", Role.MEMBER);
    world.member(water, "max", Role.MEMBER);
  }

  /** A published event of one place: bob holds it, mia waits; nothing of it is sent yet. */
  private Item fullEvent(Visibility visibility) {
    ContentService content = world.convene.content();
    Instant start = Instant.parse("2026-04-01T08:00:00Z");
    Item event = content.publish(NotificationWorld.ADA, content.create(NotificationWorld.ADA, water.id(),
        ItemDraft.event("Assembly", Locale.ENGLISH, visibility, start, start.plusSeconds(7200),
            ZoneId.of("Europe/Paris")).capacity(1)).id());
    RegistrationService registrations = world.convene.registrations();
    assertEquals(State.ATTENDING, registrations.attend(BOB, event.id()).state());
    assertEquals(State.WAITING, registrations.attend(MIA, event.id()).state());
    world.deliver();
    return event;
  }

  @Test
  @DisplayName("who moves up is told, by name of the event; the one who declined and everyone else are not")
  void movedUpIsTold() {
    Item event = fullEvent(Visibility.MEMBERS);
    world.convene.registrations().decline(BOB, event.id());
    assertEquals(List.of(), world.sink.recipients(KIND), "nothing is sent inside the write");
    world.deliver();
    assertEquals(List.of("mia"), world.sink.recipients(KIND));
    assertEquals(List.of("A place is yours: you moved up from the waiting list of the event in Water: Assembly"),
        world.sink.delivered.stream().filter(n -> n.kind().equals(KIND)).map(Notification::summary).toList());
    assertEquals(State.ATTENDING, world.convene.registrations().mine(MIA, event.id()).orElseThrow().state());
  }

  @Test
  @DisplayName("declining without holding a place frees none and tells nobody")
  void waitingDeclineTellsNobody() {
    Item event = fullEvent(Visibility.MEMBERS);
    world.convene.registrations().decline(MIA, event.id());
    world.deliver();
    assertEquals(List.of(), world.sink.recipients(KIND));
  }

  @Test
  @DisplayName("who left the community before it was sent may no longer see the members-only event: told nothing")
  void goneBeforeSending() {
    Item event = fullEvent(Visibility.MEMBERS);
    int before = world.sink.to("mia").size();
    world.convene.registrations().decline(BOB, event.id());
    world.removeMembership(water, "mia");
    world.deliver();
    assertEquals(List.of(), world.sink.recipients(KIND));
    assertEquals(before, world.sink.to("mia").size(), "nothing else reached her either");
  }

  @Test
  @DisplayName("an event archived before sending is seen by moderators only: who moved up is told nothing")
  void archivedBeforeSending() {
    Item event = fullEvent(Visibility.PUBLIC);
    world.convene.registrations().decline(BOB, event.id());
    world.convene.content().archive(NotificationWorld.ADA, event.id());
    world.deliver();
    assertEquals(List.of(), world.sink.recipients(KIND));
  }

  @Test
  @DisplayName("one who chose a daily digest finds it there; one who chose to hear nothing is not told")
  void byTheirChoice() {
    world.follow("mia", water, NotificationLevel.IMPORTANT, Delivery.DAILY);
    Item event = fullEvent(Visibility.MEMBERS);
    world.convene.registrations().decline(BOB, event.id());
    world.deliver();
    assertEquals(List.of(), world.sink.recipients(KIND));
    assertEquals(List.of(KIND), world.pending(Delivery.DAILY).stream().map(p -> p.kind())
        .filter(KIND::equals).toList());
    world.notifications.sendDigests(Delivery.DAILY, NotificationWorld.LATER);
    assertEquals(List.of(List.of(KIND)), world.sink.digests.stream()
        .map(d -> d.stream().map(Notification::kind).filter(KIND::equals).toList()).toList());

    world.follow("max", water, NotificationLevel.NONE, Delivery.IMMEDIATE);
    Item second = fullEventFor(Actor.user("bob"), Actor.user("max"));
    world.convene.registrations().decline(BOB, second.id());
    world.deliver();
    assertEquals(List.of(), world.sink.recipients(KIND));
  }

  /** A second full event: {@code holder} holds its place, {@code waiting} waits. */
  private Item fullEventFor(Actor holder, Actor waiting) {
    ContentService content = world.convene.content();
    Instant start = Instant.parse("2026-05-01T08:00:00Z");
    Item event = content.publish(NotificationWorld.ADA, content.create(NotificationWorld.ADA, water.id(),
        ItemDraft.event("Field trip", Locale.ENGLISH, Visibility.MEMBERS, start, start.plusSeconds(7200),
            ZoneId.of("Europe/Paris")).capacity(1)).id());
    world.convene.registrations().attend(holder, event.id());
    world.convene.registrations().attend(waiting, event.id());
    world.deliver();
    return event;
  }
}
