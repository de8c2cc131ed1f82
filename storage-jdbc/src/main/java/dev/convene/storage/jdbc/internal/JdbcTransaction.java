package dev.convene.storage.jdbc.internal;

import dev.convene.core.ConflictException;
import dev.convene.core.ConveneException;
import dev.convene.core.model.CommunityId;
import dev.convene.storage.AuditLog;
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
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A transaction on a JDBC store: one connection, in manual commit, at snapshot isolation. Every store
 * call runs through {@link #read} or {@link #write}, which check that the transaction is still open,
 * used by its own thread and not aborted, and turn the driver's exceptions into Convene's. A call
 * refused by the store's own checks has written nothing and the transaction goes on; a call the
 * database refused aborts the transaction (PostgreSQL would refuse every further statement anyway),
 * so that it can only roll back.
 */
final class JdbcTransaction implements Transaction {
  private final Connection connection;
  private final Sql sql;
  private final Tables tables;
  private final Clock clock;
  private final boolean readOnly;
  private final Thread owner = Thread.currentThread();
  private final ChangeBuffer changeBuffer = new ChangeBuffer();
  private final RosterGuard roster = new RosterGuard();
  private boolean open = true;
  private @Nullable ConveneException aborted;

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

  JdbcTransaction(Database database, TaxonomySnapshot taxonomySnapshot, Connection connection, boolean readOnly) {
    this.connection = connection;
    this.sql = new Sql(connection);
    this.tables = database.tables();
    this.clock = database.clock();
    this.readOnly = readOnly;
    communities = new JdbcCommunities(this);
    memberships = new JdbcMemberships(this);
    items = new JdbcItems(this);
    taxonomy = new JdbcTaxonomy(this, taxonomySnapshot);
    audit = new JdbcAuditLog(this);
    subscriptions = new JdbcSubscriptions(this);
    registrations = new JdbcRegistrations(this);
    guidelines = new JdbcGuidelines(this);
    votes = new JdbcVotes(this);
    reports = new JdbcReports(this);
    digests = new JdbcDigests(this);
    outbox = new JdbcOutbox(this);
    changes = new JdbcChangeLog(this);
  }

  /** Runs a read after checking the transaction may be used. */
  <T> T read(SqlWork<T> work) {
    checkUsable();
    return run(work);
  }

  /** Runs a write after checking the transaction may write. */
  <T> T write(SqlWork<T> work) {
    checkUsable();
    if (readOnly) {
      throw new ConveneException("transaction.read-only", Map.of(),
          "A read-only transaction cannot write; use Storage.inTransaction");
    }
    return run(work);
  }

  private <T> T run(SqlWork<T> work) {
    try {
      return work.run();
    } catch (SQLException e) {
      ConveneException failure = SqlErrors.translate(e, sql.lastStatement());
      aborted = failure;
      throw failure;
    }
  }

  /** The statements of this transaction; only for use inside {@link #read} and {@link #write}. */
  Sql sql() {
    return sql;
  }

  Tables tables() {
    return tables;
  }

  /** Records a change-log entry, numbered when the transaction commits; only inside {@link #write}. */
  void logChange(EntityKind kind, String id, Optional<CommunityId> community, ChangeKind op) {
    changeBuffer.add(clock.instant(), kind, id, community, op);
  }

  /** Numbers and writes the change-log entries recorded so far; only inside {@link #read} or {@link #write}. */
  void flushChanges() throws SQLException {
    if (!readOnly) {
      changeBuffer.flush(sql, tables);
    }
  }

  /** Claims a community's roster before a membership write; only inside {@link #write}. */
  void claimRoster(CommunityId community) throws SQLException {
    roster.claim(sql, tables, community);
  }

  /**
   * Writes what is pending and commits.
   *
   * @throws ConveneException if the transaction was aborted by a failed call, or the database
   *     refuses to commit; the transaction is then rolled back by the caller
   */
  void commit() {
    open = false;
    if (aborted != null) {
      throw abortedBefore(aborted);
    }
    try {
      changeBuffer.flush(sql, tables);
      connection.commit();
    } catch (SQLException e) {
      throw SqlErrors.translate(e, sql.lastStatement());
    }
  }

  /** Ends the transaction without committing; the caller rolls the connection back. */
  void end() {
    open = false;
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
    if (aborted != null) {
      throw abortedBefore(aborted);
    }
  }

  /**
   * What a call on an aborted transaction gets: a conflict stays a conflict, so that retry loops work,
   * and the code and arguments stay the earlier failure's, which is what went wrong.
   */
  private static ConveneException abortedBefore(ConveneException failure) {
    String message = "This transaction was aborted by an earlier failure and can only roll back: "
        + failure.getMessage();
    return failure instanceof ConflictException
        ? new ConflictException(failure.code().substring(ConflictException.PREFIX.length()), failure.arguments(),
            message, failure)
        : new ConveneException(failure.code(), failure.arguments(), message, failure);
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
