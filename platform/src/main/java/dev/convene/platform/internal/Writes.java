package dev.convene.platform.internal;

import dev.convene.storage.Storage;
import java.util.function.Function;

/**
 * Runs write operations: one transaction each, then the cache forgets what changed (whether or not
 * the transaction committed), then the events are published (only if it committed).
 */
public final class Writes {
  private final Storage storage;
  private final PolicyCache cache;
  private final Events events;

  public Writes(Storage storage, PolicyCache cache, Events events) {
    this.storage = storage;
    this.cache = cache;
    this.events = events;
  }

  /** Runs {@code body} in a transaction of its own. */
  public <T> T run(Function<Work, T> body) {
    Work work = new Work();
    T result;
    try {
      result = storage.inTransaction(tx -> body.apply(work.begin(tx)));
    } finally {
      work.forget(cache);
    }
    events.publish(work.events());
    return result;
  }
}
