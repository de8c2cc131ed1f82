package dev.convene.platform;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.Event;
import java.time.Instant;

/**
 * One time an event takes place, as a {@linkplain CalendarService calendar listing} shows it: the
 * event itself for a one-off event, or one of the dates its recurrence rule gives.
 *
 * @param event the event, as the actor may see it
 * @param start when this occurrence starts
 * @param end when this occurrence ends; the event's duration after {@code start}
 */
public record Occurrence(Event event, Instant start, Instant end) {

  /**
   * Validates the occurrence.
   *
   * @throws dev.convene.core.ValidationException if a value is missing or {@code end} is before {@code
   *     start}
   */
  public Occurrence {
    Checks.required(event, "event");
    Checks.required(start, "start");
    Checks.required(end, "end");
    Checks.check(!end.isBefore(start), "end", "not-before-start", "an occurrence cannot end before it starts");
  }
}
