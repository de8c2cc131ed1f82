package dev.convene.storage.jdbc.internal;

import dev.convene.core.model.CommunityId;
import dev.convene.storage.ChangeKind;
import dev.convene.storage.EntityKind;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The change-log entries of one writing transaction, kept until it commits. Numbering them then,
 * under a lock held until the commit, is what keeps a follower of the log from skipping an entry:
 * a transaction can take numbers only after every transaction that took lower numbers has ended, so
 * the log's numbers follow the order in which transactions commit. A transaction that rolls back
 * before committing takes no number at all.
 */
final class ChangeBuffer {
  private record Pending(Instant at, EntityKind kind, String id, Optional<CommunityId> community, ChangeKind op) {}

  private final List<Pending> pending = new ArrayList<>();
  private boolean locked;

  void add(Instant at, EntityKind kind, String id, Optional<CommunityId> community, ChangeKind op) {
    pending.add(new Pending(at, kind, id, community, op));
  }

  /**
   * Numbers and writes the pending entries, in the order they were added, in one batch. The first
   * call that writes takes the numbering lock (a row lock on the one row of the lock table), which
   * the transaction then holds until it ends.
   */
  void flush(Sql sql, Tables tables) throws SQLException {
    if (pending.isEmpty()) {
      return;
    }
    if (!locked) {
      sql.one("SELECT id FROM " + tables.changeLock() + " WHERE id = 1 FOR UPDATE", row -> row.getInt(1));
      locked = true;
    }
    List<Object[]> rows = new ArrayList<>(pending.size());
    for (Pending entry : pending) {
      rows.add(new Object[] {entry.at(), entry.kind(), entry.id(), Sql.text(entry.community()), entry.op()});
    }
    sql.batch("INSERT INTO " + tables.change() + " (at, kind, entity_id, community_id, op) VALUES (?, ?, ?, ?, ?)",
        rows);
    pending.clear();
  }
}
