package dev.convene.platform.internal;

import dev.convene.core.ConflictException;
import dev.convene.core.ConveneException;
import dev.convene.storage.Storage;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Runs write operations: one transaction each, which also adds to the notification outbox an entry
 * for each event someone may be told of; then the cache forgets what changed (whether or not the
 * transaction committed), then the events are published (only if it committed).
 */
public final class Writes {
  /** How many times {@link #runRetrying} runs an operation at most. */
  public static final int ATTEMPTS = 3;

  private final Storage storage;
  private final PolicyCache cache;
  private final Events events;
  private volatile boolean closed;

  public Writes(Storage storage, PolicyCache cache, Events events) {
    this.storage = storage;
    this.cache = cache;
    this.events = events;
  }

  /** Refuses every write from now on: the platform is closing. */
  public void close() {
    closed = true;
  }

  /**
   * Runs {@code body} in a transaction of its own.
   *
   * @throws ConveneException if the platform was closed
   */
  public <T> T run(Function<Work, T> body) {
    if (closed) {
      throw new ConveneException("convene.closed", Map.of(), "this Convene is closed: it takes no more writes");
    }
    Work work = new Work();
    T result;
    try {
      result = storage.inTransaction(tx -> {
        T value = body.apply(work.begin(tx));
        // the notifications of the change are stored with it: they exist exactly when it does
        work.events().forEach(event -> NotificationTopic.entry(event).ifPresent(tx.outbox()::add));
        return value;
      });
    } finally {
      work.forget(cache);
    }
    events.publish(work.events());
    return result;
  }

  /**
   * Runs {@code body} as {@link #run} does and, while it fails with a {@link ConflictException} that
   * {@code retryable} accepts, runs it again in a fresh transaction, {@value #ATTEMPTS} times in all.
   * Only the committed attempt's events are published. A store reports a stale version or a
   * concurrent insert as a conflict that reading again may resolve; a refusal of the rules is not
   * worth a retry. The body must read everything it decides on inside its transaction.
   */
  public <T> T runRetrying(Predicate<? super ConflictException> retryable, Function<Work, T> body) {
    for (int attempt = 1; ; attempt++) {
      try {
        return run(body);
      } catch (ConflictException e) {
        if (attempt >= ATTEMPTS || !retryable.test(e)) {
          throw e;
        }
      }
    }
  }
}
