package dev.convene.platform;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.ItemType;
import dev.convene.storage.ReportReason;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One row of a community's report queue: an item or reply with open reports, how many for each
 * reason, and the reports themselves without their reporters.
 *
 * @param target the item or reply reported
 * @param type the type of the item (a discussion, for a reply)
 * @param title the item's title (the discussion's, for a reply)
 * @param byReason how many open reports give each reason; reasons no report gives are left out
 * @param reports the open reports, oldest first
 */
public record ReportedTarget(ReportTarget target, ItemType type, String title, Map<ReportReason, Integer> byReason,
    List<ReportNote> reports) {

  /**
   * Validates the row and copies its collections.
   *
   * @throws dev.convene.core.ValidationException if a value is missing or there are no reports
   */
  public ReportedTarget {
    Checks.required(target, "target");
    Checks.required(type, "type");
    Checks.required(title, "title");
    Checks.noNulls(Checks.required(reports, "reports"), "reports");
    Checks.check(!reports.isEmpty(), "reports", "not-empty", "must hold at least one report");
    Checks.required(byReason, "byReason");
    byReason = Collections.unmodifiableMap(byReason.isEmpty() ? new EnumMap<>(ReportReason.class)
        : new EnumMap<>(byReason));
    reports = List.copyOf(reports);
  }

  /**
   * How many open reports the target has.
   *
   * @return the number of open reports, at least 1
   */
  public int total() {
    return reports.size();
  }

  /**
   * When the oldest open report was filed: the queue's order.
   *
   * @return the time of the oldest open report
   */
  public Instant firstReportedAt() {
    return reports.get(0).at();
  }

  /**
   * When the newest open report was filed.
   *
   * @return the time of the newest open report
   */
  public Instant lastReportedAt() {
    return reports.get(reports.size() - 1).at();
  }
}
