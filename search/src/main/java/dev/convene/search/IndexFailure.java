package dev.convene.search;

import dev.convene.core.internal.Checks;
import java.time.Instant;

/**
 * An item or community the index could not index: its document could not be read from the store,
 * built or written. The index skipped it and went on; it tries again when the item or community
 * changes, and on a {@linkplain SearchIndex#rebuild rebuild}. Until then searches do not find it
 * (its old document, if any, is removed, so that no search sees a state the store has left).
 *
 * <p>For operators only: the reason may quote the stored content, so never show it to a reader.
 *
 * @param kind whether it is an item or a community
 * @param id the item's or community's id
 * @param sequence the change-log sequence whose change could not be indexed, or the sequence a
 *     rebuild started from
 * @param reason the exception's type and message
 * @param at when it failed, by the index's clock
 */
public record IndexFailure(HitKind kind, String id, long sequence, String reason, Instant at) {

  /** Validates the failure. */
  public IndexFailure {
    Checks.required(kind, "kind");
    Checks.required(id, "id");
    Checks.check(sequence >= 0, "sequence", "non-negative", "must not be negative");
    Checks.required(reason, "reason");
    Checks.required(at, "at");
  }
}
