package dev.convene.icalendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneInfo;
import dev.convene.core.NotFoundException;
import dev.convene.core.ValidationException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Event;
import dev.convene.core.model.Item;
import dev.convene.core.model.JoinPolicy;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Role;
import dev.convene.core.model.Visibility;
import dev.convene.platform.Convene;
import dev.convene.platform.ItemDraft;
import dev.convene.storage.memory.InMemoryStorage;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ICalendarFeedsTest {
  private static final Actor ADA = Actor.user("ada");     // founds both communities
  private static final Actor MEL = Actor.user("mel");     // member of both
  private static final Actor OLGA = Actor.user("olga");   // registered outsider
  private static final Actor ANON = Actor.anonymous();
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
  private final InMemoryStorage storage = InMemoryStorage.create(clock);
  private final Convene convene = Convene.builder().storage(storage).clock(clock).build();
  private final ICalendarFeeds feeds = ICalendarFeeds.create(convene, "events.example.org");
  private final Community water = community("water", Privacy.PUBLIC);
  private final Community hidden = community("hidden", Privacy.PRIVATE);
  private final Event open = event(water, "Open day", Visibility.PUBLIC, "2026-04-10T08:00:00Z");
  private final Event members = event(water, "Members meeting", Visibility.MEMBERS, "2026-04-05T08:00:00Z");
  private final Event secret = event(hidden, "Secret webinar", Visibility.MEMBERS, "2026-04-07T08:00:00Z");

  private Community community(String slug, Privacy privacy) {
    Community community = convene.communities().create(ADA, slug, b -> b.name(slug).privacy(privacy)
        .joinPolicy(privacy == Privacy.PUBLIC ? JoinPolicy.OPEN : JoinPolicy.REQUEST));
    storage.useTransaction(tx -> tx.memberships().insert(new Membership(community.id(), MEL.user().orElseThrow(),
        MembershipState.ACTIVE, Role.MEMBER, Optional.empty(), Optional.empty(), clock.instant(), Optional.empty(), 0)));
    return community;
  }

  private Event event(Community community, String title, Visibility visibility, String start) {
    Instant at = Instant.parse(start);
    ItemDraft draft = ItemDraft.event(title, Locale.ENGLISH, visibility, at, at.plusSeconds(5400), PARIS)
        .description("All about " + title).place("Room 4")
        .onlineLink(URI.create("https://meet.example.org/" + title.replace(' ', '-')))
        .webinar(title.contains("webinar"));
    Item created = convene.content().create(ADA, community.id(), draft);
    return (Event) convene.content().publish(ADA, created.id());
  }

  private static ICalendar parse(String text) {
    List<ICalendar> calendars = Biweekly.parse(text).all();
    assertEquals(1, calendars.size());
    return calendars.getFirst();
  }

  private static List<String> summaries(String text) {
    return parse(text).getEvents().stream().map(e -> e.getSummary().getValue()).toList();
  }

  @Test
  @DisplayName("a person's feed holds exactly the events they may see, across communities, by start")
  void personFeed() {
    assertEquals(List.of("Members meeting", "Secret webinar", "Open day"), summaries(feeds.person(MEL)));
    assertEquals(List.of("Open day"), summaries(feeds.person(OLGA)));
    assertEquals(List.of("Open day"), summaries(feeds.person(ANON)));
  }

  @Test
  @DisplayName("a community's feed holds what the actor may see of it; a community they may not know is not found")
  void communityFeed() {
    assertEquals(List.of("Members meeting", "Open day"), summaries(feeds.community(MEL, water.id())));
    assertEquals(List.of("Open day"), summaries(feeds.community(OLGA, water.id())));
    assertEquals(List.of(), summaries(feeds.community(OLGA, hidden.id())));
    assertThrows(NotFoundException.class, () -> feeds.community(ANON, hidden.id()));
  }

  @Test
  @DisplayName("one event carries its fields, its zone and its join link; to an outsider it is not found")
  void oneEvent() {
    ICalendar calendar = parse(feeds.event(MEL, secret.id()));
    VEvent event = calendar.getEvents().getFirst();
    assertEquals(secret.id().value() + "@events.example.org", event.getUid().getValue());
    assertEquals("Secret webinar", event.getSummary().getValue());
    assertEquals("All about Secret webinar", event.getDescription().getValue());
    assertEquals("Room 4", event.getLocation().getValue());
    assertEquals("https://meet.example.org/Secret-webinar", event.getUrl().getValue());
    assertEquals(List.of("WEBINAR"), event.getCategories().getFirst().getValues());
    assertEquals(Instant.parse("2026-04-07T08:00:00Z"), event.getDateStart().getValue().toInstant());
    assertEquals(Instant.parse("2026-04-07T09:30:00Z"), event.getDateEnd().getValue().toInstant());
    TimezoneInfo zones = calendar.getTimezoneInfo();
    assertEquals(TimeZone.getTimeZone(PARIS), zones.getTimezone(event.getDateStart()).getTimeZone());
    String text = feeds.event(MEL, secret.id());
    // 08:00 UTC on 7 April is 10:00 in Paris, written as local time with the zone's global id
    assertTrue(text.contains("DTSTART;TZID=/Europe/Paris:20260407T100000"), text);
    NotFoundException e = assertThrows(NotFoundException.class, () -> feeds.event(OLGA, secret.id()));
    assertEquals("item " + secret.id() + " not found", e.getMessage());
    assertThrows(NotFoundException.class, () -> feeds.event(ANON, members.id()));
    assertEquals(List.of("Open day"), summaries(feeds.event(ANON, open.id())));
  }

  @Test
  @DisplayName("a UID domain must be a domain name")
  void uidDomain() {
    ValidationException e = assertThrows(ValidationException.class, () -> ICalendarFeeds.create(convene, "a b"));
    assertEquals("domain", e.rule());
  }
}
