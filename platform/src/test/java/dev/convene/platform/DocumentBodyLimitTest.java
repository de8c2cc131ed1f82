package dev.convene.platform;

import static dev.convene.platform.ContentFixture.MEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.ValidationException;
import dev.convene.core.model.Community;
import dev.convene.core.model.Document;
import dev.convene.core.model.Item;
import dev.convene.core.model.Visibility;
import dev.convene.storage.ItemQuery;
import dev.convene.storage.PageRequest;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The platform's limit on a document's body (docs/decisions.md, "Languages, texts and settings"). */
class DocumentBodyLimitTest {
  private final ContentFixture world = new ContentFixture();
  private Community water;
  /** A platform on the same store that takes bodies of at most ten characters. */
  private Convene limited;

  @BeforeEach
  void setUp() {
    water = world.community("water");
    limited = Convene.builder().storage(world.storage).clock(world.clock).maxBodyLength(10).build();
  }

  @AfterEach
  void tearDown() {
    limited.close();
  }

  private static ItemDraft.DocumentDraft withBody(String body) {
    return ItemDraft.document("Report", Locale.ENGLISH, Visibility.MEMBERS).summary("A summary").body(body);
  }

  private static Document rewritten(Item item, String body) {
    Document d = (Document) item;
    return new Document(d.header(), d.summary(), body, d.authors(), d.publisher(), d.publicationDate(),
        d.documentType(), d.attachments());
  }

  private long stored() {
    return world.storage.read(tx -> tx.items().list(ItemQuery.in(water.id()), PageRequest.first(100))).items().size();
  }

  private static void assertTooLong(ValidationException e, int limit) {
    assertEquals("body", e.field());
    assertEquals("max-length", e.rule());
    assertTrue(e.getMessage().contains("at most " + limit + " characters"), e.getMessage());
  }

  @Test
  @DisplayName("create takes a body of the limit's length and refuses a longer one, storing nothing")
  void create() {
    Document atLimit = (Document) limited.content().create(MEL, water.id(), withBody("0123456789"));
    assertEquals("0123456789", atLimit.body());
    long before = stored();
    ValidationException e = assertThrows(ValidationException.class,
        () -> limited.content().create(MEL, water.id(), withBody("0123456789A")));
    assertTooLong(e, 10);
    assertEquals(before, stored(), "a refused create stores nothing");
  }

  @Test
  @DisplayName("an edit that makes the body longer than the limit is refused, and the item stays as it was")
  void edit() {
    Item item = limited.content().create(MEL, water.id(), withBody("short"));
    ValidationException e = assertThrows(ValidationException.class,
        () -> limited.content().edit(MEL, rewritten(item, "much too long")));
    assertTooLong(e, 10);
    Document kept = (Document) limited.content().get(MEL, item.id());
    assertEquals("short", kept.body());
    assertEquals(item.version(), kept.version());
    assertEquals("0123456789", ((Document) limited.content().edit(MEL, rewritten(item, "0123456789"))).body());
  }

  @Test
  @DisplayName("a body stored before the limit was lowered is read in full, and an edit may keep it, not replace it")
  void olderLongerBody() {
    String old = "a body of thirty characters..";
    Item item = world.content().create(MEL, water.id(), withBody(old));
    Document read = (Document) limited.content().get(MEL, item.id());
    assertEquals(old, read.body());
    Document retitled = rewritten(read, old);
    retitled = retitled.withHeader(retitled.header().withTitle("Report, revised", world.clock.instant()));
    Document edited = (Document) limited.content().edit(MEL, retitled);
    assertEquals("Report, revised", edited.title());
    assertEquals(old, edited.body());
    assertTooLong(assertThrows(ValidationException.class,
        () -> limited.content().edit(MEL, rewritten(edited, old + "!"))), 10);
  }

  @Test
  @DisplayName("by default a body may have 1,000,000 characters, not one more")
  void defaultLimit() {
    String million = "x".repeat(Convene.Builder.DEFAULT_MAX_BODY_LENGTH);
    assertEquals(1_000_000, ((Document) world.content().create(MEL, water.id(), withBody(million))).body().length());
    assertTooLong(assertThrows(ValidationException.class,
        () -> world.content().create(MEL, water.id(), withBody(million + "x"))), 1_000_000);
  }

  @Test
  @DisplayName("the limit is 1 to 10,000,000 characters")
  void bounded() {
    for (int wrong : new int[] {0, -1, Convene.Builder.MAX_BODY_LENGTH_LIMIT + 1}) {
      ValidationException e = assertThrows(ValidationException.class, () -> Convene.builder().maxBodyLength(wrong));
      assertEquals("maxBodyLength", e.field());
      assertEquals("range", e.rule());
    }
    Convene.builder().maxBodyLength(1).maxBodyLength(Convene.Builder.MAX_BODY_LENGTH_LIMIT);
  }
}
