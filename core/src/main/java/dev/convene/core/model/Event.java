package dev.convene.core.model;

import dev.convene.core.internal.Checks;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Something that happens at a time: a meeting, a conference, a webinar.
 *
 * @param header what every item has
 * @param description what the event is about
 * @param start when it starts; in years 1 to 9999 (UTC), as every time of the model
 * @param end when it ends; not before {@code start}, in years 1 to 9999
 * @param timeZone the time zone its times are shown in
 * @param place where it happens, if anywhere physical
 * @param onlineLink where to join online, if it can be joined online
 * @param webinar whether it is a webinar
 */
public record Event(
    ItemHeader header,
    String description,
    Instant start,
    Instant end,
    ZoneId timeZone,
    Optional<String> place,
    Optional<URI> onlineLink,
    boolean webinar) implements Item {

  /** Validates the event. */
  public Event {
    Checks.required(header, "header");
    Checks.required(description, "description");
    Checks.instant(start, "start");
    Checks.instant(end, "end");
    Checks.check(!end.isBefore(start), "end", "not-before-start", "an event cannot end before it starts");
    Checks.required(timeZone, "timeZone");
    Checks.required(place, "place").ifPresent(p -> Checks.text(p, "place", 500));
    Checks.required(onlineLink, "onlineLink").ifPresent(u -> Checks.check(u.isAbsolute(), "onlineLink", "absolute-uri",
        "must be an absolute link such as https://example.org/meet"));
  }

  @Override
  public Event withHeader(ItemHeader newHeader) {
    return new Event(newHeader, description, start, end, timeZone, place, onlineLink, webinar);
  }
}
