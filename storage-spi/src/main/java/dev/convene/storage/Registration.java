package dev.convene.storage;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.UserId;
import java.time.Instant;

/**
 * One user's answer to one event: attending, waiting for a place, or not attending. A user has at
 * most one registration per event; it is a setting, not a versioned aggregate: the last {@link
 * RegistrationStore#put} wins.
 *
 * @param event the event
 * @param user who answered
 * @param state their answer, or their place on the waiting list
 * @param at when they took this state; the waiting list is served in this order (then by user id)
 */
public record Registration(ItemId event, UserId user, State state, Instant at) {

  /**
   * Validates the registration.
   *
   * @throws dev.convene.core.ValidationException if a value is missing
   */
  public Registration {
    Checks.required(event, "event");
    Checks.required(user, "user");
    Checks.required(state, "state");
    Checks.instant(at, "at");
  }

  /** A registration's state. */
  public enum State {
    /** The user holds a place. */
    ATTENDING,
    /** The user wants a place but the event is full; they are on its waiting list. */
    WAITING,
    /** The user said they will not attend. */
    NOT_ATTENDING
  }

  /**
   * A copy in {@code newState} from {@code since}.
   *
   * @param newState the new state
   * @param since when the registration took it
   * @return a copy of this registration in that state
   */
  public Registration withState(State newState, Instant since) {
    return new Registration(event, user, newState, since);
  }
}
