package dev.convene.platform;

import dev.convene.core.internal.Checks;
import java.time.Duration;
import java.util.Map;

/**
 * How notifications leave the outbox: see {@link NotificationService}, "Delivery". Derive settings
 * from {@link #defaults()} with the {@code withX} methods.
 *
 * @param batchSize how many recipients are computed, checked and delivered together, and held in
 *     memory at once: 1 to 1,000
 * @param pollInterval how often the background sender looks for due entries when no write of this
 *     node woke it (writes through other nodes, retries coming due); positive
 * @param lease how long a sender holds an entry it claimed before another node may take it over;
 *     renewed after every batch, so it must outlast the delivery of one batch; positive
 * @param firstRetry how long after a failed batch it is tried again; each further failure in a row
 *     doubles the wait; positive
 * @param maxRetry the longest wait between two tries; at least {@code firstRetry}
 * @param attempts how many times in a row a batch is tried before it is given up, logged as an
 *     error and passed over for the rest of the entry's recipients: at least 1
 * @param background whether a daemon thread sends notifications; without it, nothing is sent until
 *     the host calls {@link NotificationService#deliverPending()}
 */
public record OutboxSettings(int batchSize, Duration pollInterval, Duration lease, Duration firstRetry,
    Duration maxRetry, int attempts, boolean background) {

  private static final OutboxSettings DEFAULTS = new OutboxSettings(500, Duration.ofSeconds(1),
      Duration.ofMinutes(1), Duration.ofSeconds(1), Duration.ofMinutes(10), 15, true);

  /**
   * Validates the settings.
   *
   * @throws dev.convene.core.ValidationException naming the setting that is missing or out of range
   */
  public OutboxSettings {
    Checks.check(batchSize >= 1 && batchSize <= 1_000, "batchSize", "range", Map.of("min", 1, "max", 1000),
        "must be 1 to 1000, not %d", batchSize);
    positive(pollInterval, "pollInterval");
    positive(lease, "lease");
    positive(firstRetry, "firstRetry");
    positive(maxRetry, "maxRetry");
    Checks.check(maxRetry.compareTo(firstRetry) >= 0, "maxRetry", "at-least-first", "must be at least firstRetry (%s), "
        + "not %s", firstRetry, maxRetry);
    Checks.check(attempts >= 1, "attempts", "positive", "must be at least 1, not %d", attempts);
  }

  /**
   * Batches of 500 recipients, a poll every second, a lease of a minute, retries after 1 s, 2 s, 4 s
   * and so on up to 10 minutes, 15 attempts (about an hour and a half), a background sender.
   *
   * @return the default settings
   */
  public static OutboxSettings defaults() {
    return DEFAULTS;
  }

  /**
   * A copy with another batch size.
   *
   * @param value the most recipients handled in one batch
   * @return a copy of these settings with that batch size
   */
  public OutboxSettings withBatchSize(int value) {
    return new OutboxSettings(value, pollInterval, lease, firstRetry, maxRetry, attempts, background);
  }

  /**
   * A copy with another poll interval.
   *
   * @param value how often the background sender looks for due entries
   * @return a copy of these settings with that poll interval
   */
  public OutboxSettings withPollInterval(Duration value) {
    return new OutboxSettings(batchSize, value, lease, firstRetry, maxRetry, attempts, background);
  }

  /**
   * A copy with another lease.
   *
   * @param value how long a claim on an entry lasts unless advanced
   * @return a copy of these settings with that lease
   */
  public OutboxSettings withLease(Duration value) {
    return new OutboxSettings(batchSize, pollInterval, value, firstRetry, maxRetry, attempts, background);
  }

  /**
   * A copy with other retry waits and attempts.
   *
   * @param first the wait after the first failure
   * @param max the longest wait
   * @param tries how many times in a row a batch is tried before it is given up
   * @return a copy of these settings with those retries
   */
  public OutboxSettings withRetries(Duration first, Duration max, int tries) {
    return new OutboxSettings(batchSize, pollInterval, lease, first, max, tries, background);
  }

  /**
   * A copy with or without the background sender.
   *
   * @param value {@code true} for a background sender, {@code false} for a host that calls {@link
   *     NotificationService#deliverPending()}
   * @return a copy of these settings with or without it
   */
  public OutboxSettings withBackground(boolean value) {
    return new OutboxSettings(batchSize, pollInterval, lease, firstRetry, maxRetry, attempts, value);
  }

  /**
   * How long to wait after the {@code attempt}-th failure in a row (1 for the first): {@code
   * firstRetry} doubled {@code attempt - 1} times, at most {@code maxRetry}.
   *
   * @param attempt the number of failures in a row, from 1
   * @return the wait
   */
  public Duration backoff(int attempt) {
    Duration wait = firstRetry;
    for (int i = 1; i < attempt && wait.compareTo(maxRetry) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
  }

  private static void positive(Duration value, String name) {
    Checks.required(value, name);
    Checks.check(!value.isNegative() && !value.isZero(), name, "positive", "must be positive, not %s", value);
  }
}
