package dev.convene.storage;

import java.util.List;
import java.util.UUID;

/**
 * The store's change log: one {@link ChangeEntry} for every insert, update and delete of a
 * community, membership, item or the taxonomy, appended in the transaction that made the write and
 * rolled back with it. The search index and the platform's policy cache follow it. Obtained from
 * {@link Transaction#changes()}.
 *
 * <p>Sequence numbers are unique and strictly increasing per store: a later write has a greater
 * number, within a transaction in the order of its writes.
 *
 * <p><b>Readers must tolerate gaps</b>, and some stores can show them out of order. A database
 * store may draw numbers from a sequence when it writes, not when it commits: a rolled-back
 * transaction then leaves numbers unused for ever, and of two concurrent transactions the one with
 * the lower numbers may commit last, so that its entries appear below a sequence a reader has
 * already passed. A reader that must see every entry keeps re-reading a window below its position
 * for a while, or waits until every transaction that began before its last read has ended. The
 * in-memory store runs its writing transactions one at a time and leaves no gap.
 */
public interface ChangeLog {

  /**
   * At most {@code limit} entries with a sequence above {@code afterSequence}, in sequence order.
   * Pass 0 to read from the start, then the last sequence read.
   *
   * @param afterSequence the last sequence already read, or 0
   * @param limit the most entries to return
   * @return the entries, possibly none
   * @throws dev.convene.core.ValidationException if {@code afterSequence} is negative ({@code
   *     afterSequence}, {@code non-negative}) or {@code limit} is not 1 to {@value PageRequest#MAX_LIMIT}
   *     ({@code limit}, {@code range})
   */
  List<ChangeEntry> since(long afterSequence, int limit);

  /**
   * The greatest sequence this transaction sees, or 0 if it sees no entry. A reader that has applied
   * a greater sequence is ahead of the store: the store lost writes, or was restored from an older
   * backup.
   *
   * @return the last sequence, or 0
   */
  long lastSequence();

  /**
   * The store's identity: a random id created once with the store (its database, for a database
   * store; the instance, for an in-memory one) and the same in every transaction for the store's
   * life. A reader that records its position records this id beside it, so that it notices when it
   * is opened against another store.
   *
   * @return the store's id
   */
  UUID storeId();
}
