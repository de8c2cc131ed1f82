package dev.convene.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.Event;
import dev.convene.core.model.Item;
import dev.convene.core.model.Section;
import dev.convene.core.model.Visibility;
import dev.convene.platform.Convene;
import dev.convene.platform.ItemDraft;
import dev.convene.storage.ItemQuery;
import dev.convene.storage.PageRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A community's sections over HTTP: who sees what, the forms and their tokens, escaping and 404s. */
class SectionPagesHttpTest {
  @TempDir static Path folder;
  private static TestPortal portal;
  private static Convene convene;

  @BeforeAll
  static void start() {
    portal = new TestPortal(folder);
    convene = portal.portal.convene();
  }

  @AfterAll
  static void stop() {
    portal.close();
  }

  private static HttpVisitor visitor(String key) {
    return key.equals("anonymous") ? new HttpVisitor(portal) : new HttpVisitor(portal, key);
  }

  /** The item of Open Library titled {@code title}, as its moderator reads it. */
  private static Item item(String title) {
    Community library = convene.communities().bySlug(portal.actor("mo"), SeedWorld.LIBRARY);
    return convene.content().list(portal.actor("mo"), library.id(), ItemQuery.all(), PageRequest.first(100)).items()
        .stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow();
  }

  private static String page(Item item) {
    return "/i/" + item.id().value();
  }

  @Test
  void aVisitorSeesThePublicItemsOfEachSectionAndAMemberSeesTheMembersOnesToo() {
    String anonymous = visitor("anonymous").get("/c/open-library").body();
    String member = visitor("mia").get("/c/open-library").body();
    for (String title : List.of(SeedSections.OPEN_DAY, SeedSections.REOPENING, "Which archives should we digitise"
        + " first?", SeedSections.VENUE_POLL, "Digitisation group")) {
      assertTrue(anonymous.contains(title), title);
      assertTrue(member.contains(title), title);
    }
    for (String title : List.of(SeedSections.ASSEMBLY, SeedSections.BUDGET_NOTICE, SeedSections.OPENING_HOURS,
        SeedSections.EXHIBITION_POLL)) {
      assertFalse(anonymous.contains(title), title);
      assertTrue(member.contains(title), title);
    }
    for (String section : List.of("events", "announcements", "discussions", "polls", "groups")) {
      assertTrue(anonymous.contains("id=\"section-" + section + "\""), section);
    }
    assertTrue(anonymous.contains("href=\"/c/open-library/brand.css\""), "the community's colours");
  }

  @Test
  void everySectionPageCarriesTheSecurityHeadersAndNoInlineStyle() {
    HttpVisitor visitor = visitor("mia");
    List<String> paths = List.of("/c/open-library", "/c/open-library/events", "/c/open-library/announcements",
        "/c/open-library/discussions", "/c/open-library/polls", "/c/open-library/groups",
        page(item(SeedSections.OPEN_DAY)), page(item(SeedSections.REOPENING)), page(item(SeedSections.DIGITISE)),
        page(item(SeedSections.VENUE_POLL)), "/c/open-library/brand.css", "/c/open-library/calendar.ics");
    for (String path : paths) {
      HttpResponse<String> response = visitor.get(path);
      assertEquals(200, response.statusCode(), path);
      assertEquals(PortalServer.CSP, response.headers().firstValue("Content-Security-Policy").orElse(""), path);
      assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
      assertFalse(response.body().contains("<script") || response.body().contains("<style")
          || response.body().contains(" style="), path);
    }
    assertEquals("header { background: #1d4e89; }\nh1 { color: #1d4e89; }\n"
        + ".welcome, .guidelines { border-left-color: #f2a541; }\n", visitor.get("/c/open-library/brand.css").body());
  }

  @Test
  void aSpaceShowsItsCurrentGuidelinesInTheDisplayLanguage() {
    HttpVisitor visitor = visitor("anonymous");
    String english = visitor.get("/c/urban-health").body();
    assertTrue(english.contains("id=\"guidelines\"") && english.contains("Be kind, cite your sources")
        && english.contains("version 1"), english);
    assertTrue(visitor.get("/c/urban-health?lang=fr").body().contains("Soyez bienveillants"));
    assertFalse(visitor.get("/c/climate-lab").body().contains("id=\"guidelines\""), "none without guidelines");
  }

