package dev.convene.platform;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.ConflictException;
import dev.convene.core.NotFoundException;
import dev.convene.core.ValidationException;
import dev.convene.core.internal.Checks;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Event;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.Permission;
import dev.convene.core.model.UserId;
import dev.convene.core.policy.AccessContext;
import dev.convene.core.policy.Action;
import dev.convene.core.policy.Reason;
import dev.convene.platform.internal.Contention;
import dev.convene.platform.internal.ItemAccess;
import dev.convene.platform.internal.NotificationTopic;
import dev.convene.platform.internal.Platform;
import dev.convene.platform.internal.WaitingList;
import dev.convene.storage.OutboxStore;
import dev.convene.storage.Registration;
import dev.convene.storage.Registration.State;
import dev.convene.storage.RegistrationStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Registration for events: a signed-in user who may see an event says they attend or not. When the
 * event has a capacity and is full, those who want to attend wait; when someone holding a place
 * withdraws (or the capacity grows), those who waited longest move up.
 *
 * <p>Who sees what: the counts are shown to whoever may see the event; the list of who answered
 * only to the event's author, to those the community lets moderate (its moderators and admins by
 * default) and to platform admins. Anyone else is refused without learning more than the counts.
 * Many answering one event at once are served one after another; one who keeps losing that race
 * (ten times) gets a {@link ConflictException} and may try again.
 * An event the actor may not see is a {@link NotFoundException}, as if it did not exist.
 */
public final class RegistrationService {
  private final Platform platform;
  private final ItemAccess items;

  RegistrationService(Platform platform) {
    this.platform = platform;
    this.items = new ItemAccess(platform);
  }

  /**
   * Says the actor attends the event: they take a place if there is one, or join the waiting list.
   * Saying it again changes nothing (a waiting user keeps their turn).
   *
   * @param actor who attends
   * @param event the event's id
   * @return the actor's registration: {@code ATTENDING} or {@code WAITING}
   * @throws NotFoundException if there is no such event or the actor may not see it
   * @throws AccessDeniedException if the actor is anonymous
   * @throws ValidationException if the item is not an event ({@code itemId}, {@code event})
   */
  public Registration attend(Actor actor, ItemId event) {
    return write(actor, event, found -> {
      Optional<Registration> mine = found.store().get(event, found.user());
      if (mine.filter(r -> r.state() != State.NOT_ATTENDING).isPresent()) {
        return mine.get();
      }
      State state = WaitingList.forNewcomer(found.event(), found.store().forEvent(event));
      return found.store().put(new Registration(event, found.user(), state, platform.now()));
    });
  }

  /**
   * Says the actor will not attend the event. If they held a place, the first on the waiting list
   * takes it, and is told so through the outbox ({@code item.place_offered}, in the same
   * transaction) if they may still see the event when the notification is sent.
   *
   * @param actor who declines
   * @param event the event's id
   * @return the actor's registration, {@code NOT_ATTENDING}
   * @throws NotFoundException if there is no such event or the actor may not see it
   * @throws AccessDeniedException if the actor is anonymous
   * @throws ValidationException if the item is not an event ({@code itemId}, {@code event})
   */
  public Registration decline(Actor actor, ItemId event) {
    return write(actor, event, found -> {
      Optional<Registration> mine = found.store().get(event, found.user());
      if (mine.filter(r -> r.state() == State.NOT_ATTENDING).isPresent()) {
        return mine.get();
      }
      Registration declined = found.store().put(new Registration(event, found.user(), State.NOT_ATTENDING,
          platform.now()));
      for (Registration moved : WaitingList.promote(found.event(), found.store(), platform.now())) {
        found.outbox().add(NotificationTopic.placeOffered(found.event(), moved.user(), actor.user(), platform.now()));
      }
      return declined;
    });
  }

  /**
   * The actor's own registration for the event, if they answered.
   *
   * @param actor who asks
   * @param event the event's id
   * @return the registration, or empty
   * @throws NotFoundException if there is no such event or the actor may not see it
   */
  public Optional<Registration> mine(Actor actor, ItemId event) {
    Checks.required(actor, "actor");
    event(actor, event);
    return actor.user().flatMap(user -> platform.storage().read(tx -> tx.registrations().get(event, user)));
  }

  /**
   * How many attend, wait and declined, and the capacity.
   *
   * @param actor who asks
   * @param event the event's id
   * @return the counts
   * @throws NotFoundException if there is no such event or the actor may not see it
   * @throws ValidationException if the item is not an event ({@code itemId}, {@code event})
   */
  public RegistrationCounts counts(Actor actor, ItemId event) {
    Checks.required(actor, "actor");
    Event seen = event(actor, event);
    List<Registration> all = platform.storage().read(tx -> tx.registrations().forEvent(event));
    return new RegistrationCounts((int) WaitingList.count(all, State.ATTENDING),
        (int) WaitingList.count(all, State.WAITING), (int) WaitingList.count(all, State.NOT_ATTENDING),
        seen.capacity());
  }

  /**
   * Who answered, in the order they took their state (so the waiting list in its order).
   *
   * @param actor the event's author, a moderator of its community or a platform admin
   * @param event the event's id
   * @return the registrations, possibly none
   * @throws NotFoundException if there is no such event or the actor may not see it
   * @throws AccessDeniedException if the actor is not the event's author, does not moderate its
   *     community and is not a platform admin
   */
  public List<Registration> registrations(Actor actor, ItemId event) {
    Checks.required(actor, "actor");
    Event seen = event(actor, event);
    AccessContext context = platform.access().context(actor, seen.community());
    boolean moderates = context.membership().filter(m -> m.isActive()
        && context.community().permissions().grants(m.role(), Permission.MODERATE)).isPresent();
    if (!actor.is(seen.author()) && !moderates && !actor.isPlatformAdmin()) {
      throw new AccessDeniedException("author-or-moderators-only", Map.of(),
          "only the author and moderators of " + ItemAccess.what(event)
          + " see who registered");
    }
    return platform.storage().read(tx -> tx.registrations().forEvent(event));
  }

  private Event event(Actor actor, ItemId id) {
    if (!(items.read(actor, Checks.required(id, "event")) instanceof Event event)) {
      throw new ValidationException("itemId", "event", ItemAccess.what(id) + " is not a event");
    }
    return event;
  }

  /** The event, its registrations, the outbox and the acting user, inside a write. */
  private record Found(Event event, RegistrationStore store, OutboxStore outbox, UserId user) {}

  /** Runs a registration write, again in a fresh transaction if a concurrent one for the event won. */
  private Registration write(Actor actor, ItemId event, Function<Found, Registration> body) {
    Checks.required(actor, "actor");
    Checks.required(event, "event");
    return Contention.retry(() -> items.change(actor, event, Event.class, Action.VIEW_ITEM, (work, found) -> {
      if (actor.user().isEmpty()) {
        throw new AccessDeniedException(Reason.SIGN_IN_REQUIRED.code(), Map.of(),
            "sign in to register for " + ItemAccess.what(event));
      }
      return body.apply(new Found((Event) found.item(), work.tx().registrations(), work.tx().outbox(),
          actor.user().get()));
    }));
  }
}
