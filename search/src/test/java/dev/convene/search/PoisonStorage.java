package dev.convene.search;

import dev.convene.core.model.ConceptId;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.UserId;
import dev.convene.storage.AuditLog;
import dev.convene.storage.ChangeLog;
import dev.convene.storage.CommunityStore;
import dev.convene.storage.DigestStore;
import dev.convene.storage.ItemQuery;
import dev.convene.storage.GuidelinesStore;
import dev.convene.storage.ItemStore;
import dev.convene.storage.MembershipStore;
import dev.convene.storage.OutboxStore;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import dev.convene.storage.Storage;
import dev.convene.storage.RegistrationStore;
import dev.convene.storage.ReportStore;
import dev.convene.storage.SubscriptionStore;
import dev.convene.storage.TaxonomyStore;
import dev.convene.storage.Transaction;
import dev.convene.storage.VoteStore;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A store whose reading of some items fails, as a row the store can no longer decode would: the
 * poison items are in the store and in its change log, but reading one by id throws. Listings still
 * return them, as a store that decodes rows one by one might, unless {@link #listingsFail}.
 */
final class PoisonStorage implements Storage {
  final Set<ItemId> poisoned = ConcurrentHashMap.newKeySet();
  /** Whether a listing that holds a poison item fails too, as a store that decodes a page at once does. */
  volatile boolean listingsFail;
  /**
   * Whether a failed read spoils its transaction, whose end then fails too, as a database ends a
   * transaction in which a statement failed.
   */
  volatile boolean readsSpoil;
  /** How many times a transaction's membership store was asked for. */
  final java.util.concurrent.atomic.AtomicInteger membershipReads = new java.util.concurrent.atomic.AtomicInteger();
  /** How many read transactions were opened. */
  final java.util.concurrent.atomic.AtomicInteger readTransactions = new java.util.concurrent.atomic.AtomicInteger();
  /** Whether the store counts the write transactions run through it, as the JDBC store does. */
  volatile boolean countsWrites;
  /** How many write transactions were run through it. */
  final java.util.concurrent.atomic.AtomicLong writes = new java.util.concurrent.atomic.AtomicLong();
  /** How many times its last sequence was asked for outside a transaction. */
  final java.util.concurrent.atomic.AtomicInteger lastSequenceAsked = new java.util.concurrent.atomic.AtomicInteger();
  /** The change log as the store shows it, from the one it holds: as it is unless a test says otherwise. */
  volatile java.util.function.UnaryOperator<ChangeLog> logView = log -> log;
  private final Storage store;

  PoisonStorage(Storage store) {
    this.store = store;
  }

  @Override
  public String name() {
    return "poisoned " + store.name();
  }

  @Override
  public <T extends @Nullable Object> T inTransaction(Function<? super Transaction, ? extends T> work) {
    try {
      return store.inTransaction(tx -> work.apply(new PoisonTransaction(tx)));
    } finally {
      writes.incrementAndGet();
    }
  }

  @Override
  public java.util.OptionalLong writesEnded() {
    return countsWrites ? java.util.OptionalLong.of(writes.get()) : java.util.OptionalLong.empty();
  }

  /** The last sequence of the log as shown, read apart as a store's single statement would be: not counted. */
  @Override
  public long lastSequence() {
    lastSequenceAsked.incrementAndGet();
    return store.read(tx -> logView.apply(tx.changes()).lastSequence());
  }

  @Override
  public <T extends @Nullable Object> T read(Function<? super Transaction, ? extends T> work) {
    readTransactions.incrementAndGet();
    return store.read(tx -> {
      PoisonTransaction poison = new PoisonTransaction(tx);
      T result = work.apply(poison);
      if (readsSpoil && poison.spoilt) {
        throw new IllegalStateException("current transaction is aborted: a statement in it failed");
      }
      return result;
    });
  }

  private final class PoisonTransaction implements Transaction {
    private final Transaction tx;
    private boolean spoilt;

    PoisonTransaction(Transaction tx) {
      this.tx = tx;
    }

    @Override
    public boolean isReadOnly() {
      return tx.isReadOnly();
    }

    @Override
    public CommunityStore communities() {
      return tx.communities();
    }

    @Override
    public MembershipStore memberships() {
      membershipReads.incrementAndGet();
      return tx.memberships();
    }

    @Override
    public ItemStore items() {
      ItemStore items = tx.items();
      return new ItemStore() {
        @Override
        public Optional<Item> get(ItemId id) {
          Optional<Item> item = items.get(id);
          if (item.isPresent() && poisoned.contains(id)) {
            spoilt = true;
            throw new IllegalStateException("row " + id + " cannot be decoded: year 1000000000 is out of range");
          }
          return item;
        }

        @Override
        public Item insert(Item item) {
          return items.insert(item);
        }

        @Override
        public Item update(Item item) {
          return items.update(item);
        }

        @Override
        public void delete(ItemId id, long expectedVersion) {
          items.delete(id, expectedVersion);
        }

        @Override
        public Page<Item> list(ItemQuery query, PageRequest page) {
          Page<Item> listed = items.list(query, page);
          if (listingsFail && listed.items().stream().anyMatch(item -> poisoned.contains(item.id()))) {
            throw new IllegalStateException("a row of this page cannot be decoded");
          }
          return listed;
        }

        @Override
        public Page<Item> byConcept(ConceptId concept, PageRequest page) {
          return items.byConcept(concept, page);
        }

        @Override
        public Page<Item> involving(UserId user, PageRequest page) {
          return items.involving(user, page);
        }
      };
    }

    @Override
    public TaxonomyStore taxonomy() {
      return tx.taxonomy();
    }

    @Override
    public AuditLog audit() {
      return tx.audit();
    }

    @Override
    public SubscriptionStore subscriptions() {
      return tx.subscriptions();
    }

    @Override
    public RegistrationStore registrations() {
      return tx.registrations();
    }

    @Override
    public GuidelinesStore guidelines() {
      return tx.guidelines();
    }

    public VoteStore votes() {
      return tx.votes();
    }

    public ReportStore reports() {
      return tx.reports();
    }

    @Override
    public DigestStore digests() {
      return tx.digests();
    }

    @Override
    public ChangeLog changes() {
      return logView.apply(tx.changes());
    }

    @Override
    public OutboxStore outbox() {
      return tx.outbox();
    }
  }
}
