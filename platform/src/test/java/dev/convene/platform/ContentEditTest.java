package dev.convene.platform;

import static dev.convene.platform.ContentFixture.MAX;
import static dev.convene.platform.ContentFixture.MEL;
import static dev.convene.platform.ContentFixture.MO;
import static dev.convene.platform.ContentFixture.OLGA;
import static dev.convene.platform.ContentFixture.WATER;
import static dev.convene.platform.ContentFixture.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.ConflictException;
import dev.convene.core.NotFoundException;
import dev.convene.core.ValidationException;
import dev.convene.core.event.ItemChanged.Kind;
import dev.convene.core.model.Attachment;
import dev.convene.core.model.Community;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.Document;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemHeader;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import dev.convene.core.policy.PolicySettings;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ContentEditTest {
  private final ContentFixture world = new ContentFixture();
  private final ContentService content = world.content();
  private final Community water = world.community("water");

  private static Document retitled(Item item, String title) {
    Document d = (Document) item;
    return new Document(d.header().withTitle(title, d.updated()), d.summary(), d.body(), d.authors(), d.publisher(),
        d.publicationDate(), d.documentType(), d.attachments());
  }

  private static Item withHeader(Item item, ItemHeader header) {
    return item.withHeader(header);
  }

  @Test
  @DisplayName("the author edits a copy; the platform sets the update time and bumps the version")
  void edit() {
    Item item = world.published(MEL, water, doc("Draft title", Visibility.PUBLIC));
    world.clock.advance(Duration.ofHours(1));
    Item edited = content.edit(MEL, retitled(item, "Final title"));
    assertEquals("Final title", edited.title());
    assertEquals(item.version() + 1, edited.version());
    assertEquals(item.created(), edited.created());
    assertEquals(world.clock.instant(), edited.updated());
    assertEquals(ReviewState.PUBLISHED, edited.reviewState());
    assertEquals(edited, content.get(OLGA, item.id()));
    assertEquals(List.of(Kind.CREATED, Kind.PUBLISHED, Kind.EDITED), world.events(item));
  }

  @Test
  @DisplayName("an edit based on a stale version is a conflict and changes nothing")
  void staleEdit() {
    Item item = world.published(MEL, water, doc("Title", Visibility.PUBLIC));
    content.edit(MEL, retitled(item, "First"));
    ConflictException e = assertThrows(ConflictException.class, () -> content.edit(MEL, retitled(item, "Second")));
    assertTrue(e.getMessage().contains("version"), e.getMessage());
    assertEquals("First", content.get(MEL, item.id()).title());
    assertEquals(List.of(Kind.CREATED, Kind.PUBLISHED, Kind.EDITED), world.events(item));
  }

  @Test
  @DisplayName("what the platform manages cannot be edited, and a refused edit writes nothing")
  void managedFields() {
    Item item = world.published(MEL, water, doc("Title", Visibility.PUBLIC));
    ItemHeader h = item.header();
    Instant t = h.created();
    record Case(String field, ItemHeader header) {}
    List<Case> cases = List.of(
        new Case("reviewState", h.withReviewState(ReviewState.DRAFT, t)),
        new Case("author", new ItemHeader(h.id(), h.community(), UserId.of("max"), h.title(), h.language(),
            h.visibility(), h.reviewState(), h.concepts(), t, t, h.version())),
        new Case("created", new ItemHeader(h.id(), h.community(), h.author(), h.title(), h.language(),
            h.visibility(), h.reviewState(), h.concepts(), t.minusSeconds(60), t, h.version())),
        new Case("community", new ItemHeader(h.id(), world.community("other").id(), h.author(), h.title(),
            h.language(), h.visibility(), h.reviewState(), h.concepts(), t, t, h.version())),
        new Case("concepts", h.withConcepts(Set.of(ConceptId.of("unknown")), t)));
    for (Case c : cases) {
      ValidationException e = assertThrows(ValidationException.class, () -> content.edit(MEL, withHeader(item, c.header)));
      assertEquals(c.field, e.field(), e.getMessage());
    }
    assertEquals(item.version(), world.stored(item));
    assertEquals(List.of(Kind.CREATED, Kind.PUBLISHED), world.events(item));
  }

  @Test
  @DisplayName("only the author edits; others are refused, or told nothing if they may not see the item")
  void onlyTheAuthor() {
    Item item = world.published(MEL, water, doc("Minutes", Visibility.MEMBERS));
    assertTrue(assertThrows(AccessDeniedException.class, () -> content.edit(MO, retitled(item, "Mine")))
        .getMessage().contains("author"));
    assertThrows(NotFoundException.class, () -> content.edit(OLGA, retitled(item, "Mine")));
    assertThrows(AccessDeniedException.class, () -> content.delete(MAX, item.id(), item.version()));
  }

  @Test
  @DisplayName("an edit leaves a document's attachments as stored")
  void attachmentsKept() {
    Attachment pdf = new Attachment("report.pdf", "application/pdf", 1234, "a".repeat(64));
    Item created = content.create(MEL, water.id(), doc("Report", Visibility.PUBLIC));
    Document stored = (Document) created;
    world.storage.useTransaction(tx -> tx.items().update(new Document(stored.header(), stored.summary(),
        stored.body(), stored.authors(), stored.publisher(), stored.publicationDate(), stored.documentType(),
        List.of(pdf))));
    Document read = (Document) content.get(MEL, created.id());
    Document withoutFiles = new Document(read.header(), "New summary", read.body(), read.authors(), read.publisher(),
        read.publicationDate(), read.documentType(), List.of());
    Document edited = (Document) content.edit(MEL, withoutFiles);
    assertEquals("New summary", edited.summary());
    assertEquals(List.of(pdf), edited.attachments());
  }

  @Test
  @DisplayName("tags are checked against the taxonomy: an unknown concept is named and nothing is written")
  void tags() {
    world.taxonomy();
    Item item = world.published(MEL, water, doc("Rivers", Visibility.PUBLIC));
    Item tagged = content.tag(MEL, item.id(), Set.of(WATER));
    assertEquals(Set.of(WATER), tagged.concepts());
    ValidationException e = assertThrows(ValidationException.class,
        () -> content.tag(MEL, item.id(), Set.of(WATER, ConceptId.of("lava"))));
    assertEquals("known-concept", e.rule());
    assertTrue(e.getMessage().contains("lava"), e.getMessage());
    assertEquals(tagged.version(), world.stored(item));
    assertThrows(AccessDeniedException.class, () -> content.tag(MAX, item.id(), Set.of()));
    assertEquals(Set.of(), content.tag(MEL, item.id(), Set.of()).concepts());
    assertEquals(List.of(Kind.CREATED, Kind.PUBLISHED, Kind.EDITED, Kind.EDITED), world.events(item));
  }

  @Test
  @DisplayName("the author deletes with the version read; the deletion is audited")
  void delete() {
    Item item = world.published(MEL, water, doc("Obsolete", Visibility.PUBLIC));
    assertThrows(ConflictException.class, () -> content.delete(MEL, item.id(), item.version() - 1));
    assertEquals("expectedVersion", assertThrows(ValidationException.class,
        () -> content.delete(MEL, item.id(), 0)).field());
    content.delete(MEL, item.id(), item.version());
    assertThrows(NotFoundException.class, () -> content.get(MEL, item.id()));
    AuditEntry entry = world.audit(water, AuditAction.ITEM_DELETED).get(0);
    assertEquals("item " + item.id(), entry.subject());
    assertEquals(Optional.of("PUBLISHED"), entry.before());
    assertEquals(Optional.empty(), entry.after());
    assertEquals(List.of(Kind.CREATED, Kind.PUBLISHED, Kind.DELETED), world.events(item));
    assertThrows(NotFoundException.class, () -> content.delete(MEL, item.id(), item.version()));
    assertThrows(NotFoundException.class, () -> content.delete(MEL, ItemId.of("never"), 1));
  }

  @Test
  @DisplayName("a published members-only item cannot become public where public items are curated")
  void noWideningPastCuration() {
    ContentFixture curated = new ContentFixture(PolicySettings.defaults().withCuratePublicContent(true));
    Community place = curated.community("place");
    Item item = curated.published(MEL, place, doc("Notes", Visibility.MEMBERS));
    Item widened = item.withHeader(item.header().withVisibility(Visibility.PUBLIC, item.updated()));
    ValidationException e = assertThrows(ValidationException.class, () -> curated.content().edit(MEL, widened));
    assertEquals("visibility", e.field());
    assertEquals(item.version(), curated.stored(item));

    Item open = world.published(MEL, water, ItemDraft.document("Notes", Locale.ENGLISH, Visibility.MEMBERS));
    assertEquals(Visibility.PUBLIC, content.edit(MEL, open.withHeader(open.header().withVisibility(Visibility.PUBLIC,
        open.updated()))).visibility());
  }
}
