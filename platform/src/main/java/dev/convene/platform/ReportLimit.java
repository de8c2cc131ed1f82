package dev.convene.platform;

import dev.convene.core.internal.Checks;
import java.time.Duration;
import java.util.Map;

/**
 * How many reports one user may file in a period: at most {@code reports} in any {@code window}
 * ending now, counted from the store (so the limit holds across restarts and nodes).
 *
 * @param reports how many reports; 1 to {@value #MAX_REPORTS}
 * @param window the period; positive and at most {@value #MAX_WINDOW_DAYS} days
 */
public record ReportLimit(int reports, Duration window) {
  /** The most reports a limit may allow. */
  public static final int MAX_REPORTS = 100_000;
  /** The longest window, in days. */
  public static final long MAX_WINDOW_DAYS = 366;

  /**
   * Validates the limit.
   *
   * @throws dev.convene.core.ValidationException if a value is missing or out of range
   */
  public ReportLimit {
    Checks.check(reports >= 1 && reports <= MAX_REPORTS, "reports", "range", Map.of("min", 1, "max", MAX_REPORTS),
        "must be 1 to %d, not %d",
        MAX_REPORTS, reports);
    Checks.required(window, "window");
    Checks.check(!window.isNegative() && !window.isZero() && window.toDays() <= MAX_WINDOW_DAYS, "window", "range",
        "must be positive and at most %d days, not %s", MAX_WINDOW_DAYS, window);
  }

  /**
   * The default: 10 reports an hour.
   *
   * @return the default limit
   */
  public static ReportLimit defaults() {
    return new ReportLimit(10, Duration.ofHours(1));
  }
}
