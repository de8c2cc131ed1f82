package dev.convene.platform;

import static dev.convene.platform.ContentFixture.ADA;
import static dev.convene.platform.ContentFixture.ANON;
import static dev.convene.platform.ContentFixture.MAX;
import static dev.convene.platform.ContentFixture.MEL;
import static dev.convene.platform.ContentFixture.MO;
import static dev.convene.platform.ContentFixture.OLGA;
import static dev.convene.platform.ContentFixture.PAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.NotFoundException;
import dev.convene.core.ValidationException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import dev.convene.storage.Registration;
import dev.convene.storage.Registration.State;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class RegistrationServiceTest {
  private final ContentFixture world = new ContentFixture();
  private final RegistrationService registrations = world.convene.registrations();
  private final Community water = world.community("water");

  private ItemId event(Visibility visibility, Optional<Integer> capacity) {
    ItemDraft.EventDraft draft = ItemDraft.event("Pumps", Locale.ENGLISH, visibility,
        Instant.parse("2026-04-02T08:00:00Z"), Instant.parse("2026-04-02T09:00:00Z"), ZoneId.of("Europe/Paris"));
    capacity.ifPresent(draft::capacity);
    return world.published(MO, water, draft).id();
  }

  private State attend(Actor actor, ItemId event) {
    world.clock.advance(Duration.ofMinutes(1));
    return registrations.attend(actor, event).state();
  }

  @Test
  @DisplayName("once an event is full, newcomers wait; when one attending declines, the first waiting moves up")
  void waitingList() {
    ItemId event = event(Visibility.MEMBERS, Optional.of(2));
    assertEquals(State.ATTENDING, attend(MAX, event));
    assertEquals(State.ATTENDING, attend(MO, event));
    assertEquals(State.WAITING, attend(ADA, event));
    assertEquals(State.WAITING, attend(MEL, event));
    assertEquals(State.WAITING, attend(ADA, event), "asking again keeps one's turn");
    assertEquals(new RegistrationCounts(2, 2, 0, Optional.of(2)), registrations.counts(MAX, event));

    world.clock.advance(Duration.ofMinutes(1));
    assertEquals(State.NOT_ATTENDING, registrations.decline(MAX, event).state());
    assertEquals(new RegistrationCounts(2, 1, 1, Optional.of(2)), registrations.counts(MAX, event));
    assertEquals(Optional.of(State.ATTENDING), registrations.mine(ADA, event).map(Registration::state),
        "ada asked before mel, so she takes the freed place");
    assertEquals(Optional.of(State.WAITING), registrations.mine(MEL, event).map(Registration::state));
    // one who declined and asks again joins the end of the queue
    assertEquals(State.WAITING, attend(MAX, event));
    assertEquals(List.of("mo", "mel", "ada", "max"), registrations.registrations(MO, event).stream()
        .map(r -> r.user().value()).toList());
  }

  @Test
  @DisplayName("an event without a capacity takes everyone; declining needs no earlier answer")
  void noCapacity() {
    ItemId event = event(Visibility.PUBLIC, Optional.empty());
    for (Actor actor : List.of(MAX, MO, ADA, MEL, OLGA)) {
      assertEquals(State.ATTENDING, attend(actor, event));
    }
    assertEquals(State.NOT_ATTENDING, registrations.decline(PAT, event).state());
    assertEquals(new RegistrationCounts(5, 0, 1, Optional.empty()), registrations.counts(ANON, event));
  }

  @Test
  @DisplayName("an event one may not see is not found, worded as a missing id, and nothing is written")
  void unseenEvent() {
    ItemId event = event(Visibility.MEMBERS, Optional.of(5));
    attend(MAX, event);
    ItemId missing = ItemId.of("no-such-event");
    for (Actor outsider : List.of(OLGA, ANON)) {
      List<Executable> calls = List.of(() -> registrations.attend(outsider, event),
          () -> registrations.decline(outsider, event), () -> registrations.counts(outsider, event),
          () -> registrations.registrations(outsider, event), () -> registrations.mine(outsider, event));
      for (Executable call : calls) {
        assertEquals("item " + event + " not found", assertThrows(NotFoundException.class, call).getMessage());
      }
    }
    assertEquals("item " + missing + " not found", assertThrows(NotFoundException.class,
        () -> registrations.counts(MEL, missing)).getMessage());
    assertEquals(new RegistrationCounts(1, 0, 0, Optional.of(5)), registrations.counts(MEL, event));
  }

  @Test
  @DisplayName("an anonymous visitor sees a public event's counts but may not register")
  void anonymous() {
    ItemId event = event(Visibility.PUBLIC, Optional.of(5));
    assertThrows(AccessDeniedException.class, () -> registrations.attend(ANON, event));
    assertThrows(AccessDeniedException.class, () -> registrations.decline(ANON, event));
    assertEquals(Optional.empty(), registrations.mine(ANON, event));
    assertEquals(new RegistrationCounts(0, 0, 0, Optional.of(5)), registrations.counts(ANON, event));
    assertEquals(State.ATTENDING, attend(OLGA, event), "a signed-in outsider may register for a public event");
  }

  @Test
  @DisplayName("who registered is shown to the author (here a moderator), admins and platform admins only")
  void whoSeesTheList() {
    ItemId event = event(Visibility.PUBLIC, Optional.of(5));
    attend(OLGA, event);
    for (Actor allowed : List.of(MO, ADA, PAT)) {
      assertEquals(List.of(UserId.of("olga")), registrations.registrations(allowed, event).stream()
          .map(Registration::user).toList(), allowed.toString());
    }
    for (Actor refused : List.of(MEL, MAX, OLGA, ANON)) {
      assertThrows(AccessDeniedException.class, () -> registrations.registrations(refused, event),
          refused.toString());
    }
  }

  @Test
  @DisplayName("only events take registrations")
  void onlyEvents() {
    Item doc = world.published(MEL, water, ItemDraft.document("Notes", Locale.ENGLISH, Visibility.PUBLIC));
    assertEquals("event", assertThrows(ValidationException.class, () -> registrations.attend(MEL, doc.id())).rule());
    assertEquals("event", assertThrows(ValidationException.class, () -> registrations.counts(MEL, doc.id())).rule());
  }

  @Test
  @DisplayName("24 users registering at once for 5 places: exactly 5 attend, the others wait")
  void concurrentRegistrations() throws Exception {
    ItemId event = event(Visibility.PUBLIC, Optional.of(5));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<State>> calls = new ArrayList<>();
      for (int i = 0; i < 24; i++) {
        Actor user = Actor.user("user" + i);
        calls.add(() -> registrations.attend(user, event).state());
      }
      List<State> states = new ArrayList<>();
      for (Future<State> result : pool.invokeAll(calls)) {
        states.add(result.get());
      }
      assertEquals(5, states.stream().filter(s -> s == State.ATTENDING).count());
      assertEquals(19, states.stream().filter(s -> s == State.WAITING).count());
    } finally {
      pool.shutdown();
    }
    assertEquals(new RegistrationCounts(5, 19, 0, Optional.of(5)), registrations.counts(ANON, event));
  }
}
