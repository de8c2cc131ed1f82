package dev.convene.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.model.ConceptId;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.SchemeId;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.ConceptScheme;
import dev.convene.core.taxonomy.Taxonomy;
import dev.convene.storage.StoredTaxonomy;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A store reads the whole taxonomy only when its version is new to it, yet never answers with a
 * taxonomy another store on the same database has replaced, nor with one a rolled-back transaction
 * wrote.
 */
abstract class TaxonomySnapshotContract extends BehaviourSupport {
  private static final SchemeId THEMES = SchemeId.of("themes");

  TaxonomySnapshotContract(JdbcBehaviour kit) {
    super(kit);
  }

  private static Taxonomy themes(String... ids) {
    Taxonomy taxonomy = Taxonomy.empty().with(ConceptScheme.of(THEMES, LocalizedText.of("en", "Themes"),
        Locale.ENGLISH));
    for (String id : ids) {
      taxonomy = taxonomy.with(Concept.builder(ConceptId.of(id), THEMES).prefLabel("en", id).build());
    }
    return taxonomy;
  }

  private static List<ConceptId> ids(StoredTaxonomy stored) {
    return stored.taxonomy().concepts().stream().map(Concept::id).toList();
  }

  @Test
  @DisplayName("a concept another store on the same database removed is gone at this store's next read")
  void replacedThroughAnotherStore() {
    storage.useTransaction(tx -> tx.taxonomy().replace(themes("pensions", "water"), 0));
    assertEquals(List.of(ConceptId.of("pensions"), ConceptId.of("water")),
        storage.read(tx -> ids(tx.taxonomy().current())));

    JdbcStorage other = kit.database().storage();
    other.useTransaction(tx -> tx.taxonomy().replace(themes("pensions"), 1));

    StoredTaxonomy seen = storage.read(tx -> tx.taxonomy().current());
    assertEquals(2, seen.version());
    assertEquals(List.of(ConceptId.of("pensions")), ids(seen));
    assertEquals(Optional.empty(), seen.taxonomy().concept(ConceptId.of("water")));
  }

  @Test
  @DisplayName("a taxonomy read inside a transaction that then rolled back is never answered later")
  void rolledBackReplaceIsNotKept() {
    RuntimeException failure = new IllegalStateException("the work failed");
    assertThrows(IllegalStateException.class, () -> storage.useTransaction(tx -> {
      tx.taxonomy().replace(themes("ghost"), 0);
      assertEquals(List.of(ConceptId.of("ghost")), ids(tx.taxonomy().current()), "its own write, in the transaction");
      throw failure;
    }));
    // another store writes a different taxonomy at the version the rolled-back one had
    kit.database().storage().useTransaction(tx -> tx.taxonomy().replace(themes("water"), 0));

    StoredTaxonomy seen = storage.read(tx -> tx.taxonomy().current());
    assertEquals(1, seen.version());
    assertEquals(List.of(ConceptId.of("water")), ids(seen));
  }

  @Test
  @DisplayName("a transaction that began before another replaced the taxonomy still reads the one of its snapshot")
  void snapshotOfTheTransaction() {
    storage.useTransaction(tx -> tx.taxonomy().replace(themes("pensions"), 0));
    StoredTaxonomy seen = storage.read(tx -> {
      tx.changes().lastSequence(); // the snapshot starts here
      CompletableFuture.runAsync(() -> kit.database().storage()
          .useTransaction(other -> other.taxonomy().replace(themes("water"), 1))).join();
      return tx.taxonomy().current();
    });
    assertEquals(1, seen.version());
    assertEquals(List.of(ConceptId.of("pensions")), ids(seen));
    assertEquals(List.of(ConceptId.of("water")), storage.read(tx -> ids(tx.taxonomy().current())));
  }
}
