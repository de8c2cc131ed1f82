package dev.convene.platform.internal;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.Event;
import dev.convene.core.model.Item;
import java.time.Instant;

/**
 * When an event's recording and slides may be given: once it has ended (for a recurring event, once
 * its first occurrence has), as they are made after the event. Removing them is always allowed.
 */
final class EventMedia {
  private EventMedia() {}

  /** Requires that a recording or slides newly given in {@code changed} come after the event ended. */
  static void requireEnded(Item changed, Item stored, Instant now) {
    if (changed instanceof Event event && stored instanceof Event before) {
      boolean added = event.recording().isPresent() && !event.recording().equals(before.recording())
          || event.slides().isPresent() && !event.slides().equals(before.slides());
      Checks.check(!added || !now.isBefore(before.end()), event.recording().equals(before.recording()) ? "slides"
          : "recording", "after-end", "a recording and slides are added once the event has ended, at %s",
          before.end());
    }
  }
}
