package dev.convene.storage.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/**
 * What the JDBC store promises beyond the storage contract, on one database: a change-log follower
 * never skips a late commit, concurrent roster changes collide, a transaction cut off mid-way leaves
 * nothing, every transaction reads one snapshot and gives its connection back as it came, any text
 * reads back equal from a stored body, and migrations run once however many start at once. One
 * nested class per promise, as in the contract kit.
 */
abstract class JdbcBehaviour {

  /** The database of the test class. */
  abstract TestDatabase database();

  /** Cuts {@code connection}, in use by a transaction, off from the database behind the store's back. */
  abstract void cutOff(Connection connection) throws SQLException;

  @Nested
  @DisplayName("Following the change log")
  class Following extends FollowingContract {
    Following() {
      super(JdbcBehaviour.this);
    }
  }

  @Nested
  @DisplayName("Concurrent roster changes")
  class Rosters extends RosterContract {
    Rosters() {
      super(JdbcBehaviour.this);
    }
  }

  @Nested
  @DisplayName("A transaction cut off mid-way")
  class CutOff extends CutOffContract {
    CutOff() {
      super(JdbcBehaviour.this);
    }
  }

  @Nested
  @DisplayName("Isolation")
  class Isolation extends IsolationContract {
    Isolation() {
      super(JdbcBehaviour.this);
    }
  }

  @Nested
  @DisplayName("Texts in stored bodies")
  class Bodies extends BodiesContract {
    Bodies() {
      super(JdbcBehaviour.this);
    }
  }

  @Nested
  @DisplayName("The taxonomy read once per version")
  class Taxonomies extends TaxonomySnapshotContract {
    Taxonomies() {
      super(JdbcBehaviour.this);
    }
  }

  @Nested
  @DisplayName("Migrations")
  class Migrations extends MigrationContract {
    Migrations() {
      super(JdbcBehaviour.this);
    }
  }
}
