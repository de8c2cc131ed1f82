package dev.convene.storage.memory;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.UserId;
import dev.convene.storage.OutboxEntry;
import dev.convene.storage.OutboxStore;
import dev.convene.storage.internal.Args;
import dev.convene.storage.internal.People;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The notification outbox of an in-memory store, by id. Transactions run one at a time, so a claim
 * never meets another in progress.
 */
final class MemoryOutbox extends MemoryStore implements OutboxStore {

  /** An entry with its claim, if any. */
  record Row(OutboxEntry entry, Optional<String> claimant, Optional<Instant> until) {
    boolean claimable(Instant now) {
      return !entry.due().isAfter(now) && until.map(end -> end.isBefore(now)).orElse(true);
    }

    boolean heldBy(String name) {
      return claimant.filter(name::equals).isPresent();
    }
  }

  MemoryOutbox(MemoryTransaction tx) {
    super(tx);
  }

  @Override
  public OutboxEntry add(OutboxEntry entry) {
    Checks.required(entry, "entry");
    Checks.check(entry.id() == 0, "id", "new-id", "must be 0: the store assigns it");
    return tx.write(() -> {
      OutboxEntry stored = entry.withId(Rows.nextId(tables.lastOutboxId, tx.undo()));
      tables.outbox.put(stored.id(), new Row(stored, Optional.empty(), Optional.empty()), tx.undo());
      return stored;
    });
  }

  @Override
  public List<OutboxEntry> claim(String claimant, Instant now, Duration lease, int limit) {
    Args.claim(claimant, now, lease, limit);
    return tx.write(() -> {
      List<Row> due = tables.outbox.rows().values().stream().filter(row -> row.claimable(now)).limit(limit).toList();
      List<OutboxEntry> claimed = new ArrayList<>();
      for (Row row : due) {
        tables.outbox.put(row.entry().id(), new Row(row.entry(), Optional.of(claimant), Optional.of(now.plus(lease))),
            tx.undo());
        claimed.add(row.entry());
      }
      return claimed;
    });
  }

  @Override
  public boolean advance(long id, String claimant, UserId after, Instant until) {
    Args.claimant(claimant);
    Checks.required(after, "after");
    Checks.required(until, "until");
    return change(id, claimant, row -> new Row(row.entry().withProgress(0, row.entry().due(), Optional.of(after)),
        row.claimant(), Optional.of(until)));
  }

  @Override
  public boolean retry(long id, String claimant, Instant due) {
    Args.claimant(claimant);
    Checks.required(due, "due");
    return change(id, claimant, row -> new Row(row.entry().withProgress(row.entry().attempts() + 1, due,
        row.entry().after()), Optional.empty(), Optional.empty()));
  }

  @Override
  public boolean complete(long id, String claimant) {
    Args.claimant(claimant);
    return tx.write(() -> {
      boolean held = tables.outbox.get(id).filter(row -> row.heldBy(claimant)).isPresent();
      if (held) {
        tables.outbox.remove(id, tx.undo());
      }
      return held;
    });
  }

  @Override
  public long newest() {
    return tx.read(() -> tables.outbox.rows().isEmpty() ? 0L : tables.outbox.rows().lastKey());
  }

  @Override
  public long countUpTo(long id) {
    return tx.read(() -> (long) tables.outbox.rows().headMap(id, true).size());
  }

  @Override
  public int removeNaming(UserId user) {
    Checks.required(user, "user");
    return tx.write(() -> {
      List<Long> ids = tables.outbox.rows().values().stream().map(Row::entry)
          .filter(e -> People.names(e.actor(), user) || People.names(e.member(), user)).map(OutboxEntry::id).toList();
      ids.forEach(id -> tables.outbox.remove(id, tx.undo()));
      return ids.size();
    });
  }

  private boolean change(long id, String claimant, UnaryOperator<Row> change) {
    return tx.write(() -> {
      Optional<Row> row = tables.outbox.get(id).filter(r -> r.heldBy(claimant));
      row.ifPresent(r -> tables.outbox.put(id, change.apply(r), tx.undo()));
      return row.isPresent();
    });
  }
}
