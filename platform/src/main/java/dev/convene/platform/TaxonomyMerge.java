package dev.convene.platform;

import dev.convene.core.internal.Checks;
import dev.convene.storage.StoredTaxonomy;

/**
 * The outcome of {@link TaxonomyService#merge(dev.convene.core.model.Actor, dev.convene.core.taxonomy.Taxonomy)}.
 *
 * @param stored the taxonomy as stored after the merge, with its new version
 * @param change what the merge did: concepts added, updated, deprecated and removed
 */
public record TaxonomyMerge(StoredTaxonomy stored, TaxonomyChange change) {

  /** Validates the value. */
  public TaxonomyMerge {
    Checks.required(stored, "stored");
    Checks.required(change, "change");
  }
}
