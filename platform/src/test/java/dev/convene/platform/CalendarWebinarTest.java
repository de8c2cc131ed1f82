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
import dev.convene.core.model.Role;
import dev.convene.core.model.Visibility;
import dev.convene.storage.PageRequest;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CalendarWebinarTest {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final Actor EVE = Actor.user("eve"); // member of energy only
  private static final URI JOIN = URI.create("https://meet.example.org/pumps");
  private static final URI RECORDING = URI.create("https://video.example.org/pumps");
  private static final URI SLIDES = URI.create("https://files.example.org/pumps.pdf");

  private final ContentFixture world = new ContentFixture();
  private final CalendarService calendar = world.convene.calendar();
  private final Community water = world.community("water");
  private final Community energy = world.community("energy");
  private final CalendarWindow april = CalendarWindow.month(YearMonth.of(2026, 4), PARIS);

  CalendarWebinarTest() {
    world.member(energy, EVE, Role.MEMBER);
  }

  private Event webinar(String title, Visibility visibility) {
    return (Event) world.published(MO, water, ItemDraft.event(title, Locale.ENGLISH, visibility,
        Instant.parse("2026-04-02T08:00:00Z"), Instant.parse("2026-04-02T09:00:00Z"), PARIS)
        .webinar(true).onlineLink(JOIN).linkedCommunities(energy.id()));
  }

  private List<String> webinars(Actor actor, Community community) {
    return calendar.webinars(actor, april.in(community.id()), PageRequest.first(10)).items().stream()
        .map(o -> o.event().title()).toList();
  }

  @Test
  @DisplayName("a community lists its own webinars and those linked to it, each only to those who may see it")
  void linkedWebinars() {
    webinar("members pumps", Visibility.MEMBERS);
    webinar("open pumps", Visibility.PUBLIC);
    world.published(MO, energy, ItemDraft.event("energy talk", Locale.ENGLISH, Visibility.PUBLIC,
        Instant.parse("2026-04-03T08:00:00Z"), Instant.parse("2026-04-03T09:00:00Z"), PARIS).webinar(true));
    world.published(MO, energy, ItemDraft.event("not a webinar", Locale.ENGLISH, Visibility.PUBLIC,
        Instant.parse("2026-04-04T08:00:00Z"), Instant.parse("2026-04-04T09:00:00Z"), PARIS));
    assertEquals(List.of("members pumps", "open pumps", "energy talk"), webinars(MEL, energy));
    // eve is a member of energy, not of water: the members-only webinar stays water's to show
    assertEquals(List.of("open pumps", "energy talk"), webinars(EVE, energy));
    assertEquals(List.of("open pumps", "energy talk"), webinars(ANON, energy));
    assertEquals(List.of("members pumps", "open pumps"), webinars(MEL, water));
    assertEquals(List.of("open pumps"), webinars(EVE, water));
    assertEquals("community", assertThrows(ValidationException.class,
        () -> calendar.webinars(MEL, april, PageRequest.first(10))).rule());
  }

  @Test
  @DisplayName("the join link, recording and slides reach only those who may see the webinar")
  void linksOnlyToReaders() {
    Event members = webinar("members pumps", Visibility.MEMBERS);
    assertEquals(Optional.of(JOIN), ((Event) world.content().get(MEL, members.id())).onlineLink());
    for (Actor outsider : List.of(EVE, OLGA, ANON)) {
      assertThrows(NotFoundException.class, () -> world.content().get(outsider, members.id()));
      assertEquals(List.of(), calendar.list(outsider, april, PageRequest.first(10)).items());
    }
  }

  @Test
  @DisplayName("a recording and slides are added once the webinar has ended, never before")
  void mediaAfterTheEnd() {
    Event event = webinar("members pumps", Visibility.MEMBERS);
    // the clock stands at 2 March; the webinar ends on 2 April at 09:00 UTC
    ValidationException early = assertThrows(ValidationException.class, () -> world.content().edit(MO,
        event.withMedia(Optional.of(RECORDING), Optional.empty())));
    assertEquals("after-end", early.rule());
    assertEquals("recording", early.field());
    assertEquals(event.version(), world.stored(event));
    world.clock.advance(Duration.between(world.clock.instant(), Instant.parse("2026-04-02T09:00:00Z")));
    Event after = (Event) world.content().edit(MO, event.withMedia(Optional.of(RECORDING), Optional.of(SLIDES)));
    Event seen = (Event) world.content().get(MEL, event.id());
    assertEquals(Optional.of(RECORDING), seen.recording());
    assertEquals(Optional.of(SLIDES), seen.slides());
    assertEquals(after, seen);
    assertThrows(NotFoundException.class, () -> world.content().get(EVE, event.id()));
    assertThrows(NotFoundException.class, () -> world.content().edit(OLGA, after));
  }
}
