package dev.convene.core.model;

import dev.convene.core.internal.Checks;
import java.net.URI;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
 * @param allDay whether it takes whole days: then {@code start} and {@code end} are midnights in
 *     {@code timeZone}, {@code end} the one after its last day
 * @param recurrence how it repeats, if it does; the first occurrence is {@code start} to {@code end}
 * @param recording where its recording can be watched, once there is one
 * @param slides where its slides can be read, once there are some
 * @param linkedCommunities other communities it is listed in as a webinar; readers still need to see
 *     it in its own community
 * @param capacity how many may attend, if the number is limited: 1 to {@value #MAX_CAPACITY}; those
 *     who register once it is full wait for a place
 * @param attachments the attached files, such as an agenda or a reading list, as a document's
 */
public record Event(
    ItemHeader header,
    String description,
    Instant start,
    Instant end,
    ZoneId timeZone,
    Optional<String> place,
    Optional<URI> onlineLink,
    boolean webinar,
    boolean allDay,
    Optional<Recurrence> recurrence,
    Optional<URI> recording,
    Optional<URI> slides,
    Set<CommunityId> linkedCommunities,
    Optional<Integer> capacity,
    List<Attachment> attachments) implements Item {

  /** The largest capacity an event may have. */
  public static final int MAX_CAPACITY = 1_000_000;

  /** Validates the event. */
  public Event {
    Checks.required(header, "header");
    Checks.required(description, "description");
    Checks.instant(start, "start");
    Checks.instant(end, "end");
    Checks.check(!end.isBefore(start), "end", "not-before-start", "an event cannot end before it starts");
    Checks.required(timeZone, "timeZone");
    Checks.required(place, "place").ifPresent(p -> Checks.text(p, "place", 500));
    link(onlineLink, "onlineLink");
    if (allDay) {
      Checks.check(midnight(start, timeZone) && midnight(end, timeZone) && end.isAfter(start), "start", "all-day",
          "an all-day event starts and ends at midnight in %s, and takes at least a day", timeZone);
    }
    Checks.required(recurrence, "recurrence").flatMap(Recurrence::until).ifPresent(until -> Checks.check(
        !until.isBefore(start.atZone(timeZone).toLocalDate()), "until", "not-before-start",
        "a recurrence cannot end before the event's first day"));
    link(recording, "recording");
    link(slides, "slides");
    linkedCommunities = Set.copyOf(Checks.noNulls(linkedCommunities, "linkedCommunities"));
    Checks.check(!linkedCommunities.contains(header.community()), "linkedCommunities", "other-community",
        "an event is linked to communities other than its own");
    Checks.required(capacity, "capacity").ifPresent(c -> Checks.check(c >= 1 && c <= MAX_CAPACITY, "capacity",
        "range", Map.of("min", 1, "max", MAX_CAPACITY), "a capacity is 1 to %s places", MAX_CAPACITY));
    attachments = List.copyOf(Checks.noNulls(attachments, "attachments"));
  }

  /**
   * A one-off event, not all-day, with no recording, slides, linked communities or attachments.
   *
   * @param header the event's header
   * @param description what the event is about
   * @param start when the event starts
   * @param end when the event ends, not before {@code start}
   * @param timeZone the time zone its times are shown in
   * @param place where the event is held, if anywhere physical
   * @param onlineLink where to join online, if anywhere
   * @param webinar whether the event is a webinar
   */
  public Event(ItemHeader header, String description, Instant start, Instant end, ZoneId timeZone,
      Optional<String> place, Optional<URI> onlineLink, boolean webinar) {
    this(header, description, start, end, timeZone, place, onlineLink, webinar, false, Optional.empty(),
        Optional.empty(), Optional.empty(), Set.of(), Optional.empty(), List.of());
  }

  private static void link(Optional<URI> link, String field) {
    Checks.required(link, field).ifPresent(u -> Checks.check(u.isAbsolute(), field, "absolute-uri",
        "must be an absolute link such as https://example.org/meet"));
  }

  private static boolean midnight(Instant time, ZoneId zone) {
    return time.atZone(zone).toLocalTime().equals(LocalTime.MIDNIGHT);
  }

  @Override
  public Event withHeader(ItemHeader newHeader) {
    return new Event(newHeader, description, start, end, timeZone, place, onlineLink, webinar, allDay, recurrence,
        recording, slides, linkedCommunities, capacity, attachments);
  }

  /**
   * A copy with the recording and slides given, as they become available after the event.
   *
   * @param newRecording where to watch the recording, or empty
   * @param newSlides where to read the slides, or empty
   * @return a copy of this event with that recording and those slides
   */
  public Event withMedia(Optional<URI> newRecording, Optional<URI> newSlides) {
    return new Event(header, description, start, end, timeZone, place, onlineLink, webinar, allDay, recurrence,
        newRecording, newSlides, linkedCommunities, capacity, attachments);
  }

  /**
   * A copy with the capacity given, or with no limit.
   *
   * @param newCapacity the most participants, or empty for no limit
   * @return a copy of this event with that capacity
   */
  public Event withCapacity(Optional<Integer> newCapacity) {
    return new Event(header, description, start, end, timeZone, place, onlineLink, webinar, allDay, recurrence,
        recording, slides, linkedCommunities, newCapacity, attachments);
  }

  /**
   * A copy with the attachments given.
   *
   * @param newAttachments the attachments, in order
   * @return a copy of this event with those attachments
   */
  public Event withAttachments(List<Attachment> newAttachments) {
    return new Event(header, description, start, end, timeZone, place, onlineLink, webinar, allDay, recurrence,
        recording, slides, linkedCommunities, capacity, newAttachments);
  }
}
