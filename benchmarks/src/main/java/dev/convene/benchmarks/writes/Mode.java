package dev.convene.benchmarks.writes;

import java.util.Locale;

/**
 * How writes are grouped into transactions. The stores have no bulk write, so a batch is many single
 * writes in one transaction: what it saves is the transaction's own cost (borrowing and preparing a
 * connection, the change-log lock, the commit and, on PostgreSQL, the wait for the write-ahead log).
 */
enum Mode {
  /** One write per transaction. */
  SINGLE,
  /** {@code --batch} writes per transaction. */
  BATCHED;

  /** How many writes one transaction holds. */
  int perTransaction(int batch) {
    return this == SINGLE ? 1 : batch;
  }

  /** The name the report and the ids use. */
  String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
