package dev.convene.search.internal;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where the store stands when an index opens: its id and its change log's last sequence, against
 * which the position an index recorded in its commit data is checked.
 *
 * @param id the store's id
 * @param last the store's last change-log sequence
 */
record StoreCheck(UUID id, long last) {

  /**
   * Why an index that recorded {@code recordedStore} (null for an index written before store ids were
   * recorded, taken to belong to this store) and applied up to {@code applied} cannot go on following
   * this store, if it cannot.
   */
  Optional<String> refusal(@Nullable String recordedStore, long applied) {
    if (recordedStore != null && !recordedStore.equals(id.toString())) {
      return Optional.of("it was built from another store (" + recordedStore + ", not " + id + ")");
    }
    if (applied > last) {
      return Optional.of("it has applied the change log up to sequence " + applied + ", but the store's ends at "
          + last + ": the store lost writes or was restored from an older backup");
    }
    return Optional.empty();
  }
}
