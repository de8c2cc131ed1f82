package dev.convene.platform.internal;

import dev.convene.core.ConflictException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Runs a write again, in a fresh transaction, while a concurrent write to the same thing wins: the
 * ideas of one poll, the registrations of one event, the filings of one reporter. Between attempts
 * it pauses for a random few milliseconds, longer each time, so that writers that collided do not
 * collide again in step.
 */
public final class Contention {
  /** How many times a contended write runs at most. */
  public static final int ATTEMPTS = 10;

  private static final int LONGEST_PAUSE_EXPONENT = 5;

  private Contention() {}

  /**
   * Runs {@code write}, again after each {@link ConflictException}, {@value #ATTEMPTS} times in all.
   *
   * @throws ConflictException the last conflict, if every attempt met one; nothing was written
   */
  public static <T> T retry(Supplier<T> write) {
    for (int attempt = 1; ; attempt++) {
      try {
        return write.get();
      } catch (ConflictException e) {
        if (attempt >= ATTEMPTS) {
          throw e;
        }
        pause(attempt, e);
      }
    }
  }

  private static void pause(int attempt, ConflictException conflict) {
    long bound = 1L << Math.min(attempt, LONGEST_PAUSE_EXPONENT);
    try {
      Thread.sleep(1 + ThreadLocalRandom.current().nextLong(bound));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw conflict;
    }
  }
}
