package dev.convene.storage;

import dev.convene.core.internal.Checks;
import dev.convene.core.taxonomy.Taxonomy;

/**
 * The stored taxonomy and its version: the taxonomy is one aggregate, replaced as a whole.
 *
 * @param taxonomy the taxonomy; {@link Taxonomy#empty()} before the first replace
 * @param version 0 before the first replace, then one more with each
 */
public record StoredTaxonomy(Taxonomy taxonomy, long version) {

  /**
   * Validates the value.
   *
   * @throws dev.convene.core.ValidationException if the taxonomy is missing or the version negative
   */
  public StoredTaxonomy {
    Checks.required(taxonomy, "taxonomy");
    Checks.check(version >= 0, "version", "non-negative", "must not be negative");
  }

  /**
   * The empty taxonomy at version 0: what a new store holds.
   *
   * @return the initial taxonomy
   */
  public static StoredTaxonomy initial() {
    return new StoredTaxonomy(Taxonomy.empty(), 0);
  }
}
