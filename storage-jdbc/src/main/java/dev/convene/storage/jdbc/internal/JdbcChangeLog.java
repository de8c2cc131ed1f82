package dev.convene.storage.jdbc.internal;

import dev.convene.core.ConveneException;
import dev.convene.core.internal.Checks;
import dev.convene.core.model.CommunityId;
import dev.convene.storage.ChangeEntry;
import dev.convene.storage.ChangeKind;
import dev.convene.storage.ChangeLog;
import dev.convene.storage.EntityKind;
import dev.convene.storage.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The change log of a JDBC store. Entries are numbered when their transaction commits ({@link
 * ChangeBuffer}); a writing transaction that reads the log numbers its own entries first, so that it
 * sees them, and from then on holds the numbering lock until it ends.
 */
final class JdbcChangeLog implements ChangeLog {
  private final JdbcTransaction tx;
  private final Tables t;

  JdbcChangeLog(JdbcTransaction tx) {
    this.tx = tx;
    this.t = tx.tables();
  }

  @Override
  public List<ChangeEntry> since(long afterSequence, int limit) {
    Checks.check(afterSequence >= 0, "afterSequence", "non-negative", "must not be negative");
    Checks.check(limit >= 1 && limit <= PageRequest.MAX_LIMIT, "limit", "range",
        Map.of("min", 1, "max", PageRequest.MAX_LIMIT), "must be 1 to %d, not %d",
        PageRequest.MAX_LIMIT, limit);
    return tx.read(() -> {
      tx.flushChanges();
      return tx.sql().list("SELECT sequence, at, kind, entity_id, community_id, op FROM " + t.change()
          + " WHERE sequence > ? ORDER BY sequence LIMIT ?", JdbcChangeLog::entry, afterSequence, limit);
    });
  }

  @Override
  public long lastSequence() {
    return tx.read(() -> {
      tx.flushChanges();
      return tx.sql().one("SELECT COALESCE(MAX(sequence), 0) FROM " + t.change(), row -> row.getLong(1)).orElse(0L);
    });
  }

  @Override
  public UUID storeId() {
    return tx.read(() -> tx.sql().one("SELECT CAST(store_id AS VARCHAR(36)) FROM " + t.store() + " WHERE id = 1",
        row -> UUID.fromString(row.getString(1)))
        .orElseThrow(() -> new ConveneException("database.identity-missing", Map.of(),
            "the store has no identity row in " + t.store())));
  }

  private static ChangeEntry entry(ResultSet row) throws SQLException {
    return new ChangeEntry(row.getLong("sequence"), Times.read(row, "at"), EntityKind.valueOf(row.getString("kind")),
        row.getString("entity_id"), Optional.ofNullable(row.getString("community_id")).map(CommunityId::of),
        ChangeKind.valueOf(row.getString("op")));
  }
}
