package dev.convene.platform;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.CommunityId;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Which occurrences of events a {@linkplain CalendarService calendar listing} holds: those that
 * overlap the time from {@code from} (inclusive) to {@code to} (exclusive), in one community or in
 * every community the actor may see. An occurrence overlaps when it starts before {@code to} and ends
 * after {@code from}; one that takes no time overlaps when it starts within the window.
 *
 * @param community keep the events of this community only; empty for every community
 * @param from the start of the window
 * @param to the end of the window, after {@code from}
 */
public record CalendarWindow(Optional<CommunityId> community, Instant from, Instant to) {

  /**
   * Validates the window.
   *
   * @throws dev.convene.core.ValidationException ({@code from} or {@code to}, {@code range}) for a time
   *     outside years 1 to 9999, or ({@code to}, {@code after-from}) for an empty window
   */
  public CalendarWindow {
    Checks.required(community, "community");
    Checks.instant(from, "from");
    Checks.instant(to, "to");
    Checks.check(to.isAfter(from), "to", "after-from", "the window must end after it starts (%s), not at %s",
        from, to);
  }

  /**
   * Every community's events from {@code from} to {@code to}.
   *
   * @param from the start of the window
   * @param to the end of the window, after {@code from}
   * @return the window
   * @throws dev.convene.core.ValidationException as the constructor does
   */
  public static CalendarWindow between(Instant from, Instant to) {
    return new CalendarWindow(Optional.empty(), from, to);
  }

  /**
   * What has not ended by {@code now}: from {@code now} on, as far as the model's times go.
   *
   * @param now the present
   * @return the window of what has not ended
   */
  public static CalendarWindow upcoming(Instant now) {
    return between(now, Checks.MAX_INSTANT);
  }

  /**
   * What started before {@code now}, from the earliest time of the model.
   *
   * @param now the present
   * @return the window of what has started
   */
  public static CalendarWindow past(Instant now) {
    return between(Checks.MIN_INSTANT, now);
  }

  /**
   * A calendar month as lived in {@code zone}: from its first midnight to the next month's.
   *
   * @param month the month
   * @param zone the time zone its days are lived in
   * @return the window
   * @throws dev.convene.core.ValidationException if {@code month} or {@code zone} is missing
   */
  public static CalendarWindow month(YearMonth month, ZoneId zone) {
    Checks.required(month, "month");
    Checks.required(zone, "zone");
    return between(month.atDay(1).atStartOfDay(zone).toInstant(),
        month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
  }

  /**
   * A copy holding the events of {@code id} only.
   *
   * @param id the community's id
   * @return a copy of this window limited to that community
   * @throws dev.convene.core.ValidationException if {@code id} is missing
   */
  public CalendarWindow in(CommunityId id) {
    return new CalendarWindow(Optional.of(Checks.required(id, "community")), from, to);
  }

  /** Whether an occurrence from {@code start} to {@code end} overlaps the window. */
  boolean overlaps(Instant start, Instant end) {
    return start.isBefore(to) && (end.isAfter(from) || !start.isBefore(from));
  }
}
