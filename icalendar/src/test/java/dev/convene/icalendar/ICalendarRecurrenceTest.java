package dev.convene.icalendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Event;
import dev.convene.core.model.Item;
import dev.convene.core.model.Recurrence;
import dev.convene.core.model.Recurrence.Frequency;
import dev.convene.core.model.Visibility;
import dev.convene.platform.CalendarWindow;
import dev.convene.platform.Convene;
import dev.convene.platform.ItemDraft;
import dev.convene.platform.Occurrence;
import dev.convene.storage.PageRequest;
import dev.convene.storage.memory.InMemoryStorage;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The calendar's own expansion of recurring events checked against biweekly's, reading the rules
 * back from the feed: the two must give the same occurrences.
 */
class ICalendarRecurrenceTest {
  private static final Actor ADA = Actor.user("ada");
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2028-01-01T00:00:00Z");

  private final Clock clock = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
  private final Convene convene = Convene.builder().storage(InMemoryStorage.create(clock)).clock(clock).build();
  private final ICalendarFeeds feeds = ICalendarFeeds.create(convene, "events.example.org");
  private final Community water = convene.communities().create(ADA, "water", b -> b.name("water"));

  private Event publish(ItemDraft.EventDraft draft) {
    Item created = convene.content().create(ADA, water.id(), draft);
    return (Event) convene.content().publish(ADA, created.id());
  }

  private static ItemDraft.EventDraft draft(String title, String start, String end) {
    return ItemDraft.event(title, Locale.ENGLISH, Visibility.PUBLIC, Instant.parse(start), Instant.parse(end), PARIS);
  }

  @Test
  @DisplayName("weekly, monthly and all-day rules expand as biweekly expands the RRULE written for them")
  void sameOccurrencesAsTheLibrary() {
    publish(draft("weekly", "2026-03-19T09:00:00Z", "2026-03-19T10:00:00Z")
        .recurrence(Recurrence.times(Frequency.WEEKLY, 1, 10)));
    publish(draft("monthly", "2026-01-31T17:00:00Z", "2026-01-31T18:00:00Z")
        .recurrence(Recurrence.until(Frequency.MONTHLY, 1, LocalDate.of(2027, 8, 31))));
    publish(draft("fortnightly day", "2026-03-21T23:00:00Z", "2026-03-22T23:00:00Z").allDay(true)
        .recurrence(Recurrence.until(Frequency.WEEKLY, 2, LocalDate.of(2026, 7, 5))));
    publish(draft("every third month", "2026-02-15T07:30:00Z", "2026-02-15T08:00:00Z")
        .recurrence(Recurrence.times(Frequency.MONTHLY, 3, 6)));
    ICalendar calendar = Biweekly.parse(feeds.person(ADA)).first();
    assertEquals(4, calendar.getEvents().size());
    List<Occurrence> ours = convene.calendar().list(ADA, CalendarWindow.between(FROM, TO), PageRequest.first(1000))
        .items();
    for (VEvent event : calendar.getEvents()) {
      String title = event.getSummary().getValue();
      // an all-day event's dates are floating: biweekly gives them at midnight in the default zone
      boolean dates = !event.getDateStart().getValue().hasTime();
      ZoneId zone = dates ? ZoneId.systemDefault() : PARIS;
      List<String> theirs = new ArrayList<>();
      for (var it = event.getDateIterator(TimeZone.getTimeZone(zone)); it.hasNext(); ) {
        Date next = it.next();
        if (!next.toInstant().isBefore(TO)) {
          break;
        }
        theirs.add(dates ? LocalDate.ofInstant(next.toInstant(), zone).toString() : next.toInstant().toString());
      }
      List<String> mine = ours.stream().filter(o -> o.event().title().equals(title))
          .map(o -> dates ? LocalDate.ofInstant(o.start(), PARIS).toString() : o.start().toString()).toList();
      assertEquals(theirs, mine, title);
      assertTrue(mine.size() > 1, title);
    }
  }

  @Test
  @DisplayName("an all-day event is written as dates; a webinar's recording and slides as attachments")
  void datesAndAttachments() {
    Event day = publish(draft("day", "2026-03-31T22:00:00Z", "2026-04-01T22:00:00Z").allDay(true));
    String text = feeds.event(ADA, day.id());
    assertTrue(text.contains("DTSTART;VALUE=DATE:20260401"), text);
    assertTrue(text.contains("DTEND;VALUE=DATE:20260402"), text);
    Event webinar = publish(draft("webinar", "2026-05-02T08:00:00Z", "2026-05-02T09:00:00Z").webinar(true));
    convene.content().edit(ADA, webinar.withMedia(Optional.of(URI.create("https://video.example.org/w")),
        Optional.of(URI.create("https://files.example.org/w.pdf"))));
    VEvent written = Biweekly.parse(feeds.event(ADA, webinar.id())).first().getEvents().getFirst();
    assertEquals(List.of("https://video.example.org/w", "https://files.example.org/w.pdf"),
        written.getAttachments().stream().map(a -> a.getUri()).toList());
  }
}
