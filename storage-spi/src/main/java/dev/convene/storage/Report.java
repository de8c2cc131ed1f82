package dev.convene.storage;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.ReplyId;
import dev.convene.core.model.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One person's report of an item, or of one reply of a discussion, to the moderators of its
 * community. A report is open until a moderator closes it with an {@link ReportOutcome}; a reporter
 * has at most one open report per item or reply. Reports go with their item when it is deleted.
 *
 * @param id the report's id
 * @param community the community of the item
 * @param item the item reported, or the discussion whose reply is reported
 * @param reply the reply reported, if it is a reply
 * @param reporter who filed it; empty once that person was erased
 * @param reason why, from a fixed set
 * @param text what the reporter added, possibly empty; at most {@value #MAX_TEXT_LENGTH} characters
 * @param at when it was filed
 * @param outcome how it was closed; empty while it is open
 * @param closedAt when it was closed; present exactly when {@code outcome} is
 */
public record Report(ReportId id, CommunityId community, ItemId item, Optional<ReplyId> reply,
    Optional<UserId> reporter, ReportReason reason, String text, Instant at, Optional<ReportOutcome> outcome,
    Optional<Instant> closedAt) {

  /** The longest text a reporter may add. */
  public static final int MAX_TEXT_LENGTH = 2_000;

  /**
   * Validates the report.
   *
   * @throws dev.convene.core.ValidationException if a value is missing, the text too long, or only one
   *     of {@code outcome} and {@code closedAt} present
   */
  public Report {
    Checks.required(id, "id");
    Checks.required(community, "community");
    Checks.required(item, "item");
    Checks.required(reply, "reply");
    Checks.required(reporter, "reporter");
    Checks.required(reason, "reason");
    Checks.required(text, "text");
    Checks.check(text.length() <= MAX_TEXT_LENGTH, "text", "max-length", Map.of("limit", MAX_TEXT_LENGTH),
        "must be at most %d characters", MAX_TEXT_LENGTH);
    Checks.instant(at, "at");
    Checks.required(outcome, "outcome");
    Checks.required(closedAt, "closedAt").ifPresent(t -> Checks.instant(t, "closedAt"));
    Checks.check(outcome.isPresent() == closedAt.isPresent(), "closedAt", "with-outcome",
        "must be present exactly when the outcome is");
  }

  /**
   * A new open report.
   *
   * @param id the report's id
   * @param community the community of the item
   * @param item the item reported, or the discussion whose reply is reported
   * @param reply the reply reported, if it is a reply
   * @param reporter who files it
   * @param reason why, from a fixed set
   * @param text what the reporter added, possibly empty
   * @param at when it was filed
   * @return the report, open
   * @throws dev.convene.core.ValidationException if a value is missing or the text too long
   */
  public static Report open(ReportId id, CommunityId community, ItemId item, Optional<ReplyId> reply,
      UserId reporter, ReportReason reason, String text, Instant at) {
    return new Report(id, community, item, reply, Optional.of(Checks.required(reporter, "reporter")), reason, text,
        at, Optional.empty(), Optional.empty());
  }

  /**
   * Whether no moderator has closed it yet.
   *
   * @return {@code true} while it has no outcome
   */
  public boolean isOpen() {
    return outcome.isEmpty();
  }

  /**
   * Whether it is about exactly this item or reply (a report of a reply is not one of its
   * discussion).
   *
   * @param target the item's id
   * @param targetReply the reply's id, or empty for the item itself
   * @return {@code true} if the report is about exactly that
   */
  public boolean isAbout(ItemId target, Optional<ReplyId> targetReply) {
    return item.equals(target) && reply.equals(targetReply);
  }

  /**
   * A copy closed with {@code how} at {@code when}.
   *
   * @param how the outcome
   * @param when the time of closing
   * @return a copy of this report, closed
   */
  public Report closed(ReportOutcome how, Instant when) {
    return new Report(id, community, item, reply, reporter, reason, text, at, Optional.of(how), Optional.of(when));
  }

  /**
   * A copy that names no reporter, for the erasure of that person.
   *
   * @return a copy of this report with no reporter
   */
  public Report withoutReporter() {
    return new Report(id, community, item, reply, Optional.empty(), reason, text, at, outcome, closedAt);
  }
}
