package dev.convene.core.model;

import dev.convene.core.internal.Checks;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * How an event repeats: every {@code interval} weeks or months from its start, in its time zone,
 * for {@code count} occurrences or until a last date. A monthly event on a day some months lack (the
 * 31st) skips those months, as RFC 5545 does.
 *
 * @param frequency weekly or monthly
 * @param interval how many weeks or months from one occurrence to the next, 1 to {@value #MAX_INTERVAL}
 * @param count how many occurrences in all, the first included, 1 to {@value #MAX_COUNT}
 * @param until the last date, in the event's time zone, on which an occurrence may start
 */
public record Recurrence(Frequency frequency, int interval, Optional<Integer> count, Optional<LocalDate> until) {

  /** The longest step between occurrences. */
  public static final int MAX_INTERVAL = 99;

  /** The most occurrences a counted rule may give. */
  public static final int MAX_COUNT = 1_000;

  /** How often an event repeats. */
  public enum Frequency {
    /** On the same weekday, every {@code interval} weeks. */
    WEEKLY,
    /** On the same day of the month, every {@code interval} months. */
    MONTHLY
  }

  /**
   * Validates the rule.
   *
   * @throws dev.convene.core.ValidationException ({@code interval} or {@code count}, {@code range}) for a
   *     number out of range, ({@code until}, {@code range}) for a date outside years 1 to 9999, or
   *     ({@code count}, {@code count-or-until}) unless exactly one of {@code count} and {@code until} is set
   */
  public Recurrence {
    Checks.required(frequency, "frequency");
    Checks.check(interval >= 1 && interval <= MAX_INTERVAL, "interval", "range",
        Map.of("min", 1, "max", MAX_INTERVAL), "must be 1 to %d, not %d",
        MAX_INTERVAL, interval);
    Checks.required(count, "count").ifPresent(n -> Checks.check(n >= 1 && n <= MAX_COUNT, "count", "range",
        Map.of("min", 1, "max", MAX_COUNT),
        "must be 1 to %d, not %d", MAX_COUNT, n));
    Checks.required(until, "until").ifPresent(d -> Checks.date(d, "until"));
    Checks.check(count.isPresent() != until.isPresent(), "count", "count-or-until",
        "a recurrence ends after a count or on a date, exactly one of them");
  }

  /**
   * {@code count} occurrences, every {@code interval} weeks or months.
   *
   * @param frequency weekly or monthly
   * @param interval how many weeks or months between two occurrences
   * @param count how many occurrences, the first one included
   * @return the recurrence
   * @throws dev.convene.core.ValidationException as the constructor does
   */
  public static Recurrence times(Frequency frequency, int interval, int count) {
    return new Recurrence(frequency, interval, Optional.of(count), Optional.empty());
  }

  /**
   * Occurrences every {@code interval} weeks or months, the last starting on or before {@code until}.
   *
   * @param frequency weekly or monthly
   * @param interval how many weeks or months between two occurrences
   * @param until the last day an occurrence may start on
   * @return the recurrence
   * @throws dev.convene.core.ValidationException as the constructor does
   */
  public static Recurrence until(Frequency frequency, int interval, LocalDate until) {
    return new Recurrence(frequency, interval, Optional.empty(), Optional.of(Checks.required(until, "until")));
  }
}
