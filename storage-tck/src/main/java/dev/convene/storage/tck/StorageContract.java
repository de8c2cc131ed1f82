package dev.convene.storage.tck;

import dev.convene.storage.Storage;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/**
 * The contract every {@link Storage} keeps, as JUnit 5 tests: one nested class per capability. An
 * implementation runs it by extending this class in its tests:
 *
 * <pre>{@code
 * class JdbcStorageTest extends StorageContract {
 *   protected Storage createStorage() { return JdbcStorage.create(freshDataSource()); }
 *   protected Set<Capability> capabilities() { return Set.of(); }
 * }
 * }</pre>
 *
 * <p>Each test gets a new store from {@link #createStorage()} and hands it back to {@link
 * #disposeStorage(Storage)} when it ends. The tests compare what they read with what they wrote and
 * the order of things, never wall-clock times, so the store may use any clock. The times they write
 * are whole milliseconds.
 */
public abstract class StorageContract {

  /** For subclasses. */
  protected StorageContract() {}

  /**
   * A new, empty store for one test. Called once for every test; the store must not share data with
   * any store returned before.
   *
   * @return a new, empty store that no other test uses
   */
  protected abstract Storage createStorage();

  /**
   * Releases a store {@link #createStorage()} returned, after its test; does nothing by default.
   *
   * @param storage the store to release, as {@link #createStorage()} returned it
   */
  protected void disposeStorage(Storage storage) {}

  /**
   * The optional capabilities the store has; none by default.
   *
   * @return the capabilities the store declares; the tests that need another one are skipped
   */
  protected Set<Capability> capabilities() {
    return Set.of();
  }

  @Nested
  @DisplayName("Communities")
  class Communities extends CommunityContract {
    Communities() {
      super(StorageContract.this);
    }
  }

  @Nested
  @DisplayName("Memberships")
  class Memberships extends MembershipContract {
    Memberships() {
      super(StorageContract.this);
    }
  }

  @Nested
  @DisplayName("Items")
  class Items extends ItemContract {
    Items() {
      super(StorageContract.this);
    }
  }

  @Nested
  @DisplayName("Listings and their filters")
  class Queries extends QueryContract {
    Queries() {
      super(StorageContract.this);
    }
  }

  @Nested
  @DisplayName("Paging")
  class Paging extends PagingContract {
    Paging() {
      super(StorageContract.this);
    }
  }

  @Nested
  @DisplayName("A person's data, across communities")
  class PersonalData extends PersonContract {
    PersonalData() {
      super(StorageContract.this);
    }
  }

  @Nested
  @DisplayName("Taxonomy")
  class Taxonomy extends TaxonomyContract {
    Taxonomy() {
      super(StorageContract.this);
    }
  }

  @Nested
  @DisplayName("Optimistic concurrency")
  class Concurrency extends ConcurrencyContract {
    Concurrency() {
      super(StorageContract.this);
    }
  }

  @Nested
  @DisplayName("Transactions and rollback")
  class Transactions extends TransactionContract {
    Transactions() {
      super(StorageContract.this);
    }
  }

  @Nested
  @DisplayName("Change log")
  class ChangeLog extends ChangeLogContract {
    ChangeLog() {
      super(StorageContract.this);
    }
  }

  @Nested
  @DisplayName("Store identity and position")
  class StoreIdentity extends StoreIdentityContract {
    StoreIdentity() {
      super(StorageContract.this);
    }
  }

  @Nested
  @DisplayName("Dates at the ends of the range")
  class DateRange extends DateRangeContract {
    DateRange() {
      super(StorageContract.this);
    }
  }

  @Nested
  @DisplayName("Audit log")
  class Audit extends AuditContract {
    Audit() {
      super(StorageContract.this);
    }
  }

  @Nested
  @DisplayName("Subscriptions")
  class Subscriptions extends SubscriptionContract {
    Subscriptions() {
      super(StorageContract.this);
    }
  }

  @Nested
  @DisplayName("Registrations")
  class Registrations extends RegistrationContract {
    Registrations() {
      super(StorageContract.this);
    }
  }

  @Nested
  @DisplayName("Guidelines")
  class GuidelinesVersions extends GuidelinesContract {
    GuidelinesVersions() {
      super(StorageContract.this);
    }
  }

  @Nested
  @DisplayName("Poll votes")
  class Votes extends VoteContract {
    Votes() {
      super(StorageContract.this);
    }
  }

  @Nested
  @DisplayName("Reports")
  class Reports extends ReportContract {
    Reports() {
      super(StorageContract.this);
    }
  }

  @Nested
  @DisplayName("Digests")
  class Digests extends DigestContract {
    Digests() {
      super(StorageContract.this);
    }
  }

  @Nested
  @DisplayName("Notification outbox")
  class Outbox extends OutboxContract {
    Outbox() {
      super(StorageContract.this);
    }
  }

  @Nested
  @DisplayName("Malformed input")
  class Validation extends ValidationContract {
    Validation() {
      super(StorageContract.this);
    }
  }
}
