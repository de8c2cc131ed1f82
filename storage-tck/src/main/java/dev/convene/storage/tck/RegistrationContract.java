package dev.convene.storage.tck;

import static dev.convene.storage.tck.Fixtures.at;
import static dev.convene.storage.tck.Fixtures.community;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.NotFoundException;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.UserId;
import dev.convene.storage.Registration;
import dev.convene.storage.Registration.State;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Registrations: one per user and event, replaced by the last put, deleted with the event. */
abstract class RegistrationContract extends ContractSupport {
  private static final int THREADS = 12;
  private static final int CAPACITY = 3;

  private CommunityId alpha;
  private ItemId talk;
  private ItemId walk;

  RegistrationContract(StorageContract kit) {
    super(kit);
  }

  @BeforeEach
  void events() {
    alpha = insert(community("alpha")).id();
    talk = insert(Fixtures.event("talk", alpha)).id();
    walk = insert(Fixtures.event("walk", alpha)).id();
  }

  @Test
  @DisplayName("a put stores the registration; a second put replaces it; a delete removes it")
  void putReplaceDelete() {
    Registration attending = registration(talk, "ada", State.ATTENDING, 1);
    assertEquals(attending, tx(t -> t.registrations().put(attending)));
    assertEquals(Optional.of(attending), read(t -> t.registrations().get(talk, UserId.of("ada"))));
    Registration not = attending.withState(State.NOT_ATTENDING, at(2));
    tx(t -> t.registrations().put(not));
    assertEquals(Optional.of(not), read(t -> t.registrations().get(talk, UserId.of("ada"))));
    assertEquals(Optional.empty(), read(t -> t.registrations().get(walk, UserId.of("ada"))));
    assertEquals(true, tx(t -> t.registrations().delete(talk, UserId.of("ada"))));
    assertEquals(false, tx(t -> t.registrations().delete(talk, UserId.of("ada"))));
    assertEquals(Optional.empty(), read(t -> t.registrations().get(talk, UserId.of("ada"))));
  }

  @Test
  @DisplayName("an event's registrations are listed by when they took their state, then user; a user's by event")
  void listings() {
    Registration zoe = put(registration(talk, "zoe", State.WAITING, 5));
    Registration bob = put(registration(talk, "bob", State.ATTENDING, 7));
    Registration ada = put(registration(talk, "ada", State.WAITING, 5));
    Registration adaWalk = put(registration(walk, "ada", State.ATTENDING, 1));
    assertEquals(List.of(ada, zoe, bob), read(t -> t.registrations().forEvent(talk)));
    assertEquals(List.of(ada, adaWalk), read(t -> t.registrations().forUser(UserId.of("ada"))));
    assertEquals(List.of(), read(t -> t.registrations().forUser(UserId.of("nobody"))));
  }

  @Test
  @DisplayName("a registration needs an event that exists, and changes nothing otherwise")
  void eventMustExist() {
    Snapshot before = snapshot();
    assertThrows(NotFoundException.class, () -> put(registration(ItemId.of("nowhere"), "ada", State.ATTENDING, 1)));
    assertEquals(before, snapshot());
    assertEquals(List.of(), read(t -> t.registrations().forUser(UserId.of("ada"))));
  }

  @Test
  @DisplayName("an event's registrations are deleted with it, and only its")
  void deletedWithEvent() {
    put(registration(talk, "ada", State.ATTENDING, 1));
    Registration kept = put(registration(walk, "ada", State.ATTENDING, 1));
    Item stored = read(t -> t.items().get(talk)).orElseThrow();
    use(t -> t.items().delete(talk, stored.version()));
    assertEquals(List.of(), read(t -> t.registrations().forEvent(talk)));
    assertEquals(List.of(kept), read(t -> t.registrations().forUser(UserId.of("ada"))));
  }

  @Test
  @DisplayName(THREADS + " threads each taking a place if fewer than " + CAPACITY + " are taken, by read, put and"
      + " retry: exactly " + CAPACITY + " attend")
  void capacityUnderConcurrency() throws InterruptedException {
    List<Optional<Throwable>> outcomes = Race.run(THREADS, writer -> Race.retryOnConflict(() -> tx(t -> {
      long taken = t.registrations().forEvent(talk).stream().filter(r -> r.state() == State.ATTENDING).count();
      return t.registrations().put(registration(talk, "u" + writer, taken < CAPACITY ? State.ATTENDING
          : State.WAITING, writer));
    })));
    assertEquals(List.of(), outcomes.stream().flatMap(Optional::stream).toList());
    List<Registration> all = read(t -> t.registrations().forEvent(talk));
    assertEquals(THREADS, all.size());
    assertEquals(CAPACITY, all.stream().filter(r -> r.state() == State.ATTENDING).count());
  }

  private Registration put(Registration registration) {
    return tx(t -> t.registrations().put(registration));
  }

  private static Registration registration(ItemId event, String user, State state, int minute) {
    return new Registration(event, UserId.of(user), state, at(minute));
  }
}
