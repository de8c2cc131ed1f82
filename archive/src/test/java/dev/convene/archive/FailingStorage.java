package dev.convene.archive;

import dev.convene.core.model.CommunityId;
import dev.convene.core.model.UserId;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.AuditLog;
import dev.convene.storage.ChangeLog;
import dev.convene.storage.CommunityStore;
import dev.convene.storage.DigestStore;
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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A store whose audit log fails to anonymise the first {@code failures} times it is asked: the last
 * write of an erasure, so that every other write of it has been made when the failure comes.
 */
final class FailingStorage implements Storage {
  private final Storage store;
  private final Supplier<RuntimeException> failure;
  private final AtomicInteger failures;
  /** How many times an anonymisation was asked for, failed or not. */
  final AtomicInteger asked = new AtomicInteger();

  FailingStorage(Storage store, Supplier<RuntimeException> failure, int failures) {
    this.store = store;
    this.failure = failure;
    this.failures = new AtomicInteger(failures);
  }

  @Override
  public String name() {
    return "failing " + store.name();
  }

  @Override
  public <T> T inTransaction(Function<? super Transaction, ? extends T> work) {
    return store.inTransaction(tx -> work.apply(new Failing(tx)));
  }

  @Override
  public <T> T read(Function<? super Transaction, ? extends T> work) {
    return store.read(work);
  }

  private final class Failing implements Transaction {
    private final Transaction tx;

    Failing(Transaction tx) {
      this.tx = tx;
    }

    @Override public boolean isReadOnly() { return tx.isReadOnly(); }
    @Override public CommunityStore communities() { return tx.communities(); }
    @Override public MembershipStore memberships() { return tx.memberships(); }
    @Override public ItemStore items() { return tx.items(); }
    @Override public TaxonomyStore taxonomy() { return tx.taxonomy(); }
    @Override public SubscriptionStore subscriptions() { return tx.subscriptions(); }
    @Override public RegistrationStore registrations() { return tx.registrations(); }
    @Override public GuidelinesStore guidelines() { return tx.guidelines(); }
    @Override public VoteStore votes() { return tx.votes(); }
    @Override public ReportStore reports() { return tx.reports(); }
    @Override public DigestStore digests() { return tx.digests(); }
    @Override public OutboxStore outbox() { return tx.outbox(); }
    @Override public ChangeLog changes() { return tx.changes(); }

    @Override
    public AuditLog audit() {
      AuditLog audit = tx.audit();
      return new AuditLog() {
        @Override public AuditEntry append(AuditEntry entry) { return audit.append(entry); }
        @Override public Page<AuditEntry> forCommunity(CommunityId c, PageRequest p) { return audit.forCommunity(c, p); }
        @Override public Page<AuditEntry> forPlatform(PageRequest p) { return audit.forPlatform(p); }
        @Override public Page<AuditEntry> about(UserId user, PageRequest p) { return audit.about(user, p); }

        @Override
        public int anonymise(UserId user, UserId pseudonym) {
          asked.incrementAndGet();
          if (failures.getAndDecrement() > 0) {
            throw failure.get();
          }
          return audit.anonymise(user, pseudonym);
        }
      };
    }
  }
}