  @Test
  void searchDrillsDownByThemeAsItsFacetCounts() {
    HttpVisitor mia = visitor("mia");
    String all = mia.get("/search?q=pensions").body();
    java.util.regex.Matcher theme = java.util.regex.Pattern
        .compile("href=\"([^\"]*theme=[^\"]*)\"[^>]*>([^<(]+) \\((\\d+)\\)</a>").matcher(all);
    assertTrue(theme.find(), "a theme facet: " + all);
    String drilled = mia.get(theme.group(1).replace("&amp;", "&")).body();
    assertTrue(drilled.contains("<p id=\"total\">" + theme.group(3) + " found</p>"),
        theme.group(2) + " counted " + theme.group(3) + ": " + drilled);
  }

  @Test
  void pinnedAnnouncementsComeFirst() {
    // posted in this order: "Summer opening hours", then the pinned one, then the members' notice
    String page = visitor("mia").get("/c/open-library/announcements").body();
    int pinned = page.indexOf(SeedSections.REOPENING);
    int newer = page.indexOf(SeedSections.BUDGET_NOTICE);
    int older = page.indexOf("Summer opening hours");
    assertTrue(pinned > 0 && newer > 0 && older > 0, page);
    assertTrue(pinned < newer && newer < older, "pinned first, then newest first: " + page);
  }

  @Test
  void theCalendarShowsUpcomingAndPastEventsInTheirOwnTimeZone() {
    String events = visitor("anonymous").get("/c/open-library/events").body();
    int upcoming = events.indexOf("id=\"section-upcoming\"");
    int past = events.indexOf("id=\"section-past\"");
    assertTrue(upcoming > 0 && past > upcoming, events);
    assertTrue(events.indexOf(SeedSections.OPEN_DAY) > upcoming && events.indexOf(SeedSections.OPEN_DAY) < past);
    assertTrue(events.indexOf("Club de lecture") > upcoming && events.indexOf("Club de lecture") < past);
    assertTrue(events.indexOf("Taller de archivos") > past, events);

    // seeded at 08:00 UTC; Paris is one hour ahead in winter, two in summer
    Event openDay = (Event) item(SeedSections.OPEN_DAY);
    assertEquals(8, openDay.start().atZone(ZoneId.of("UTC")).getHour());
    int paris = ZoneId.of("Europe/Paris").getRules().isDaylightSavings(openDay.start()) ? 10 : 9;
    String page = visitor("anonymous").get(page(openDay)).body();
    assertTrue(page.contains(paris + ":00") && page.contains("Europe/Paris"), page);
    assertFalse(page.contains(" 8:00"), page);
    // seeded at 17:00 UTC; Mexico City keeps UTC-6 all year: 11:00 there
    String assembly = visitor("mia").get(page(item(SeedSections.ASSEMBLY))).body();
    assertTrue(assembly.contains("11:00") && assembly.contains("America/Mexico_City"), assembly);
    assertTrue(assembly.contains("https://meet.example.org/library-assembly"), assembly);
  }

