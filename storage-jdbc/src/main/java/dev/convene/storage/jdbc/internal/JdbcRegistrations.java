package dev.convene.storage.jdbc.internal;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.UserId;
import dev.convene.storage.Registration;
import dev.convene.storage.RegistrationStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The registrations of a JDBC store, one row per event and user, deleted with their event.
 *
 * <p>Every write first raises the event's {@code registration_version}, as {@link RosterGuard} does
 * for a community's roster: under snapshot isolation, two transactions that read an event's
 * registrations and then each write one would otherwise both commit (write skew) and could overfill
 * the event; with the raise, the second fails as a serialization conflict and reads again.
 */
final class JdbcRegistrations implements RegistrationStore {
  private static final String COLUMNS = "item_id, user_id, state, at";

  private final JdbcTransaction tx;
  private final Tables t;

  JdbcRegistrations(JdbcTransaction tx) {
    this.tx = tx;
    this.t = tx.tables();
  }

  @Override
  public Optional<Registration> get(ItemId event, UserId user) {
    Checks.required(event, "event");
    Checks.required(user, "user");
    return tx.read(() -> tx.sql().one("SELECT " + COLUMNS + " FROM " + t.registration()
        + " WHERE item_id = ? AND user_id = ?", JdbcRegistrations::registration, event, user));
  }

  @Override
  public Registration put(Registration r) {
    Checks.required(r, "registration");
    return tx.write(() -> {
      claim(r.event());
      if (tx.sql().update("UPDATE " + t.registration() + " SET state = ?, at = ? WHERE item_id = ? AND user_id = ?",
          r.state(), r.at(), r.event(), r.user()) == 0) {
        tx.sql().update("INSERT INTO " + t.registration() + " (state, at, item_id, user_id) VALUES (?, ?, ?, ?)",
            r.state(), r.at(), r.event(), r.user());
      }
      return r.withState(r.state(), Times.stored(r.at()));
    });
  }

  @Override
  public boolean delete(ItemId event, UserId user) {
    Checks.required(event, "event");
    Checks.required(user, "user");
    return tx.write(() -> {
      if (!tx.sql().exists("SELECT 1 FROM " + t.registration() + " WHERE item_id = ? AND user_id = ?", event, user)) {
        return false;
      }
      claim(event);
      return tx.sql().update("DELETE FROM " + t.registration() + " WHERE item_id = ? AND user_id = ?", event, user) > 0;
    });
  }

  @Override
  public List<Registration> forEvent(ItemId event) {
    Checks.required(event, "event");
    return tx.read(() -> tx.sql().list("SELECT " + COLUMNS + " FROM " + t.registration()
        + " WHERE item_id = ? ORDER BY at, user_id", JdbcRegistrations::registration, event));
  }

  @Override
  public List<Registration> forUser(UserId user) {
    Checks.required(user, "user");
    return tx.read(() -> tx.sql().list("SELECT " + COLUMNS + " FROM " + t.registration()
        + " WHERE user_id = ? ORDER BY item_id", JdbcRegistrations::registration, user));
  }

  /** Raises the event's registration version, so that concurrent writes to its registrations collide. */
  private void claim(ItemId event) throws SQLException {
    if (tx.sql().update("UPDATE " + t.item() + " SET registration_version = registration_version + 1 WHERE id = ?",
        event) == 0) {
      throw Stores.notFound("item " + event);
    }
  }

  private static Registration registration(ResultSet row) throws SQLException {
    return new Registration(ItemId.of(row.getString("item_id")), UserId.of(row.getString("user_id")),
        Registration.State.valueOf(row.getString("state")), Times.read(row, "at"));
  }
}
