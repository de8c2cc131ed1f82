package dev.convene.platform;

import static dev.convene.platform.ContentFixture.ADA;
import static dev.convene.platform.ContentFixture.ANON;
import static dev.convene.platform.ContentFixture.MAX;
import static dev.convene.platform.ContentFixture.MEL;
import static dev.convene.platform.ContentFixture.MO;
import static dev.convene.platform.ContentFixture.OLGA;
import static dev.convene.platform.ContentFixture.PAT;
import static dev.convene.platform.ContentFixture.WATER;
import static dev.convene.platform.ContentFixture.doc;
import static dev.convene.platform.ContentFixture.meeting;
import static dev.convene.platform.ContentFixture.talk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.NotFoundException;
import dev.convene.core.ValidationException;
import dev.convene.core.event.ItemChanged;
import dev.convene.core.model.Announcement;
import dev.convene.core.model.Community;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Document;
import dev.convene.core.model.Event;
import dev.convene.core.model.Item;
import dev.convene.core.model.Purpose;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Section;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import dev.convene.storage.AuditAction;
import dev.convene.storage.ItemQuery;
import dev.convene.storage.PageRequest;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ContentCreateTest {
  private final ContentFixture world = new ContentFixture();
  private final ContentService content = world.content();

  @Test
  @DisplayName("a new document is a draft by the actor, with platform ids and times, that only its author sees")
  void documentDraft() {
    world.taxonomy();
    Community water = world.community("water");
    Item created = content.create(MEL, water.id(), ItemDraft.document("Pensions in 2030", Locale.ENGLISH,
            Visibility.PUBLIC).summary("Where the reform stands").body("Full text").authors("A. Lovelace", "C. Babbage")
        .publisher("Water Press").publicationDate(LocalDate.of(2026, 1, 5)).documentType("Policy brief")
        .concepts(WATER));
    Document document = (Document) created;
    assertEquals("id002", document.id().value());
    assertEquals(water.id(), document.community());
    assertEquals(UserId.of("mel"), document.author());
    assertEquals(ReviewState.DRAFT, document.reviewState());
    assertEquals(Set.of(WATER), document.concepts());
    assertEquals(world.clock.instant(), document.created());
    assertEquals(1, document.version());
    assertEquals(List.of("A. Lovelace", "C. Babbage"), document.authors());
    assertEquals(Optional.of("Policy brief"), document.documentType());
    assertEquals(List.of(), document.attachments());

    assertEquals(created, content.get(MEL, created.id()));
    for (var other : List.of(ADA, MO, MAX, OLGA, ANON)) {
      NotFoundException e = assertThrows(NotFoundException.class, () -> content.get(other, created.id()), other.toString());
      assertEquals("item id002 not found", e.getMessage());
    }
    assertEquals(List.of(ItemChanged.Kind.CREATED), world.events(created));
    assertTrue(world.audit(water).stream().noneMatch(e -> e.subject().startsWith("item")), "creation is not audited");
  }

  @Test
  @DisplayName("each kind of draft becomes its kind of item")
  void everyKind() {
    Community water = world.community("water");
    Event event = (Event) content.create(MO, water.id(), meeting("Annual meeting", Visibility.MEMBERS)
        .description("Once a year").place("Paris").onlineLink(URI.create("https://example.org/meet")).webinar(true));
    assertEquals(ZoneId.of("Europe/Paris"), event.timeZone());
    assertEquals(Optional.of(URI.create("https://example.org/meet")), event.onlineLink());
    assertTrue(event.webinar());
    Announcement news = (Announcement) content.create(MO, water.id(), ItemDraft.announcement("Welcome", Locale.FRENCH,
        Visibility.PUBLIC, "Bienvenue").pinned(true).expires(Instant.parse("2026-12-31T00:00:00Z")));
    assertTrue(news.pinned());
    assertEquals(Locale.FRENCH, news.language());
    Discussion talk = (Discussion) content.create(MEL, water.id(), talk("Indicators", Visibility.MEMBERS));
    assertFalse(talk.locked());
    assertEquals(List.of(), talk.replies());
  }

  @Test
  @DisplayName("members create documents and discussions; announcements and events are for moderators and admins")
  void whoCreatesWhat() {
    Community water = world.community("water");
    assertThrows(AccessDeniedException.class,
        () -> content.create(MEL, water.id(), ItemDraft.announcement("News", Locale.ENGLISH, Visibility.PUBLIC, "...")));
    assertThrows(AccessDeniedException.class, () -> content.create(MEL, water.id(), meeting("Meet", Visibility.PUBLIC)));
    content.create(ADA, water.id(), meeting("Meet", Visibility.PUBLIC));
    content.create(MEL, water.id(), talk("Talk", Visibility.PUBLIC));
    AccessDeniedException outsider = assertThrows(AccessDeniedException.class,
        () -> content.create(OLGA, water.id(), doc("Mine", Visibility.PUBLIC)));
    assertTrue(outsider.getMessage().contains("community " + water.id()), outsider.getMessage());
    assertThrows(AccessDeniedException.class, () -> content.create(ANON, water.id(), doc("Mine", Visibility.PUBLIC)));
    assertEquals(2, world.storage.read(tx -> tx.items().list(ItemQuery.in(water.id()), PageRequest.first(10)))
        .items().size());
  }

  @Test
  @DisplayName("a hidden group is not found to outsiders who try to post in it; a switched-off section refuses its items")
  void hiddenAndSwitchedOff() {
    Community secret = world.community("secret", b -> b.purpose(Purpose.HIDDEN_GROUP));
    NotFoundException e = assertThrows(NotFoundException.class,
        () -> content.create(OLGA, secret.id(), doc("Leak", Visibility.MEMBERS)));
    assertEquals("community " + secret.id() + " not found", e.getMessage());
    Community quiet = world.community("quiet", b -> b.sections(EnumSet.of(Section.DOCUMENTS)));
    assertThrows(AccessDeniedException.class, () -> content.create(MEL, quiet.id(), talk("Talk", Visibility.MEMBERS)));
    content.create(MEL, quiet.id(), doc("Paper", Visibility.MEMBERS));
  }

  @Test
  @DisplayName("a platform admin may post anywhere, and the override is audited")
  void platformAdmin() {
    Community water = world.community("water");
    Item news = content.create(PAT, water.id(), ItemDraft.announcement("Maintenance", Locale.ENGLISH,
        Visibility.PUBLIC, "Tonight"));
    assertEquals(UserId.of("pat"), news.author());
    var overrides = world.audit(water, AuditAction.PLATFORM_ADMIN_ACCESS);
    assertEquals(1, overrides.size());
    assertEquals(Optional.of("POST_ANNOUNCEMENT"), overrides.get(0).reason());
  }

  @Test
  @DisplayName("an unknown concept is named, and nothing is written")
  void unknownConcept() {
    world.taxonomy();
    Community water = world.community("water");
    ValidationException e = assertThrows(ValidationException.class, () -> content.create(MEL, water.id(),
        doc("Fire", Visibility.PUBLIC).concepts(WATER, ConceptId.of("fire"))));
    assertEquals("concepts", e.field());
    assertEquals("known-concept", e.rule());
    assertTrue(e.getMessage().contains("fire"), e.getMessage());
    assertEquals(List.of(), world.storage.read(tx -> tx.items().list(ItemQuery.in(water.id()), PageRequest.first(10)))
        .items());
    assertTrue(world.events.stream().noneMatch(ItemChanged.class::isInstance));
  }

  @Test
  @DisplayName("drafts check their fields at once and name them")
  void draftChecks() {
    Instant start = Instant.parse("2026-04-01T08:00:00Z");
    assertEquals("end", assertThrows(ValidationException.class, () -> ItemDraft.event("Meet", Locale.ENGLISH,
        Visibility.PUBLIC, start, start.minusSeconds(1), ZoneId.of("UTC"))).field());
    assertEquals("title", assertThrows(ValidationException.class,
        () -> ItemDraft.document(" ", Locale.ENGLISH, Visibility.PUBLIC)).field());
    assertEquals("onlineLink", assertThrows(ValidationException.class,
        () -> meeting("Meet", Visibility.PUBLIC).onlineLink(URI.create("meet"))).field());
    assertEquals("concepts[]", assertThrows(ValidationException.class,
        () -> doc("Paper", Visibility.PUBLIC).concepts(WATER, null)).field());
    assertEquals("body", assertThrows(ValidationException.class,
        () -> ItemDraft.discussion("Talk", Locale.ENGLISH, Visibility.PUBLIC, "")).field());
    Community water = world.community("water");
    assertEquals("draft", assertThrows(ValidationException.class, () -> content.create(MEL, water.id(), null)).field());
  }
}