  @Test
  void theCalendarFeedHoldsOnlyWhatTheVisitorMaySee() {
    HttpResponse<String> anonymous = visitor("anonymous").get("/c/open-library/calendar.ics");
    assertEquals(200, anonymous.statusCode());
    assertTrue(anonymous.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
    assertTrue(anonymous.body().contains("BEGIN:VCALENDAR") && anonymous.body().contains(SeedSections.OPEN_DAY));
    assertFalse(anonymous.body().contains("Members"), anonymous.body());
    assertTrue(visitor("mia").get("/c/open-library/calendar.ics").body().contains("assembly"));
  }

  @Test
  void anEventsFileDownloads() {
    Item openDay = item(SeedSections.OPEN_DAY);
    String link = page(openDay) + "/files/" + openDay.attachments().getFirst().contentHash();
    HttpVisitor visitor = visitor("anonymous");
    assertTrue(visitor.get(page(openDay)).body().contains("href=\"" + link + "\""));
    HttpResponse<byte[]> file = visitor.bytes(link);
    assertEquals(200, file.statusCode());
    assertEquals("10:00 tours\n14:00 readings\n", new String(file.body(), java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(404, visitor.get(page(openDay) + "/files/" + "0".repeat(64)).statusCode());
  }

  @Test
  void membersOnlyAndHiddenItemsAreOneAndTheSame404() {
    Actor mo = portal.actor("mo");
    Community group = convene.communities().bySlug(mo, portal.hiddenSlug());
    Item secret = convene.content().submitOrPublish(mo, convene.content().create(mo, group.id(),
        ItemDraft.discussion("Zephyr timetable", Locale.ENGLISH, Visibility.MEMBERS, "Only the task force.")).id());
    for (String key : List.of("anonymous", "olga")) {
      HttpVisitor visitor = visitor(key);
      String missing = visitor.get("/i/no-such-item").body();
      for (String path : List.of(page(secret), page(item(SeedSections.OPENING_HOURS)),
          page(item(SeedSections.EXHIBITION_POLL)), page(item(SeedSections.ASSEMBLY)),
          page(item(SeedSections.ASSEMBLY)) + "/event.ics")) {
        HttpResponse<String> hidden = visitor.get(path);
        assertEquals(404, hidden.statusCode(), key + " " + path);
        assertEquals(missing, hidden.body(), key + " " + path);
      }
      String missingSection = visitor.get("/c/no-such-community/events").body();
      for (String tail : List.of("/events", "/polls", "/groups", "/calendar.ics", "/brand.css")) {
        HttpResponse<String> hidden = visitor.get("/c/" + portal.hiddenSlug() + tail);
        assertEquals(404, hidden.statusCode(), tail);
        assertEquals(missingSection, hidden.body(), tail);
        assertFalse(hidden.body().contains("Zephyr"), tail);
      }
      assertFalse(visitor.get("/c/cash-transfers/groups").body().contains("Zephyr"), "not among the working groups");
    }
    assertTrue(visitor("mo").get(page(secret)).body().contains("Zephyr timetable"));
  }

  @Test
  void aSwitchedOffSectionIsNeitherShownNorFound() {
    Actor ada = portal.actor("ada");
    convene.communities().create(ada, "quiet-room", b -> b.name("Quiet Room").sections(Set.of(Section.DOCUMENTS)));
    HttpVisitor visitor = visitor("anonymous");
    String space = visitor.get("/c/quiet-room").body();
    assertFalse(space.contains("id=\"section-"), space);
    assertFalse(space.contains("calendar.ics"), space);
    assertEquals(404, visitor.get("/c/quiet-room/events").statusCode());
    assertEquals(404, visitor.get("/c/quiet-room/calendar.ics").statusCode());
    assertEquals(404, visitor.get("/c/open-library/no-such-section").statusCode());
  }

  @Test
  void aMemberRepliesWithTheFormsTokenAndOnlyWithIt() {
    Item digitise = item("Which archives should we digitise first?");
    HttpVisitor anonymous = visitor("anonymous");
    assertFalse(anonymous.get(page(digitise)).body().contains("id=\"reply-form\""), "no form for a visitor");
    assertTrue(anonymous.get(page(digitise)).body().contains("Newspapers first"), "the replies are public");

    HttpVisitor mia = visitor("mia");
    String evil = "<script>alert(4)</script>";
    assertEquals(403, mia.post(page(digitise) + "/reply", "body=" + HttpVisitor.encode(evil)).statusCode());
    assertEquals(403, mia.post(page(digitise) + "/reply", "csrf=0123&body=x").statusCode());
    assertEquals(2, ((dev.convene.core.model.Discussion) item(digitise.title())).replies().size(), "nothing sent");

    String form = mia.get(page(digitise)).body();
    assertTrue(form.contains("id=\"reply-form\""), form);
    HttpResponse<String> blank = mia.post(page(digitise) + "/reply", "csrf=" + HttpVisitor.csrf(form) + "&body=+");
    assertEquals(400, blank.statusCode());
    assertTrue(blank.body().contains("id=\"reply-error\""), "the message stands next to the field");

    HttpResponse<String> sent = mia.post(page(digitise) + "/reply",
        "csrf=" + HttpVisitor.csrf(form) + "&body=" + HttpVisitor.encode(evil));
    assertEquals(303, sent.statusCode());
    String after = mia.get(page(digitise)).body();
    assertTrue(after.contains("&lt;script&gt;alert(4)&lt;/script&gt;"), after);
    assertFalse(after.contains(evil), after);

    HttpVisitor olga = visitor("olga");
    assertFalse(olga.get(page(digitise)).body().contains("id=\"reply-form\""), "no form for an outsider");
    assertEquals(403, olga.post(page(digitise) + "/reply", "csrf=" + olga.token() + "&body=hello").statusCode());
  }

  @Test
  void aMemberVotesWithTheFormsTokenAndThenSeesTheResults() {
    Item venue = item(SeedSections.VENUE_POLL);
    String anonymous = visitor("anonymous").get(page(venue)).body();
    assertTrue(anonymous.contains("The results show once you have voted."), anonymous);
    assertFalse(anonymous.contains("id=\"voters\"") || anonymous.contains("id=\"vote-form\""), anonymous);

    Actor cora = portal.actor("cora");
    Community library = convene.communities().bySlug(cora, SeedWorld.LIBRARY);
    convene.memberships().join(cora, library.id());
    HttpVisitor member = visitor("cora");
    String before = member.get(page(venue)).body();
    assertTrue(before.contains("id=\"vote-form\"") && before.contains("id=\"results-hidden\""), before);
    assertFalse(before.contains("id=\"voters\""), "no count before voting: " + before);

    assertEquals(403, member.post(page(venue) + "/vote", "option=1").statusCode());
    assertTrue(convene.polls().myVote(cora, venue.id()).isEmpty(), "no vote without the token");
    assertEquals(400, member.post(page(venue) + "/vote", "csrf=" + HttpVisitor.csrf(before)).statusCode());
    assertEquals(303, member.post(page(venue) + "/vote", "csrf=" + HttpVisitor.csrf(before) + "&option=1")
        .statusCode());
    String after = member.get(page(venue)).body();
    // Mia and Mo chose the garden when the world was seeded; Cora, the main reading room
    assertTrue(after.contains("3 voted"), after);
    assertTrue(after.contains("Main reading room: 1") && after.contains("Garden: 2")
        && after.contains("Archive hall: 0"), after);
    assertEquals(403, visitor("olga").post(page(venue) + "/vote", "csrf=" + visitor("olga").token() + "&option=1")
        .statusCode(), "a token of another session is refused too");
  }

  @Test
  void titlesAreEscapedOnEverySectionPage() {
    Actor mo = portal.actor("mo");
    Community library = convene.communities().bySlug(mo, SeedWorld.LIBRARY);
    Item announcement = convene.content().submitOrPublish(mo, convene.content().create(mo, library.id(),
        ItemDraft.announcement(TestPortal.EVIL_TITLE, Locale.ENGLISH, Visibility.PUBLIC, "<img src=x onerror=alert(5)>"))
        .id());
    Item poll = convene.content().submitOrPublish(mo, convene.content().create(mo, library.id(),
        ItemDraft.poll(TestPortal.EVIL_TITLE, Locale.ENGLISH, Visibility.PUBLIC, dev.convene.core.model.Poll.Mode.OPTIONS)
            .options("<b>yes</b>", "\"no\" onclick=x")).id());
    HttpVisitor visitor = visitor("anonymous");
    for (String path : List.of("/c/open-library", "/c/open-library/announcements", "/c/open-library/polls",
        page(announcement), page(poll))) {
      String body = visitor.get(path).body();
      assertFalse(body.contains("<script") || body.contains("<img") || body.contains("<b>"), path);
      assertTrue(body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), path + ": " + body);
    }
    assertTrue(visitor.get(page(announcement)).body().contains("&lt;img src=x onerror=alert(5)&gt;"));
  }

  @Test
  void theDirectoryFiltersByThemeAndOffersOnlyTheThemesOfCommunitiesThePersonMaySee() {
    var taxonomy = convene.taxonomy().current().taxonomy();
    ConceptId libraries = taxonomy.findByLabel("Libraries", Locale.ENGLISH).getFirst().id();
    String filtered = visitor("anonymous").get("/?theme=" + HttpVisitor.encode(libraries.value())).body();
    assertTrue(filtered.contains("Open Library") || filtered.contains("Heritage Network"), filtered);
    assertFalse(filtered.contains("Climate Lab"), filtered);
    assertEquals(400, visitor("anonymous").get("/?theme=no-such-concept").statusCode());

    // Poverty tags only Cash Transfers, a private community: listed to registered users only
    String anonymous = visitor("anonymous").get("/").body();
    String registered = visitor("olga").get("/").body();
    assertFalse(anonymous.contains(">Poverty<"), anonymous);
    assertTrue(registered.contains(">Poverty<"), registered);
  }
}
