package dev.convene.storage.memory;

import dev.convene.core.internal.Checks;
import dev.convene.core.taxonomy.Taxonomy;
import dev.convene.storage.ChangeEntry;
import dev.convene.storage.ChangeKind;
import dev.convene.storage.EntityKind;
import dev.convene.storage.StoredTaxonomy;
import dev.convene.storage.TaxonomyStore;
import java.util.Optional;

/** The taxonomy of an in-memory store: one immutable value in one cell. */
final class MemoryTaxonomy extends MemoryStore implements TaxonomyStore {
  MemoryTaxonomy(MemoryTransaction tx) {
    super(tx);
  }

  @Override
  public StoredTaxonomy current() {
    return tx.read(tables.taxonomy::get);
  }

  @Override
  public StoredTaxonomy replace(Taxonomy taxonomy, long expectedVersion) {
    Checks.required(taxonomy, "taxonomy");
    Checks.check(expectedVersion >= 0, "expectedVersion", "non-negative", "must not be negative");
    return tx.write(() -> {
      long stored = tables.taxonomy.get().version();
      Rows.checkVersion("the taxonomy", stored, expectedVersion);
      StoredTaxonomy next = new StoredTaxonomy(taxonomy, stored + 1);
      tables.taxonomy.set(next, tx.undo());
      tx.logChange(EntityKind.TAXONOMY, ChangeEntry.TAXONOMY_ID, Optional.empty(), ChangeKind.UPDATED);
      return next;
    });
  }
}
