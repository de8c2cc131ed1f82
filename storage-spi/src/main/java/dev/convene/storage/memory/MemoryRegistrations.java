package dev.convene.storage.memory;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.UserId;
import dev.convene.storage.Registration;
import dev.convene.storage.RegistrationStore;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The registrations of an in-memory store, by event and then user. The store's lock serialises
 * writing transactions, so concurrent registrations for one event never interleave.
 */
final class MemoryRegistrations extends MemoryStore implements RegistrationStore {
  /** The order {@link #forEvent} promises. */
  private static final Comparator<Registration> ORDER = Comparator.comparing(Registration::at)
      .thenComparing(r -> r.user().value());

  MemoryRegistrations(MemoryTransaction tx) {
    super(tx);
  }

  /** The key of a registration: its event, then its user. */
  record Key(ItemId event, UserId user) {
    static final Comparator<Key> ORDER = Comparator.comparing(Key::event).thenComparing(k -> k.user().value());
  }

  @Override
  public Optional<Registration> get(ItemId event, UserId user) {
    Key key = key(event, user);
    return tx.read(() -> tables.registrations.get(key));
  }

  @Override
  public Registration put(Registration registration) {
    Checks.required(registration, "registration");
    return tx.write(() -> {
      if (!tables.items.contains(registration.event())) {
        throw Rows.notFound("item " + registration.event());
      }
      tables.registrations.put(key(registration.event(), registration.user()), registration, tx.undo());
      return registration;
    });
  }

  @Override
  public boolean delete(ItemId event, UserId user) {
    Key key = key(event, user);
    return tx.write(() -> {
      boolean present = tables.registrations.contains(key);
      tables.registrations.remove(key, tx.undo());
      return present;
    });
  }

  @Override
  public List<Registration> forEvent(ItemId event) {
    Checks.required(event, "event");
    return tx.read(() -> ofEvent(tables, event).map(Map.Entry::getValue).sorted(ORDER).toList());
  }

  @Override
  public List<Registration> forUser(UserId user) {
    Checks.required(user, "user");
    return tx.read(() -> tables.registrations.rows().values().stream().filter(r -> r.user().equals(user)).toList());
  }

  /** Deletes the registrations of a deleted event; only inside a write. */
  static void deleteForEvent(MemoryTransaction tx, ItemId event) {
    ofEvent(tx.tables(), event).map(Map.Entry::getKey).toList()
        .forEach(key -> tx.tables().registrations.remove(key, tx.undo()));
  }

  private static Stream<Map.Entry<Key, Registration>> ofEvent(Tables tables, ItemId event) {
    return tables.registrations.rows().entrySet().stream().filter(row -> row.getKey().event().equals(event));
  }

  private static Key key(ItemId event, UserId user) {
    return new Key(Checks.required(event, "event"), Checks.required(user, "user"));
  }
}
