package dev.convene.storage.jdbc.internal;

import dev.convene.storage.StoredTaxonomy;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The last committed taxonomy a transaction of one store read, kept with its version, so that a
 * transaction whose stored version is the same can use it instead of reading and decoding the whole
 * body again. The taxonomy is one row whose version goes up by one with every replace, and a
 * committed version has one body: a transaction reads the version (one small query on the same row,
 * so it takes part in the transaction's snapshot and conflicts exactly as reading the body would),
 * and the snapshot answers only for that version. Writes by another store on the same database raise
 * the version, so they are seen at the next read, never missed.
 *
 * <p>Only what a transaction read without having replaced the taxonomy itself is kept: that is a
 * committed state, whereas its own replace may still roll back. A replace that finds a version lower
 * than the one kept means the row was reset behind the store's back (a database emptied or restored
 * under a running store); the snapshot then forgets what it kept. A store that shares its database
 * with one that resets it this way should be started afresh after the reset.
 */
final class TaxonomySnapshot {
  private final AtomicReference<Optional<StoredTaxonomy>> last = new AtomicReference<>(Optional.empty());

  /** The taxonomy kept for {@code version}, if the one kept has that version. */
  Optional<StoredTaxonomy> at(long version) {
    return last.get().filter(s -> s.version() == version);
  }

  /** Forgets the taxonomy kept if it is newer than {@code version}, the version a replace found stored. */
  void forgetNewerThan(long version) {
    last.updateAndGet(kept -> kept.filter(s -> s.version() <= version));
  }

  /** Keeps {@code committed}, a committed taxonomy just read, unless a newer one is kept already. */
  void keep(StoredTaxonomy committed) {
    last.accumulateAndGet(Optional.of(committed),
        (kept, fresh) -> kept.isPresent() && kept.get().version() > committed.version() ? kept : fresh);
  }
}
