package dev.convene.storage.jdbc;

import dev.convene.storage.ChangeEntry;
import dev.convene.storage.Storage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A reader of the change log as the search index is one: a thread that reads {@code since(position)}
 * in a loop, each read in a transaction of its own, and moves its position to the last entry read. It
 * never looks back, so an entry numbered below its position when it commits is lost to it.
 */
final class Follower implements AutoCloseable {
  private final Storage storage;
  private final List<ChangeEntry> seen = new ArrayList<>();
  private final Thread thread;
  private volatile boolean running = true;
  private volatile long position;

  Follower(Storage storage) {
    this.storage = storage;
    this.thread = new Thread(this::follow, "change-log-follower");
    thread.start();
  }

  private void follow() {
    while (running) {
      List<ChangeEntry> batch = storage.read(tx -> tx.changes().since(position, 100));
      synchronized (seen) {
        seen.addAll(batch);
      }
      if (!batch.isEmpty()) {
        position = batch.get(batch.size() - 1).sequence();
      }
      Thread.onSpinWait();
    }
  }

  /** The last sequence read. */
  long position() {
    return position;
  }

  /** Every entry read, in the order read. */
  List<ChangeEntry> seen() {
    synchronized (seen) {
      return List.copyOf(seen);
    }
  }

  /** Waits until {@code condition} holds for what the follower has read. */
  void awaitSeen(Predicate<List<ChangeEntry>> condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!condition.test(seen())) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the follower did not read what was expected; it read " + seen());
      }
      Thread.sleep(1);
    }
  }

  /** Stops the thread and waits for it. */
  @Override
  public void close() {
    running = false;
    try {
      thread.join(TimeUnit.SECONDS.toMillis(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
