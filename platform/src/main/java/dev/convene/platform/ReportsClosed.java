package dev.convene.platform;

import dev.convene.core.internal.Checks;
import dev.convene.storage.ReportOutcome;

/**
 * What a moderator's decision on a reported item or reply did.
 *
 * @param target the item or reply
 * @param outcome what was done to it
 * @param closed how many open reports the decision closed; at least one
 */
public record ReportsClosed(ReportTarget target, ReportOutcome outcome, int closed) {

  /**
   * Validates the result.
   *
   * @throws dev.convene.core.ValidationException if a value is missing or {@code closed} is below one
   */
  public ReportsClosed {
    Checks.required(target, "target");
    Checks.required(outcome, "outcome");
    Checks.check(closed >= 1, "closed", "positive", "must be at least 1, not %d", closed);
  }
}
