package dev.convene.search.internal;

import dev.convene.storage.ChangeEntry;
import dev.convene.storage.EntityKind;
import dev.convene.storage.Storage;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The ids of every community or item the change log names up to a sequence: those the store holds,
 * and those it deleted since. A rebuild reads them one by one when the store cannot list them.
 */
final class LoggedIds {
  private static final int PAGE = 1_000;

  private LoggedIds() {}

  static SortedSet<String> of(Storage storage, EntityKind kind, long upTo) {
    SortedSet<String> ids = new TreeSet<>();
    long after = 0;
    while (after < upTo) {
      long from = after;
      List<ChangeEntry> entries = storage.read(tx -> tx.changes().since(from, PAGE));
      if (entries.isEmpty()) {
        break;
      }
      for (ChangeEntry entry : entries) {
        if (entry.sequence() <= upTo && entry.kind() == kind) {
          ids.add(entry.id());
        }
      }
      after = entries.get(entries.size() - 1).sequence();
    }
    return ids;
  }
}
