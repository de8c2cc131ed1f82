package dev.convene.storage;

import dev.convene.core.taxonomy.Taxonomy;

/**
 * The taxonomy, stored as one versioned aggregate: an import or an edit replaces it whole, so it is
 * all-or-nothing. Every replace appends a {@link ChangeEntry} ({@link EntityKind#TAXONOMY}, {@link
 * ChangeKind#UPDATED}) in the same transaction. Obtained from {@link Transaction#taxonomy()}.
 */
public interface TaxonomyStore {

  /**
   * The stored taxonomy and its version; the empty taxonomy at version 0 in a new store.
   *
   * @return the taxonomy with its version
   */
  StoredTaxonomy current();

  /**
   * Replaces the taxonomy and returns what is stored, one version up.
   *
   * @param taxonomy the new taxonomy
   * @param expectedVersion the version {@link #current()} returned, 0 for a store that has none
   * @return the stored taxonomy with its new version
   * @throws dev.convene.core.ValidationException if {@code taxonomy} is missing or {@code
   *     expectedVersion} negative
   * @throws dev.convene.core.ConflictException if the stored version is not {@code expectedVersion}
   */
  StoredTaxonomy replace(Taxonomy taxonomy, long expectedVersion);
}
