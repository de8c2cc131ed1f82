package dev.convene.storage;

import dev.convene.core.internal.Checks;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A store of Convene's data: the source of truth. Everything is read and written inside a {@link
 * Transaction}; see the {@linkplain dev.convene.storage package documentation} for what every
 * implementation promises.
 *
 * <p>Implementations are thread-safe: any number of threads may run transactions at once.
 * Transactions on one store are serializable with respect to each other. A transaction belongs to
 * the thread that runs its work and lives only until that work returns.
 */
public interface Storage {

  /**
   * A short name for logs and diagnostics, such as {@code "in-memory"} or {@code "postgresql"}.
   *
   * @return the store's name
   */
  String name();

  /**
   * Runs {@code work} in a read-write transaction and returns what it returns. The transaction
   * commits when {@code work} returns. When {@code work} throws, the transaction rolls back, leaving
   * no trace (no row, change-log entry or audit entry it wrote), and the exception propagates
   * unchanged: a {@link dev.convene.core.ConveneException} keeps its type.
   *
   * @param <T> the type of what {@code work} returns
   * @param work what to do in the transaction
   * @return what {@code work} returned, once the transaction committed
   * @throws dev.convene.core.ValidationException if {@code work} is missing
   * @throws dev.convene.core.ConveneException if called inside another transaction on this thread
   *     (transactions do not nest), or if the store cannot commit; or whatever {@code work} throws
   */
  <T extends @Nullable Object> T inTransaction(Function<? super Transaction, ? extends T> work);

  /**
   * Runs {@code work} in a read-write transaction; like {@link #inTransaction(Function)} for work
   * that returns nothing.
   *
   * @param work what to do in the transaction
   * @throws dev.convene.core.ValidationException if {@code work} is missing
   * @throws dev.convene.core.ConveneException as {@link #inTransaction(Function)} does
   */
  default void useTransaction(Consumer<? super Transaction> work) {
    Checks.required(work, "work");
    inTransaction(tx -> {
      work.accept(tx);
      return null;
    });
  }

  /**
   * Runs {@code work} in a read-only transaction, which sees one consistent, committed state of the
   * store. A write inside it is refused with a {@link dev.convene.core.ConveneException}.
   *
   * @param <T> the type of what {@code work} returns
   * @param work what to read in the transaction
   * @return what {@code work} returned
   * @throws dev.convene.core.ValidationException if {@code work} is missing
   * @throws dev.convene.core.ConveneException if called inside another transaction on this thread;
   *     or whatever {@code work} throws, unchanged
   */
  <T extends @Nullable Object> T read(Function<? super Transaction, ? extends T> work);

  /**
   * The greatest sequence of the change log that is committed now, or 0 for an empty log: what a
   * read transaction's {@link ChangeLog#lastSequence()} would see, without a transaction. A reader
   * that follows the log asks it before every use of what it derived (the search asks before every
   * query) to learn cheaply that nothing changed; a store that can answer with one statement
   * overrides it, as the JDBC store does.
   *
   * @return the last committed sequence, or 0
   * @throws dev.convene.core.ConveneException if called inside a transaction on this thread, or if
   *     the store cannot be read
   */
  default long lastSequence() {
    return read(tx -> tx.changes().lastSequence());
  }

  /**
   * How many write transactions this store object has ended, if it counts them: a number that rises
   * with every write transaction run through this object, committed or not, before the transaction
   * returns. A reader that keeps what it derived from the change log compares it with the number it
   * saw when it last asked {@link #lastSequence()}: while the number is the same, nothing was written
   * through this object meanwhile, so only writes made elsewhere (another node or process on the same
   * database) can be missing, and the reader may wait an interval of its own before asking again (the
   * search waits its poll interval). A store where a round trip costs little need not count; a reader
   * then asks {@link #lastSequence()} every time.
   *
   * @return the count, or empty (the default) where the store does not count its writes
   */
  default OptionalLong writesEnded() {
    return OptionalLong.empty();
  }
}
