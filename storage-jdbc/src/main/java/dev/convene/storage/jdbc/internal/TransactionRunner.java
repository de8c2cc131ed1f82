package dev.convene.storage.jdbc.internal;

import dev.convene.core.ConveneException;
import dev.convene.core.internal.Checks;
import dev.convene.storage.Transaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the work of one transaction on a connection of its own: commits when the work returns, rolls
 * back when it throws (and rethrows what it threw, unchanged), refuses to nest on one thread. A write
 * first makes sure that an H2 database will write its commit to the file as the store was told
 * ({@link H2WriteDelay}).
 */
public final class TransactionRunner {
  private static final Logger LOG = LoggerFactory.getLogger(TransactionRunner.class);

  private final Database database;
  private final H2WriteDelay writeDelay;
  private final TaxonomySnapshot taxonomySnapshot = new TaxonomySnapshot();
  private final ThreadLocal<Boolean> inside = ThreadLocal.withInitial(() -> Boolean.FALSE);
  private final AtomicLong writesEnded = new AtomicLong();

  /** Runs transactions on {@code database}, each write on a session kept at {@code writeDelay}. */
  public TransactionRunner(Database database, H2WriteDelay writeDelay) {
    this.database = database;
    this.writeDelay = writeDelay;
  }

  /**
   * Runs {@code work} in a transaction.
   *
   * @throws dev.convene.core.ValidationException if {@code work} is missing
   * @throws ConveneException if called inside a transaction of this store on this thread, if no
   *     connection can be had, or if the commit fails ({@code ConflictException} for a concurrency
   *     failure); or whatever {@code work} throws
   */
  public <T extends @Nullable Object> T run(Function<? super Transaction, ? extends T> work, boolean readOnly) {
    Checks.required(work, "work");
    if (inside.get()) {
      throw new ConveneException("transaction.nested", Map.of(),
          "Transactions do not nest: use the transaction this thread is already in");
    }
    inside.set(Boolean.TRUE);
    try (Borrowed borrowed = Borrowed.from(database, readOnly)) {
      if (!readOnly) {
        writeDelay.ensure(borrowed.connection());
      }
      JdbcTransaction tx = new JdbcTransaction(database, taxonomySnapshot, borrowed.connection(), readOnly);
      T result;
      try {
        result = work.apply(tx);
      } catch (Throwable failure) {
        tx.end();
        rollback(borrowed, failure);
        LOG.debug("Rolled back a transaction on {}: {}", database.dialect(), failure.toString());
        throw failure;
      }
      try {
        tx.commit();
      } catch (ConveneException failure) {
        rollback(borrowed, failure);
        throw failure;
      }
      return result;
    } finally {
      if (!readOnly) {
        // counted whatever the outcome: a commit that failed on the way back may have been made
        writesEnded.incrementAndGet();
      }
      inside.remove();
    }
  }

  /** How many write transactions were run, committed or not; it rises before each returns. */
  public long writesEnded() {
    return writesEnded.get();
  }

  /**
   * The greatest committed sequence of the change log, read by one statement outside any
   * transaction. A connection the pool hands over in manual commit has the read it began ended.
   *
   * @throws ConveneException if called inside a transaction on this thread, or if the database fails
   */
  public long lastSequence() {
    if (inside.get()) {
      throw new ConveneException("transaction.nested", Map.of(),
          "Transactions do not nest: read the last sequence in the transaction this thread is already in");
    }
    String statement = "SELECT COALESCE(MAX(sequence), 0) FROM " + database.tables().change();
    try (Connection connection = Borrowed.connect(database)) {
      boolean autoCommit = connection.getAutoCommit();
      try (PreparedStatement query = connection.prepareStatement(statement); ResultSet row = query.executeQuery()) {
        return row.next() ? row.getLong(1) : 0;
      } finally {
        if (!autoCommit) {
          connection.rollback();
        }
      }
    } catch (SQLException e) {
      throw SqlErrors.translate(e, statement);
    }
  }

  private static void rollback(Borrowed borrowed, Throwable failure) {
    try {
      borrowed.connection().rollback();
    } catch (SQLException e) {
      // the connection may be gone (the database closed it): the database rolls back on its own
      failure.addSuppressed(e);
    }
  }
}
