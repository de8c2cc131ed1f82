package dev.convene.storage.jdbc.internal;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.ReplyId;
import dev.convene.core.model.UserId;
import dev.convene.storage.OutboxEntry;
import dev.convene.storage.OutboxStore;
import dev.convene.storage.internal.Args;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The notification outbox of a JDBC store: ids from an identity column, never reused. A claim locks
 * the rows it takes with {@code FOR UPDATE SKIP LOCKED}, so that senders on several nodes claiming at
 * the same moment take different rows instead of waiting for each other; every later change is
 * conditional on the claimant, so a sender whose lease passed to another changes nothing.
 */
final class JdbcOutbox implements OutboxStore {
  private static final String COLUMNS = "id, kind, community_id, item_id, reply_id, member_id, actor_id,"
      + " important, at, attempts, due_at, after_user_id";
  private static final String HELD = " WHERE id = ? AND claimed_by = ?";

  private final JdbcTransaction tx;
  private final Tables t;

  JdbcOutbox(JdbcTransaction tx) {
    this.tx = tx;
    this.t = tx.tables();
  }

  @Override
  public OutboxEntry add(OutboxEntry e) {
    Checks.required(e, "entry");
    Checks.check(e.id() == 0, "id", "new-id", "must be 0: the store assigns it");
    return tx.write(() -> {
      long id = tx.sql().insertReturningKey("INSERT INTO " + t.outbox() + " (kind, community_id, item_id, reply_id,"
          + " member_id, actor_id, important, at, attempts, due_at, after_user_id)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          e.kind(), e.community(), Sql.text(e.item()), Sql.text(e.reply()), Sql.text(e.member()), Sql.text(e.actor()),
          e.important(), e.at(), e.attempts(), e.due(), Sql.text(e.after()));
      return new OutboxEntry(id, e.kind(), e.community(), e.item(), e.reply(), e.member(), e.actor(), e.important(),
          Times.stored(e.at()), e.attempts(), Times.stored(e.due()), e.after());
    });
  }

  @Override
  public List<OutboxEntry> claim(String claimant, Instant now, Duration lease, int limit) {
    Args.claim(claimant, now, lease, limit);
    return tx.write(() -> {
      List<OutboxEntry> due = tx.sql().list("SELECT " + COLUMNS + " FROM " + t.outbox()
          + " WHERE due_at <= ? AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY id LIMIT ?"
          + " FOR UPDATE SKIP LOCKED", JdbcOutbox::entry, now, now, limit);
      // each entry is taken only if it is still free when its row is written: should the database
      // hand this claim a row that a concurrent claim took and committed meanwhile (H2 has been seen
      // to, under load), the row stays with that claimant instead of being taken twice
      int[] updated = tx.sql().batch("UPDATE " + t.outbox() + " SET claimed_by = ?, claimed_until = ? WHERE id = ?"
          + " AND (claimed_until IS NULL OR claimed_until < ?)",
          due.stream().map(e -> new Object[] {claimant, now.plus(lease), e.id(), now}).toList());
      List<OutboxEntry> taken = new ArrayList<>(due.size());
      for (int i = 0; i < due.size(); i++) {
        if (updated[i] != 0) { // a driver that cannot count a batched statement answers SUCCESS_NO_INFO (-2)
          taken.add(due.get(i));
        }
      }
      return taken;
    });
  }

  @Override
  public boolean advance(long id, String claimant, UserId after, Instant until) {
    Args.claimant(claimant);
    Checks.required(after, "after");
    Checks.required(until, "until");
    return tx.write(() -> tx.sql().update("UPDATE " + t.outbox() + " SET after_user_id = ?, attempts = 0,"
        + " claimed_until = ?" + HELD, after, until, id, claimant) > 0);
  }

  @Override
  public boolean retry(long id, String claimant, Instant due) {
    Args.claimant(claimant);
    Checks.required(due, "due");
    return tx.write(() -> tx.sql().update("UPDATE " + t.outbox() + " SET attempts = attempts + 1, due_at = ?,"
        + " claimed_by = NULL, claimed_until = NULL" + HELD, due, id, claimant) > 0);
  }

  @Override
  public boolean complete(long id, String claimant) {
    Args.claimant(claimant);
    return tx.write(() -> tx.sql().update("DELETE FROM " + t.outbox() + HELD, id, claimant) > 0);
  }

  @Override
  public long newest() {
    return tx.read(() -> tx.sql().one("SELECT MAX(id) FROM " + t.outbox(), row -> row.getLong(1)).orElse(0L));
  }

  @Override
  public long countUpTo(long id) {
    return tx.read(() -> tx.sql().one("SELECT COUNT(*) FROM " + t.outbox() + " WHERE id <= ?", row -> row.getLong(1),
        id).orElse(0L));
  }

  @Override
  public int removeNaming(UserId user) {
    Checks.required(user, "user");
    return tx.write(() -> tx.sql().update("DELETE FROM " + t.outbox() + " WHERE actor_id = ? OR member_id = ?", user,
        user));
  }

  private static OutboxEntry entry(ResultSet row) throws SQLException {
    return new OutboxEntry(row.getLong("id"), row.getString("kind"), CommunityId.of(row.getString("community_id")),
        optional(row, "item_id").map(ItemId::of), optional(row, "reply_id").map(ReplyId::of),
        optional(row, "member_id").map(UserId::of),
        optional(row, "actor_id").map(UserId::of), row.getBoolean("important"), Times.read(row, "at"),
        row.getInt("attempts"), Times.read(row, "due_at"), optional(row, "after_user_id").map(UserId::of));
  }

  private static Optional<String> optional(ResultSet row, String column) throws SQLException {
    return Optional.ofNullable(row.getString(column));
  }
}
