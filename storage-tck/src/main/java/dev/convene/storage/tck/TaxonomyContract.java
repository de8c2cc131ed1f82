package dev.convene.storage.tck;

import static dev.convene.storage.tck.Fixtures.taxonomy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.ConflictException;
import dev.convene.core.taxonomy.Taxonomy;
import dev.convene.storage.StoredTaxonomy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The taxonomy: one aggregate, replaced whole, with optimistic concurrency. */
abstract class TaxonomyContract extends ContractSupport {
  TaxonomyContract(StorageContract kit) {
    super(kit);
  }

  @Test
  @DisplayName("a new store holds the empty taxonomy at version 0")
  void initial() {
    assertEquals(new StoredTaxonomy(Taxonomy.empty(), 0), read(t -> t.taxonomy().current()));
  }

  @Test
  @DisplayName("a replace stores the whole taxonomy at the next version, and it reads back equal")
  void replace() {
    StoredTaxonomy first = tx(t -> t.taxonomy().replace(taxonomy("Pensions", "Health"), 0));
    assertEquals(new StoredTaxonomy(taxonomy("Pensions", "Health"), 1), first);
    assertEquals(first, read(t -> t.taxonomy().current()));
    StoredTaxonomy second = tx(t -> t.taxonomy().replace(taxonomy("Energy"), 1));
    assertEquals(new StoredTaxonomy(taxonomy("Energy"), 2), second);
    assertEquals(second, read(t -> t.taxonomy().current()));
    assertEquals(new StoredTaxonomy(Taxonomy.empty(), 3), tx(t -> t.taxonomy().replace(Taxonomy.empty(), 2)));
  }

  @Test
  @DisplayName("a replace based on a stale version is refused and keeps the stored taxonomy")
  void staleReplace() {
    tx(t -> t.taxonomy().replace(taxonomy("Pensions"), 0));
    tx(t -> t.taxonomy().replace(taxonomy("Health"), 1));
    Snapshot before = snapshot();
    assertThrows(ConflictException.class, () -> tx(t -> t.taxonomy().replace(taxonomy("Energy"), 1)));
    assertThrows(ConflictException.class, () -> tx(t -> t.taxonomy().replace(taxonomy("Energy"), 0)));
    assertEquals(before, snapshot());
  }

  @Test
  @DisplayName("a replace based on a version never stored is refused")
  void futureVersion() {
    assertThrows(ConflictException.class, () -> tx(t -> t.taxonomy().replace(taxonomy("Energy"), 1)));
    assertEquals(new StoredTaxonomy(Taxonomy.empty(), 0), read(t -> t.taxonomy().current()));
  }
}
