package dev.convene.platform;

import static dev.convene.platform.ContentFixture.MO;
import static dev.convene.platform.ContentFixture.OLGA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.ValidationException;
import dev.convene.core.model.Community;
import dev.convene.core.model.Recurrence;
import dev.convene.core.model.Recurrence.Frequency;
import dev.convene.core.model.Visibility;
import dev.convene.storage.PageRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CalendarRecurrenceTest {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private final ContentFixture world = new ContentFixture();
  private final CalendarService calendar = world.convene.calendar();
  private final Community water = world.community("water");

  private ItemDraft.EventDraft draft(String title, String start, String end) {
    return ItemDraft.event(title, Locale.ENGLISH, Visibility.PUBLIC, Instant.parse(start), Instant.parse(end), PARIS);
  }

  private List<String> starts(CalendarWindow window) {
    return calendar.list(OLGA, window, PageRequest.first(100)).items().stream()
        .map(o -> o.start() + "/" + o.end()).toList();
  }

  @Test
  @DisplayName("a weekly rule with a count keeps its Paris wall-clock time across the change to summer time")
  void weeklyAcrossDaylightSaving() {
    // Thursdays 10:00 in Paris: UTC+1 until 29 March 2026, UTC+2 after
    world.published(MO, water, draft("weekly", "2026-03-19T09:00:00Z", "2026-03-19T10:00:00Z")
        .recurrence(Recurrence.times(Frequency.WEEKLY, 1, 3)));
    assertEquals(List.of("2026-03-19T09:00:00Z/2026-03-19T10:00:00Z", "2026-03-26T09:00:00Z/2026-03-26T10:00:00Z",
        "2026-04-02T08:00:00Z/2026-04-02T09:00:00Z"), starts(CalendarWindow.upcoming(world.clock.instant())));
    assertEquals(List.of("2026-04-02T08:00:00Z/2026-04-02T09:00:00Z"),
        starts(CalendarWindow.month(YearMonth.of(2026, 4), PARIS)));
  }

  @Test
  @DisplayName("a monthly rule to an end date skips months without its day, and the window cuts it")
  void monthlyUntil() {
    // the 31st at 18:00 in Paris, every month until 31 August: January, March, May, July, August
    world.published(MO, water, draft("monthly", "2026-01-31T17:00:00Z", "2026-01-31T18:00:00Z")
        .recurrence(Recurrence.until(Frequency.MONTHLY, 1, LocalDate.of(2026, 8, 31))));
    assertEquals(List.of("2026-01-31T17:00:00Z/2026-01-31T18:00:00Z", "2026-03-31T16:00:00Z/2026-03-31T17:00:00Z",
        "2026-05-31T16:00:00Z/2026-05-31T17:00:00Z", "2026-07-31T16:00:00Z/2026-07-31T17:00:00Z",
        "2026-08-31T16:00:00Z/2026-08-31T17:00:00Z"),
        starts(CalendarWindow.between(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"))));
    assertEquals(List.of("2026-05-31T16:00:00Z/2026-05-31T17:00:00Z"),
        starts(CalendarWindow.month(YearMonth.of(2026, 5), PARIS)));
  }

  @Test
  @DisplayName("a yearly leap day (every 12 months from 29 February) occurs in leap years only")
  void leapDay() {
    // 29 February 2028 at 10:00 in Paris (UTC+1) is 09:00 UTC; 2029 to 2031 have no 29 February
    world.published(MO, water, draft("leap", "2028-02-29T09:00:00Z", "2028-02-29T10:00:00Z")
        .recurrence(Recurrence.times(Frequency.MONTHLY, 12, 3)));
    assertEquals(List.of("2028-02-29T09:00:00Z/2028-02-29T10:00:00Z", "2032-02-29T09:00:00Z/2032-02-29T10:00:00Z",
        "2036-02-29T09:00:00Z/2036-02-29T10:00:00Z"), starts(CalendarWindow.upcoming(world.clock.instant())));
    assertEquals(List.of(), starts(CalendarWindow.between(Instant.parse("2029-01-01T00:00:00Z"),
        Instant.parse("2032-01-01T00:00:00Z"))));
  }

  @Test
  @DisplayName("an all-day event runs midnight to midnight in its zone; every other week twice")
  void allDay() {
    // 1 April 2026, all day in Paris: 31 March 22:00 UTC to 1 April 22:00 UTC
    world.published(MO, water, draft("day", "2026-03-31T22:00:00Z", "2026-04-01T22:00:00Z").allDay(true)
        .recurrence(Recurrence.times(Frequency.WEEKLY, 2, 2)));
    assertEquals(List.of("2026-03-31T22:00:00Z/2026-04-01T22:00:00Z", "2026-04-14T22:00:00Z/2026-04-15T22:00:00Z"),
        starts(CalendarWindow.month(YearMonth.of(2026, 4), PARIS)));
    ValidationException e = assertThrows(ValidationException.class, () -> world.content().create(MO, water.id(),
        draft("noon", "2026-04-01T10:00:00Z", "2026-04-02T10:00:00Z").allDay(true)));
    assertEquals("all-day", e.rule());
  }

  @Test
  @DisplayName("a rule ends after a count or on a date, exactly one, and not before the first day")
  void ruleChecks() {
    assertEquals("count-or-until", assertThrows(ValidationException.class, () -> new Recurrence(Frequency.WEEKLY, 1,
        java.util.Optional.of(2), java.util.Optional.of(LocalDate.of(2026, 5, 1)))).rule());
    assertEquals("range", assertThrows(ValidationException.class,
        () -> Recurrence.times(Frequency.MONTHLY, 0, 2)).rule());
    assertEquals("not-before-start", assertThrows(ValidationException.class, () -> world.content().create(MO,
        water.id(), draft("early", "2026-04-01T08:00:00Z", "2026-04-01T09:00:00Z")
            .recurrence(Recurrence.until(Frequency.WEEKLY, 1, LocalDate.of(2026, 3, 31))))).rule());
  }
}
