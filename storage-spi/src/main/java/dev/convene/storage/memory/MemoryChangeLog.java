package dev.convene.storage.memory;

import dev.convene.core.internal.Checks;
import dev.convene.storage.ChangeEntry;
import dev.convene.storage.ChangeLog;
import dev.convene.storage.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The change log of an in-memory store; its sequences have no gaps. */
final class MemoryChangeLog extends MemoryStore implements ChangeLog {
  MemoryChangeLog(MemoryTransaction tx) {
    super(tx);
  }

  @Override
  public List<ChangeEntry> since(long afterSequence, int limit) {
    Checks.check(afterSequence >= 0, "afterSequence", "non-negative", "must not be negative");
    Checks.check(limit >= 1 && limit <= PageRequest.MAX_LIMIT, "limit", "range",
        Map.of("min", 1, "max", PageRequest.MAX_LIMIT), "must be 1 to %d, not %d",
        PageRequest.MAX_LIMIT, limit);
    return tx.read(() -> tables.changes.rows().tailMap(afterSequence, false).values().stream().limit(limit).toList());
  }

  @Override
  public long lastSequence() {
    return tx.read(() -> tables.changes.rows().isEmpty() ? 0L : tables.changes.rows().lastKey());
  }

  @Override
  public UUID storeId() {
    return tx.read(() -> tables.storeId);
  }
}
