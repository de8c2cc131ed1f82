package dev.convene.storage;

import dev.convene.core.model.ItemId;
import dev.convene.core.model.UserId;
import java.util.List;
import java.util.Optional;

/**
 * Who registered for which event. Registrations are settings, not versioned aggregates, and are not
 * recorded in the change log; they are deleted with their event. Obtained from {@link
 * Transaction#registrations()}.
 *
 * <p>Writes to the registrations of one event collide: of two transactions that each read an event's
 * registrations and then write one of them, at most one commits; the other fails with a {@link
 * dev.convene.core.ConflictException} and may read again. So a rule over all of an event's
 * registrations (a capacity) holds under concurrency.
 */
public interface RegistrationStore {

  /**
   * The registration of {@code user} for {@code event}, if there is one.
   *
   * @param event the event's id
   * @param user the user's id
   * @return the registration, or empty
   * @throws dev.convene.core.ValidationException if an argument is missing
   */
  Optional<Registration> get(ItemId event, UserId user);

  /**
   * Stores {@code registration}, replacing the user's earlier one for the same event.
   *
   * @param registration the registration
   * @return the stored registration
   * @throws dev.convene.core.ValidationException if {@code registration} is missing
   * @throws dev.convene.core.NotFoundException if its event does not exist
   * @throws dev.convene.core.ConflictException if a concurrent transaction wrote a registration for
   *     the same event
   */
  Registration put(Registration registration);

  /**
   * Deletes the registration of {@code user} for {@code event}, if there is one.
   *
   * @param event the event's id
   * @param user the user's id
   * @return whether there was one
   * @throws dev.convene.core.ValidationException if an argument is missing
   * @throws dev.convene.core.ConflictException if a concurrent transaction wrote a registration for
   *     the same event
   */
  boolean delete(ItemId event, UserId user);

  /**
   * Every registration for {@code event}, in the order they took their state (then by user id).
   *
   * @param event the event's id
   * @return the registrations, possibly none
   * @throws dev.convene.core.ValidationException if {@code event} is missing
   */
  List<Registration> forEvent(ItemId event);

  /**
   * Every registration of {@code user}, by event id.
   *
   * @param user the user's id
   * @return the registrations, possibly none
   * @throws dev.convene.core.ValidationException if {@code user} is missing
   */
  List<Registration> forUser(UserId user);
}
