package dev.convene.platform.internal;

import dev.convene.core.model.Event;
import dev.convene.storage.Registration;
import dev.convene.storage.Registration.State;
import dev.convene.storage.RegistrationStore;
import java.time.Instant;
import java.util.List;

/**
 * The places of one event inside a write: who may take one, and who moves up from the waiting list
 * when one is freed. The store makes concurrent writes to one event's registrations collide, so the
 * counts read here still hold when the write commits.
 */
public final class WaitingList {
  private WaitingList() {}

  /** The state a new wish to attend gets: a place while there is one, the waiting list otherwise. */
  public static State forNewcomer(Event event, List<Registration> all) {
    return event.capacity().map(c -> count(all, State.ATTENDING) < c).orElse(true) ? State.ATTENDING : State.WAITING;
  }

  /**
   * Gives the freed places to those who waited longest, as many as there are free places now.
   *
   * @return those who moved up, as stored
   */
  public static List<Registration> promote(Event event, RegistrationStore store, Instant now) {
    List<Registration> all = store.forEvent(event.id());
    long free = event.capacity().map(c -> c - count(all, State.ATTENDING)).orElse(Long.MAX_VALUE);
    return all.stream().filter(r -> r.state() == State.WAITING).limit(Math.max(0, free))
        .map(r -> store.put(r.withState(State.ATTENDING, now))).toList();
  }

  /** How many of {@code all} are in {@code state}. */
  public static long count(List<Registration> all, State state) {
    return all.stream().filter(r -> r.state() == state).count();
  }
}
