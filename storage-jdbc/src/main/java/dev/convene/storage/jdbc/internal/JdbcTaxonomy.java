package dev.convene.storage.jdbc.internal;

import dev.convene.core.internal.Checks;
import dev.convene.core.taxonomy.Taxonomy;
import dev.convene.storage.ChangeEntry;
import dev.convene.storage.ChangeKind;
import dev.convene.storage.EntityKind;
import dev.convene.storage.StoredTaxonomy;
import dev.convene.storage.TaxonomyStore;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The taxonomy of a JDBC store: one row, always there, holding the whole taxonomy as one body. A read
 * asks for the row's version first and takes the taxonomy from the store's {@link TaxonomySnapshot}
 * when it has that version; it reads and decodes the body only when the version is new to it.
 */
final class JdbcTaxonomy implements TaxonomyStore {
  private final JdbcTransaction tx;
  private final Tables t;
  private final TaxonomySnapshot snapshot;
  private boolean replaced;

  JdbcTaxonomy(JdbcTransaction tx, TaxonomySnapshot snapshot) {
    this.tx = tx;
    this.t = tx.tables();
    this.snapshot = snapshot;
  }

  @Override
  public StoredTaxonomy current() {
    return tx.read(() -> {
      if (replaced) {
        return readBody(); // this transaction's own, uncommitted taxonomy: never kept
      }
      long version = tx.sql().one("SELECT version FROM " + t.taxonomy() + " WHERE id = 1", row -> row.getLong(1))
          .orElseThrow(JdbcTaxonomy::missing);
      Optional<StoredTaxonomy> kept = snapshot.at(version);
      if (kept.isPresent()) {
        return kept.get();
      }
      StoredTaxonomy read = readBody();
      snapshot.keep(read);
      return read;
    });
  }

  private StoredTaxonomy readBody() throws SQLException {
    return tx.sql().one("SELECT body, version FROM " + t.taxonomy() + " WHERE id = 1",
        row -> new StoredTaxonomy(TaxonomyCodec.decode(row.getString(1)), row.getLong(2)))
        .orElseThrow(JdbcTaxonomy::missing);
  }

  private static IllegalStateException missing() {
    return new IllegalStateException("The taxonomy row is missing; was the schema migrated?");
  }

  @Override
  public StoredTaxonomy replace(Taxonomy taxonomy, long expectedVersion) {
    Checks.required(taxonomy, "taxonomy");
    Checks.check(expectedVersion >= 0, "expectedVersion", "non-negative", "must not be negative");
    return tx.write(() -> {
      long stored = tx.sql().one("SELECT version FROM " + t.taxonomy() + " WHERE id = 1", row -> row.getLong(1))
          .orElseThrow(JdbcTaxonomy::missing);
      Stores.checkVersion("the taxonomy", stored, expectedVersion);
      replaced = true;
      snapshot.forgetNewerThan(stored);
      Stores.changedOne(tx.sql().update("UPDATE " + t.taxonomy() + " SET body = ?, version = ? WHERE id = 1"
          + " AND version = ?", TaxonomyCodec.encode(taxonomy), stored + 1, stored), "the taxonomy");
      tx.logChange(EntityKind.TAXONOMY, ChangeEntry.TAXONOMY_ID, Optional.empty(), ChangeKind.UPDATED);
      return new StoredTaxonomy(taxonomy, stored + 1);
    });
  }
}
