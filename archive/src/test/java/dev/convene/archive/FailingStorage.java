package dev.convene.archive;

import dev.convene.core.model.CommunityId;
import dev.convene.core.model.UserId;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.AuditLog;
import dev.convene.storage.ChangeLog;
import dev.convene.storage.CommunityStore;
import dev.convene.storage.DigestStore;
import dev.convene.storage.ItemStore;
import dev.convene.storage.MembershipStore;
import dev.convene.storage.OutboxStore;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import dev.convene.storage.Storage;
import dev.convene.storage.SubscriptionStore;
import dev.convene.storage.TaxonomyStore;
import dev.convene.storage.Transaction;
import java.util.function.Function;

/**
 * A store whose audit log fails to anonymise: the last write of an erasure, so that every other
 * write of it has been made when the failure comes.
 */
final class FailingStorage implements Storage {
  private final Storage store;

  FailingStorage(Storage store) {
    this.store = store;
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

  private record Failing(Transaction tx) implements Transaction {
    @Override public boolean isReadOnly() { return tx.isReadOnly(); }
    @Override public CommunityStore communities() { return tx.communities(); }
    @Override public MembershipStore memberships() { return tx.memberships(); }
    @Override public ItemStore items() { return tx.items(); }
    @Override public TaxonomyStore taxonomy() { return tx.taxonomy(); }
    @Override public SubscriptionStore subscriptions() { return tx.subscriptions(); }
    @Override public DigestStore digests() { return tx.digests(); }
    @Override public OutboxStore outbox() { return tx.outbox(); }
    @Override public ChangeLog changes() { return tx.changes(); }

    @Override
    public AuditLog audit() {
      AuditLog audit = tx.audit();
      return new AuditLog() {
        @Override public AuditEntry append(AuditEntry entry) { return audit.append(entry); }
        @Override public Page<AuditEntry> forCommunity(CommunityId c, PageRequest p) { return audit.forCommunity(c, p); }
        @Override public Page<AuditEntry> about(UserId user, PageRequest p) { return audit.about(user, p); }

        @Override
        public int anonymise(UserId user, UserId pseudonym) {
          throw new IllegalStateException("the audit log is unavailable");
        }
      };
    }
  }
}
