package dev.convene.platform;

import static dev.convene.platform.ContentFixture.ANON;
import static dev.convene.platform.ContentFixture.MEL;
import static dev.convene.platform.ContentFixture.MO;
import static dev.convene.platform.ContentFixture.OLGA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.NotFoundException;
import dev.convene.core.ValidationException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Event;
import dev.convene.core.model.JoinPolicy;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Visibility;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import java.net.URI;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CalendarServiceTest {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private final ContentFixture world = new ContentFixture();
  private final CalendarService calendar = world.convene.calendar();
  private final Community water = world.community("water");
  private final Community hidden = world.community("hidden",
      b -> b.privacy(Privacy.PRIVATE).joinPolicy(JoinPolicy.REQUEST));

  private Event event(Community community, String title, Visibility visibility, String start, String end) {
    return (Event) world.published(MO, community, ItemDraft.event(title, Locale.ENGLISH, visibility,
        Instant.parse(start), Instant.parse(end), PARIS).onlineLink(URI.create("https://meet.example.org/" + title)));
  }

  private List<String> titles(Actor actor, CalendarWindow window, int size) {
    List<String> seen = new ArrayList<>();
    PageRequest request = PageRequest.first(size);
    while (true) {
      Page<Occurrence> page = calendar.list(actor, window, request);
      assertEquals(page.hasNext() ? size : page.items().size(), page.items().size(), "a short page before the last");
      page.items().forEach(o -> seen.add(o.event().title()));
      if (!page.hasNext()) {
        return seen;
      }
      request = request.after(page.next().orElseThrow());
    }
  }

  @Test
  @DisplayName("across communities, each actor sees only the events they may read, ordered by start")
  void listsWhatEachActorMaySee() {
    event(water, "open", Visibility.PUBLIC, "2026-04-10T08:00:00Z", "2026-04-10T10:00:00Z");
    event(water, "members", Visibility.MEMBERS, "2026-04-05T08:00:00Z", "2026-04-05T09:00:00Z");
    event(hidden, "secret", Visibility.MEMBERS, "2026-04-07T08:00:00Z", "2026-04-07T09:00:00Z");
    CalendarWindow april = CalendarWindow.month(YearMonth.of(2026, 4), PARIS);
    assertEquals(List.of("members", "secret", "open"), titles(MEL, april, 10));
    assertEquals(List.of("members", "secret", "open"), titles(MEL, april, 1));
    assertEquals(List.of("open"), titles(OLGA, april, 1));
    assertEquals(List.of("open"), titles(ANON, april, 10));
    assertEquals(List.of("members", "open"), titles(MEL, april.in(water.id()), 10));
  }

  @Test
  @DisplayName("a window keeps what overlaps it: a month in the event's zone, upcoming and past")
  void windows() {
    // 22:30 UTC on 31 March is 00:30 on 1 April in Paris (UTC+2 from 29 March): April there, March in UTC
    event(water, "late", Visibility.PUBLIC, "2026-03-31T22:30:00Z", "2026-03-31T22:45:00Z");
    event(water, "spanning", Visibility.PUBLIC, "2026-03-31T20:00:00Z", "2026-04-01T02:00:00Z");
    event(water, "gone", Visibility.PUBLIC, "2026-03-01T08:00:00Z", "2026-03-01T09:00:00Z");
    assertEquals(List.of("gone", "spanning"), titles(OLGA, CalendarWindow.month(YearMonth.of(2026, 3), PARIS), 10));
    assertEquals(List.of("spanning", "late"), titles(OLGA, CalendarWindow.month(YearMonth.of(2026, 4), PARIS), 10));
    ZoneId utc = ZoneId.of("UTC");
    assertEquals(List.of("gone", "spanning", "late"), titles(OLGA, CalendarWindow.month(YearMonth.of(2026, 3), utc), 2));
    assertEquals(List.of("spanning"), titles(OLGA, CalendarWindow.month(YearMonth.of(2026, 4), utc), 10));
    Instant now = world.clock.instant();
    assertEquals(List.of("spanning", "late"), titles(OLGA, CalendarWindow.upcoming(now), 10));
    assertEquals(List.of("gone"), titles(OLGA, CalendarWindow.past(now), 10));
  }

  @Test
  @DisplayName("a community the actor may not know is not found, a private one lists nothing to outsiders, and a foreign cursor is refused")
  void refusals() {
    CalendarWindow april = CalendarWindow.month(YearMonth.of(2026, 4), PARIS);
    NotFoundException e = assertThrows(NotFoundException.class,
        () -> calendar.list(ANON, april.in(hidden.id()), PageRequest.first(10)));
    assertEquals(List.of(), calendar.list(OLGA, april.in(hidden.id()), PageRequest.first(10)).items());
    assertEquals("community " + hidden.id() + " not found", e.getMessage());
    ValidationException bad = assertThrows(ValidationException.class,
        () -> calendar.list(MEL, april, PageRequest.first(10).after("nonsense")));
    assertEquals("cursor", bad.rule());
    assertThrows(ValidationException.class, () -> CalendarWindow.between(april.to(), april.from()));
  }

  @Test
  @DisplayName("a webinar's join link reaches only those who may see the event")
  void webinarLink() {
    Event webinar = (Event) world.published(MO, hidden, ItemDraft.event("Webinar", Locale.ENGLISH, Visibility.MEMBERS,
        Instant.parse("2026-04-02T08:00:00Z"), Instant.parse("2026-04-02T09:00:00Z"), PARIS)
        .webinar(true).onlineLink(URI.create("https://meet.example.org/join")));
    CalendarWindow april = CalendarWindow.month(YearMonth.of(2026, 4), PARIS);
    List<Occurrence> seen = calendar.list(MEL, april, PageRequest.first(10)).items();
    assertEquals(List.of(URI.create("https://meet.example.org/join")),
        seen.stream().map(o -> o.event().onlineLink().orElseThrow()).toList());
    assertEquals(List.of(), calendar.list(OLGA, april, PageRequest.first(10)).items());
    assertThrows(NotFoundException.class, () -> world.content().get(OLGA, webinar.id()));
  }
}
