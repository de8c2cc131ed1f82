package dev.convene.storage;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.CommunityId;
import java.time.Instant;
import java.util.Optional;

/**
 * One write of a versioned aggregate, as the {@link ChangeLog} records it. See {@link EntityKind}
 * for what {@code id} and {@code community} hold.
 *
 * @param sequence the store's number for it, unique and increasing; see {@link ChangeLog} for gaps
 * @param at when the store recorded it, by the store's clock
 * @param kind what was written
 * @param id which one
 * @param community the community it belongs to, empty for the taxonomy
 * @param op whether it was created, updated or deleted
 */
public record ChangeEntry(
    long sequence, Instant at, EntityKind kind, String id, Optional<CommunityId> community, ChangeKind op) {

  /** The id of every taxonomy change: there is one taxonomy. */
  public static final String TAXONOMY_ID = "taxonomy";

  /**
   * Validates the entry.
   *
   * @throws dev.convene.core.ValidationException if a value is missing or the sequence below 1
   */
  public ChangeEntry {
    Checks.check(sequence >= 1, "sequence", "positive", "must be 1 or more");
    Checks.required(at, "at");
    Checks.required(kind, "kind");
    Checks.id(id, "id");
    Checks.required(community, "community");
    Checks.required(op, "op");
    Checks.check(community.isEmpty() == (kind == EntityKind.TAXONOMY), "community", "kind-community",
        "a %s change %s a community", kind, kind == EntityKind.TAXONOMY ? "has no" : "needs");
  }
}
