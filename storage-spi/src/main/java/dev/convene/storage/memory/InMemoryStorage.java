package dev.convene.storage.memory;

import dev.convene.core.ConveneException;
import dev.convene.core.internal.Checks;
import dev.convene.storage.Storage;
import dev.convene.storage.Transaction;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Storage} held in memory: the reference implementation every other store is measured
 * against, and a store for tests, examples and small embedded uses. Nothing survives the JVM.
 *
 * <p>Writing transactions run one at a time, and reading transactions run together while no write
 * runs, under one fair read-write lock: so every transaction is serializable, a read sees one
 * committed state, and the change log has no gaps. A writing transaction records how to undo each
 * write and undoes them all if its work throws. The store holds only immutable values and hands out
 * no internal state.
 *
 * <p>A long transaction holds up every writer (and a long write every reader): keep the work
 * inside a transaction short.
 */
public final class InMemoryStorage implements Storage {
  private static final Logger LOG = LoggerFactory.getLogger(InMemoryStorage.class);

  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);
  private final Tables tables = new Tables();
  private final Clock clock;

  private InMemoryStorage(Clock clock) {
    this.clock = clock;
  }

  /**
   * An empty store whose change log is timed by the system clock.
   *
   * @return the store
   */
  public static InMemoryStorage create() {
    return create(Clock.systemUTC());
  }

  /**
   * An empty store whose change log is timed by {@code clock}.
   *
   * @param clock the clock whose instants the change log records
   * @return the store
   * @throws dev.convene.core.ValidationException if {@code clock} is missing
   */
  public static InMemoryStorage create(Clock clock) {
    return new InMemoryStorage(Checks.required(clock, "clock"));
  }

  /** {@code "in-memory"}. */
  @Override
  public String name() {
    return "in-memory";
  }

  /**
   * {@inheritDoc}
   *
   * <p>Waits until no other transaction runs.
   */
  @Override
  public <T extends @Nullable Object> T inTransaction(Function<? super Transaction, ? extends T> work) {
    return run(work, false, lock.writeLock());
  }

  /**
   * {@inheritDoc}
   *
   * <p>Waits until no writing transaction runs; runs alongside other reads.
   */
  @Override
  public <T extends @Nullable Object> T read(Function<? super Transaction, ? extends T> work) {
    return run(work, true, lock.readLock());
  }

  private <T extends @Nullable Object> T run(Function<? super Transaction, ? extends T> work, boolean readOnly,
      Lock held) {
    Checks.required(work, "work");
    if (lock.isWriteLockedByCurrentThread() || lock.getReadHoldCount() > 0) {
      throw new ConveneException("transaction.nested", Map.of(),
          "Transactions do not nest: use the transaction this thread is already in");
    }
    held.lock();
    try {
      MemoryTransaction tx = new MemoryTransaction(tables, clock, readOnly);
      try {
        T result = work.apply(tx);
        tx.commit();
        return result;
      } catch (Throwable failure) {
        int undone = tx.rollback();
        LOG.debug("Rolled back a transaction on {} ({} writes undone): {}", name(), undone, failure.toString());
        throw failure;
      }
    } finally {
      held.unlock();
    }
  }

  @Override
  public String toString() {
    return "InMemoryStorage";
  }
}
