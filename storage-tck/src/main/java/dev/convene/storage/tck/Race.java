package dev.convene.storage.tck;

import dev.convene.core.ConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Runs work on several threads released at the same instant, for the concurrency tests. */
final class Race {
  private static final long TIMEOUT_SECONDS = 120;
  private static final int MAX_ATTEMPTS = 100_000;

  private Race() {}

  /** What one racing thread does, given its index. */
  @FunctionalInterface
  interface Work {
    Object run(int index) throws Exception;
  }

  /**
   * Starts {@code threads} threads that run {@code work} together and waits for them all; returns
   * what each threw, by thread index (empty where it returned).
   */
  static List<Optional<Throwable>> run(int threads, Work work) throws InterruptedException {
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Optional<Throwable>> outcomes = new ArrayList<>();
    List<Thread> running = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      int index = i;
      outcomes.add(Optional.empty());
      Thread thread = new Thread(() -> {
        ready.countDown();
        try {
          start.await();
          work.run(index);
        } catch (Throwable failure) {
          synchronized (outcomes) {
            outcomes.set(index, Optional.of(failure));
          }
        }
      }, "storage-contract-race-" + i);
      running.add(thread);
      thread.start();
    }
    ready.await();
    start.countDown();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
    for (Thread thread : running) {
      thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
      if (thread.isAlive()) {
        throw new AssertionError(thread.getName() + " did not finish within " + TIMEOUT_SECONDS + " s");
      }
    }
    synchronized (outcomes) {
      return List.copyOf(outcomes);
    }
  }

  /** Runs {@code write} until it does not fail with a {@link ConflictException}. */
  static <T> T retryOnConflict(Supplier<T> write) {
    for (int attempt = 1; ; attempt++) {
      try {
        return write.get();
      } catch (ConflictException e) {
        if (attempt == MAX_ATTEMPTS) {
          throw new AssertionError("still conflicting after " + MAX_ATTEMPTS + " attempts", e);
        }
        Thread.onSpinWait();
      }
    }
  }
}
