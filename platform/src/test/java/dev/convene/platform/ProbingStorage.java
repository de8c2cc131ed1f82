package dev.convene.platform;

import dev.convene.core.ConflictException;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Membership;
import dev.convene.core.model.UserId;
import dev.convene.storage.AuditLog;
import dev.convene.storage.ChangeLog;
import dev.convene.storage.CommunityStore;
import dev.convene.storage.DigestStore;
import dev.convene.storage.GuidelinesStore;
import dev.convene.storage.ItemStore;
import dev.convene.storage.MemberQuery;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * A store that counts how often a whole roster is read ({@code memberships().all}) in writing
 * transactions, and whose next {@code failures} deletes of a membership of one community fail as a
 * store does when a concurrent transaction changed the row first, in the store's own words, which
 * name the community and the user.
 */
final class ProbingStorage implements Storage {
  final AtomicReference<Optional<CommunityId>> failing = new AtomicReference<>(Optional.empty());
  final AtomicInteger failures = new AtomicInteger();
  final AtomicInteger wholeRosterReads = new AtomicInteger();
  private final Storage inner;

  ProbingStorage(Storage inner) {
    this.inner = inner;
  }

  @Override
  public String name() {
    return "probing";
  }

  @Override
  public <T> T inTransaction(Function<? super Transaction, ? extends T> work) {
    return inner.inTransaction(tx -> work.apply(new Tx(tx)));
  }

  @Override
  public <T> T read(Function<? super Transaction, ? extends T> work) {
    return inner.read(work);
  }

  private final class Tx implements Transaction {
    private final Transaction tx;

    Tx(Transaction tx) {
      this.tx = tx;
    }

    @Override public boolean isReadOnly() { return tx.isReadOnly(); }
    @Override public CommunityStore communities() { return tx.communities(); }
    @Override public MembershipStore memberships() { return new Members(tx.memberships()); }
    @Override public ItemStore items() { return tx.items(); }
    @Override public TaxonomyStore taxonomy() { return tx.taxonomy(); }
    @Override public AuditLog audit() { return tx.audit(); }
    @Override public SubscriptionStore subscriptions() { return tx.subscriptions(); }
    @Override public RegistrationStore registrations() { return tx.registrations(); }
    @Override public GuidelinesStore guidelines() { return tx.guidelines(); }
    @Override public VoteStore votes() { return tx.votes(); }
    @Override public ReportStore reports() { return tx.reports(); }
    @Override public DigestStore digests() { return tx.digests(); }
    @Override public ChangeLog changes() { return tx.changes(); }
    @Override public OutboxStore outbox() { return tx.outbox(); }
  }

  private final class Members implements MembershipStore {
    private final MembershipStore store;

    Members(MembershipStore store) {
      this.store = store;
    }

    @Override public Optional<Membership> get(CommunityId c, UserId u) { return store.get(c, u); }
    @Override public Membership insert(Membership m) { return store.insert(m); }
    @Override public Membership update(Membership m) { return store.update(m); }
    @Override public Page<Membership> members(CommunityId c, MemberQuery q, PageRequest p) {
      return store.members(c, q, p);
    }
    @Override public long count(CommunityId c, MemberQuery q) { return store.count(c, q); }
    @Override public List<Membership> ofUser(UserId u) { return store.ofUser(u); }
    @Override public List<Membership> invitedBy(UserId u) { return store.invitedBy(u); }
    @Override
    public List<Membership> all(CommunityId c) {
      wholeRosterReads.incrementAndGet();
      return store.all(c);
    }

    @Override
    public void delete(CommunityId community, UserId user, long expectedVersion) {
      if (failing.get().equals(Optional.of(community)) && failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        throw new ConflictException(ConflictException.CONCURRENT_CHANGE, Map.of(),
            "membership of " + user + " in community " + community
            + " was changed meanwhile: version " + (expectedVersion + 1) + " is stored, not " + expectedVersion
            + "; read it again and retry");
      }
      store.delete(community, user, expectedVersion);
    }
  }
}
