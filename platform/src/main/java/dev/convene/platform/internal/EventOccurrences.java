package dev.convene.platform.internal;

import dev.convene.core.model.Event;
import java.time.Instant;
import java.util.List;
import java.util.function.BiPredicate;

/** The times an event takes place that a window keeps. */
public final class EventOccurrences {
  private EventOccurrences() {}

  /** One time an event takes place. */
  public record Slot(Instant start, Instant end) {}

  /**
   * The event's occurrences that {@code keep} accepts, in order of start.
   *
   * @param keep whether an occurrence from its start to its end is in the window
   */
  public static List<Slot> of(Event event, BiPredicate<Instant, Instant> keep) {
    return keep.test(event.start(), event.end()) ? List.of(new Slot(event.start(), event.end())) : List.of();
  }
}
