package dev.convene.storage.memory;

import dev.convene.core.ConveneException;
import dev.convene.core.model.CommunityId;
import dev.convene.storage.AuditLog;
import dev.convene.storage.ChangeEntry;
import dev.convene.storage.ChangeKind;
import dev.convene.storage.ChangeLog;
import dev.convene.storage.CommunityStore;
import dev.convene.storage.DigestStore;
import dev.convene.storage.EntityKind;
import dev.convene.storage.GuidelinesStore;
import dev.convene.storage.ItemStore;
import dev.convene.storage.MembershipStore;
import dev.convene.storage.OutboxStore;
import dev.convene.storage.RegistrationStore;
import dev.convene.storage.ReportStore;
import dev.convene.storage.SubscriptionStore;
import dev.convene.storage.TaxonomyStore;
import dev.convene.storage.VoteStore;
import dev.convene.storage.Transaction;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A transaction on an {@link InMemoryStorage}. The store holds its lock for the transaction's whole
 * life, so the transaction reads and writes the tables directly and keeps an undo log to roll back.
 * Every store call runs through {@link #read} or {@link #write}, which check that the transaction is
 * still open and used by its own thread; a write that fails undoes whatever it had done.
 */
final class MemoryTransaction implements Transaction {
  private final Tables tables;
  private final Clock clock;
  private final boolean readOnly;
  private final Thread owner = Thread.currentThread();
  private final UndoLog undo = new UndoLog();
  private boolean open = true;

  private final CommunityStore communities;
  private final MembershipStore memberships;
  private final ItemStore items;
  private final TaxonomyStore taxonomy;
  private final AuditLog audit;
  private final SubscriptionStore subscriptions;
  private final RegistrationStore registrations;
  private final GuidelinesStore guidelines;
  private final VoteStore votes;
  private final ReportStore reports;
  private final DigestStore digests;
  private final OutboxStore outbox;
  private final ChangeLog changes;

  MemoryTransaction(Tables tables, Clock clock, boolean readOnly) {
    this.tables = tables;
    this.clock = clock;
    this.readOnly = readOnly;
    // the stores read the tables from this transaction, so they come after them
    communities = new MemoryCommunities(this);
    memberships = new MemoryMemberships(this);
    items = new MemoryItems(this);
    taxonomy = new MemoryTaxonomy(this);
    audit = new MemoryAuditLog(this);
    subscriptions = new MemorySubscriptions(this);
    registrations = new MemoryRegistrations(this);
    guidelines = new MemoryGuidelines(this);
    votes = new MemoryVotes(this);
    reports = new MemoryReports(this);
    digests = new MemoryDigests(this);
    outbox = new MemoryOutbox(this);
    changes = new MemoryChangeLog(this);
  }

  /** Runs a read after checking the transaction may be used. */
  <T> T read(Supplier<T> work) {
    checkUsable();
    return work.get();
  }

  /** Runs a write after checking the transaction may write; if it fails, undoes what it did. */
  <T> T write(Supplier<T> work) {
    checkUsable();
    if (readOnly) {
      throw new ConveneException("transaction.read-only", Map.of(),
          "A read-only transaction cannot write; use Storage.inTransaction");
    }
    int mark = undo.mark();
    try {
      return work.get();
    } catch (RuntimeException | Error e) {
      undo.rollbackTo(mark);
      throw e;
    }
  }

  /** The tables; only for use inside {@link #read} and {@link #write}. */
  Tables tables() {
    return tables;
  }

  /** The undo log writes record to; only for use inside {@link #write}. */
  UndoLog undo() {
    return undo;
  }

  /** Appends the change-log entry of a write; only for use inside {@link #write}. */
  void logChange(EntityKind kind, String id, Optional<CommunityId> community, ChangeKind op) {
    long sequence = tables.changes.rows().isEmpty() ? 1 : tables.changes.rows().lastKey() + 1;
    tables.changes.put(sequence, new ChangeEntry(sequence, clock.instant(), kind, id, community, op), undo);
  }

  /** Ends the transaction, keeping its writes. */
  void commit() {
    open = false;
  }

  /** Ends the transaction, undoing its writes; returns how many were undone. */
  int rollback() {
    int writes = undo.mark();
    undo.rollbackTo(0);
    open = false;
    return writes;
  }

  private void checkUsable() {
    if (!open) {
      throw new ConveneException("transaction.ended", Map.of(),
          "This transaction has ended; stores are used only inside the work given to Storage");
    }
    if (Thread.currentThread() != owner) {
      throw new ConveneException("transaction.wrong-thread", Map.of(),
          "A transaction is used only by the thread that runs its work");
    }
  }

  @Override
  public boolean isReadOnly() {
    return readOnly;
  }

  @Override
  public CommunityStore communities() {
    return communities;
  }

  @Override
  public MembershipStore memberships() {
    return memberships;
  }

  @Override
  public ItemStore items() {
    return items;
  }

  @Override
  public TaxonomyStore taxonomy() {
    return taxonomy;
  }

  @Override
  public AuditLog audit() {
    return audit;
  }

  @Override
  public SubscriptionStore subscriptions() {
    return subscriptions;
  }

  @Override
  public RegistrationStore registrations() {
    return registrations;
  }

  @Override
  public GuidelinesStore guidelines() {
    return guidelines;
  }

  public VoteStore votes() {
    return votes;
  }

  public ReportStore reports() {
    return reports;
  }

  @Override
  public DigestStore digests() {
    return digests;
  }

  @Override
  public OutboxStore outbox() {
    return outbox;
  }

  @Override
  public ChangeLog changes() {
    return changes;
  }
}
