package dev.convene.testing;

import dev.convene.core.internal.Checks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that stands still until the test moves it, so that invitations expire on cue. Thread-safe. */
public final class TestClock extends Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private TestClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /**
   * A clock at {@code start}, in UTC.
   *
   * @param start the clock's first time
   * @return the clock
   */
  public static TestClock at(Instant start) {
    return new TestClock(new AtomicReference<>(Checks.required(start, "start")), ZoneOffset.UTC);
  }

  /**
   * Moves the clock forward by {@code amount} (not negative) and returns the new time.
   *
   * @param amount how far to move
   * @return the time after the move
   */
  public Instant advance(Duration amount) {
    Checks.required(amount, "amount");
    Checks.check(!amount.isNegative(), "amount", "not-negative", "a clock does not go back: %s", amount);
    return now.updateAndGet(t -> t.plus(amount));
  }

  /**
   * Sets the time (forward or back) and returns it.
   *
   * @param instant the new time
   * @return {@code instant}
   */
  public Instant set(Instant instant) {
    now.set(Checks.required(instant, "instant"));
    return instant;
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** The same moving time, shown in another zone. */
  @Override
  public Clock withZone(ZoneId newZone) {
    return new TestClock(now, Checks.required(newZone, "zone"));
  }
}
