package dev.convene.platform;

import dev.convene.core.internal.Checks;
import dev.convene.storage.ReportId;
import dev.convene.storage.ReportReason;
import java.time.Instant;

/**
 * One open report as moderators see it in their queue: why and what was said, never who said it.
 *
 * @param id the report's id
 * @param reason the reason the reporter chose
 * @param text what the reporter added, possibly empty
 * @param at when it was filed
 */
public record ReportNote(ReportId id, ReportReason reason, String text, Instant at) {

  /**
   * Validates the note.
   *
   * @throws dev.convene.core.ValidationException if a value is missing
   */
  public ReportNote {
    Checks.required(id, "id");
    Checks.required(reason, "reason");
    Checks.required(text, "text");
    Checks.required(at, "at");
  }
}
