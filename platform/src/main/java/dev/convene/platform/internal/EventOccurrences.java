package dev.convene.platform.internal;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.Event;
import dev.convene.core.model.Recurrence;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * The times an event takes place that a window keeps: the event itself, or the dates its recurrence
 * rule gives, stepped in the event's time zone so that a weekly meeting keeps its wall-clock time
 * across daylight-saving changes. A timed occurrence lasts exactly as long as the first; an all-day
 * one takes as many days (RFC 5545, 3.8.5.3).
 */
public final class EventOccurrences {
  private EventOccurrences() {}

  /** One time an event takes place. */
  public record Slot(Instant start, Instant end) {}

  /**
   * The event's occurrences that {@code keep} accepts, in order of start, none starting at or after
   * {@code horizon}.
   *
   * @param keep whether an occurrence from its start to its end is in the window
   */
  public static List<Slot> of(Event event, BiPredicate<Instant, Instant> keep, Instant horizon) {
    if (event.recurrence().isEmpty()) {
      return keep.test(event.start(), event.end()) ? List.of(new Slot(event.start(), event.end())) : List.of();
    }
    Recurrence rule = event.recurrence().get();
    ZoneId zone = event.timeZone();
    LocalDateTime first = LocalDateTime.ofInstant(event.start(), zone);
    LocalDateTime firstEnd = LocalDateTime.ofInstant(event.end(), zone);
    Duration length = Duration.between(event.start(), event.end());
    List<Slot> kept = new ArrayList<>();
    int produced = 0;
    for (long step = 0; ; step++) {
      LocalDateTime start = rule.frequency() == Recurrence.Frequency.WEEKLY
          ? first.plusWeeks(step * rule.interval()) : first.plusMonths(step * rule.interval());
      // checked before a skipped month too, so that a rule whose day keeps missing still stops
      Instant at = start.atZone(zone).toInstant();
      boolean counted = rule.count().isPresent() && produced >= rule.count().get();
      boolean ended = rule.until().isPresent() && start.toLocalDate().isAfter(rule.until().get());
      if (counted || ended || !at.isBefore(horizon) || at.isAfter(Checks.MAX_INSTANT)) {
        return kept;
      }
      if (start.getDayOfMonth() != first.getDayOfMonth() && rule.frequency() == Recurrence.Frequency.MONTHLY) {
        continue; // a month without that day has no occurrence, and it does not count
      }
      produced++;
      Instant end = event.allDay() ? start.plus(Duration.between(first, firstEnd)).atZone(zone).toInstant()
          : at.plus(length);
      if (keep.test(at, end)) {
        kept.add(new Slot(at, end));
      }
    }
  }
}
