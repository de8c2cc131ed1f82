package dev.convene.core;

import java.time.Duration;
import java.util.Map;

/**
 * Thrown when the actor has done something more often than the platform allows in a period, such as
 * filing reports. It says only the actor's own limit, never anything of what the call was about:
 * the call was refused before it was looked at, and changed nothing. Its code is {@value #CODE};
 * its arguments are {@code action} (what was done too often), {@code limit} and {@code window}.
 */
public class RateLimitedException extends ConveneException {
  private static final long serialVersionUID = 2L;

  /** The code of every {@code RateLimitedException}. */
  public static final String CODE = "rate-limited";

  /** How many the actor may do in {@link #window}. */
  private final int limit;
  /** The period the limit counts over. */
  private final Duration window;

  /**
   * Creates the exception.
   *
   * @param what what the actor did too often, a stable lowercase word such as {@code "reports"}, kept
   *     as the argument {@code action}
   * @param limit how many the actor may do in {@code window}
   * @param window the period the limit counts over
   */
  public RateLimitedException(String what, int limit, Duration window) {
    super(CODE, Map.of("action", what, "limit", limit, "window", window),
        "too many " + what + ": at most " + limit + " in " + window + "; try again later");
    this.limit = limit;
    this.window = window;
  }

  /**
   * How many the actor may do in {@link #window()}.
   *
   * @return the limit, at least 1
   */
  public int limit() {
    return limit;
  }

  /**
   * The period the limit counts over, ending now.
   *
   * @return the window
   */
  public Duration window() {
    return window;
  }
}
