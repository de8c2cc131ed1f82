package dev.convene.search.internal;

import dev.convene.storage.ChangeEntry;
import dev.convene.storage.ChangeLog;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where the store stands when an index opens, against which the position the index recorded in its
 * commit data is checked: the store's id, its change log's last sequence, and the entry the store now
 * holds at the sequence of the last entry the index applied (its anchor).
 *
 * @param id the store's id
 * @param last the store's last change-log sequence
 * @param atAnchor the anchor as the store now holds it: the entry at the recorded anchor's sequence,
 *     if there is one
 */
record StoreCheck(UUID id, long last, Optional<String> atAnchor) {

  /** Reads the store's position, and its entry at the sequence of {@code recordedAnchor} if given. */
  static StoreCheck read(ChangeLog log, @Nullable String recordedAnchor) {
    Optional<String> atAnchor = Optional.empty();
    if (recordedAnchor != null) {
      long sequence = Long.parseLong(recordedAnchor.substring(0, recordedAnchor.indexOf(' ')));
      atAnchor = log.since(sequence - 1, 1).stream().filter(e -> e.sequence() == sequence).findFirst()
          .map(StoreCheck::anchor);
    }
    return new StoreCheck(log.storeId(), log.lastSequence(), atAnchor);
  }

  /** How an entry is recorded as an anchor: its sequence first, then what it is about and when. */
  static String anchor(ChangeEntry entry) {
    return entry.sequence() + " " + entry.at() + " " + entry.kind() + " " + entry.op() + " " + entry.id();
  }

  /**
   * Why an index that recorded {@code recordedStore} (null for an index written before store ids were
   * recorded, taken to belong to this store), applied up to {@code applied} and last applied the entry
   * {@code recordedAnchor} (null if none was recorded) cannot go on following this store, if it
   * cannot.
   */
  Optional<String> refusal(@Nullable String recordedStore, long applied, @Nullable String recordedAnchor) {
    if (recordedStore != null && !recordedStore.equals(id.toString())) {
      return Optional.of("it was built from another store (" + recordedStore + ", not " + id + ")");
    }
    if (applied > last) {
      return Optional.of("it has applied the change log up to sequence " + applied + ", but the store's ends at "
          + last + ": the store lost writes or was restored from an older backup");
    }
    if (recordedAnchor != null && !atAnchor.equals(Optional.of(recordedAnchor))) {
      return Optional.of("the store's change log no longer holds the entry it applied last (" + recordedAnchor
          + "; now " + atAnchor.orElse("none") + "): the store was restored from an older backup and written to");
    }
    return Optional.empty();
  }
}
