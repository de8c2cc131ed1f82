package dev.convene.storage.memory;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.UserId;
import dev.convene.storage.Delivery;
import dev.convene.storage.DigestStore;
import dev.convene.storage.PendingNotification;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** The pending notifications of an in-memory store, by id. */
final class MemoryDigests extends MemoryStore implements DigestStore {
  private static final Comparator<PendingNotification> DIGEST_ORDER =
      Comparator.comparing(PendingNotification::recipient).thenComparingLong(PendingNotification::id);

  MemoryDigests(MemoryTransaction tx) {
    super(tx);
  }

  @Override
  public PendingNotification add(PendingNotification notification) {
    Checks.required(notification, "notification");
    Checks.check(notification.id() == 0, "id", "new-id", "must be 0: the store assigns it");
    return tx.write(() -> {
      PendingNotification stored = notification.withId(Rows.nextId(tables.lastDigestId, tx.undo()));
      tables.digests.put(stored.id(), stored, tx.undo());
      return stored;
    });
  }

  @Override
  public List<PendingNotification> due(Delivery delivery, Instant upTo) {
    Checks.required(delivery, "delivery");
    Checks.required(upTo, "upTo");
    return tx.read(() -> tables.digests.rows().values().stream()
        .filter(n -> n.delivery() == delivery && !n.at().isAfter(upTo))
        .sorted(DIGEST_ORDER)
        .toList());
  }

  @Override
  public int remove(Collection<Long> ids) {
    List<Long> removed = List.copyOf(Checks.noNulls(ids, "ids"));
    return tx.write(() -> {
      int count = 0;
      for (Long id : removed) {
        if (tables.digests.contains(id)) {
          tables.digests.remove(id, tx.undo());
          count++;
        }
      }
      return count;
    });
  }

  @Override
  public int removeFor(UserId recipient) {
    Checks.required(recipient, "recipient");
    return tx.write(() -> {
      List<Long> ids = tables.digests.rows().values().stream().filter(n -> n.recipient().equals(recipient))
          .map(PendingNotification::id).toList();
      ids.forEach(id -> tables.digests.remove(id, tx.undo()));
      return ids.size();
    });
  }
}
