package dev.convene.platform;

import static dev.convene.platform.ContentFixture.ANON;
import static dev.convene.platform.ContentFixture.MAX;
import static dev.convene.platform.ContentFixture.MEL;
import static dev.convene.platform.ContentFixture.OLGA;
import static dev.convene.platform.ContentFixture.PAT;
import static dev.convene.platform.ContentFixture.doc;
import static dev.convene.platform.ContentFixture.talk;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.ConflictException;
import dev.convene.core.ConveneException;
import dev.convene.core.NotFoundException;
import dev.convene.core.ValidationException;
import dev.convene.core.event.ItemChanged.Kind;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Attachment;
import dev.convene.core.model.Community;
import dev.convene.core.model.Document;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.Purpose;
import dev.convene.core.model.Visibility;
import dev.convene.storage.AuditAction;
import dev.convene.storage.blob.FileSystemBlobStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

class ContentAttachmentTest {
  private static final byte[] REPORT = "the annual report".getBytes(UTF_8);
  private static final byte[] MINUTES = "minutes of the board".getBytes(UTF_8);
  private static final int MAX_SIZE = 1024;

  @TempDir Path root;
  private final ContentFixture world = new ContentFixture();
  private final Community water = world.community("water");
  private FileSystemBlobStore blobs;
  private ContentService content;

  @BeforeEach
  void withBlobStore() {
    blobs = FileSystemBlobStore.builder().root(root).maxSize(MAX_SIZE).build();
    AtomicInteger ids = new AtomicInteger();
    content = Convene.builder().storage(world.storage).clock(world.clock).blobStore(blobs)
        .ids(() -> String.format(Locale.ROOT, "doc%03d", ids.incrementAndGet())).eventListener(world.events::add)
        .build().content();
  }

  private Item published(Community community, Visibility visibility) {
    return content.publish(MEL, content.create(MEL, community.id(), doc("Report", visibility)).id());
  }

  private Document attach(Actor who, Item item, String fileName, byte[] bytes) {
    return (Document) content.attach(who, item.id(), fileName, "application/pdf", new ByteArrayInputStream(bytes));
  }

  private byte[] open(Actor who, Item item, String hash) {
    try (InputStream in = content.openAttachment(who, item.id(), hash)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** Content that fails the test if anyone reads it: the refusal must come before streaming. */
  private static InputStream unread() {
    return new InputStream() {
      @Override
      public int read() {
        throw new AssertionError("the content was read");
      }
    };
  }

  private static void notFound(String message, Executable call) {
    assertEquals(message, assertThrows(NotFoundException.class, call).getMessage());
  }

  @Test
  @DisplayName("an attached file reads back byte for byte, to whoever may see the document")
  void attachAndOpen() {
    Item item = published(water, Visibility.PUBLIC);
    world.clock.advance(Duration.ofMinutes(5));
    Document attached = attach(MEL, item, "report.pdf", REPORT);
    Attachment expected = new Attachment("report.pdf", "application/pdf", REPORT.length, sha256(REPORT));
    assertEquals(List.of(expected), attached.attachments());
    assertEquals(item.version() + 1, attached.version());
    assertEquals(world.clock.instant(), attached.updated());
    assertEquals(attached, content.get(OLGA, item.id()));
    for (Actor reader : List.of(MEL, MAX, OLGA, ANON)) {
      assertArrayEquals(REPORT, open(reader, item, sha256(REPORT)), reader.toString());
    }
    assertEquals(List.of(Kind.CREATED, Kind.PUBLISHED, Kind.ATTACHMENT_ADDED), world.events(item));
  }

  @Test
  @DisplayName("a members-only document's file is not found by outsiders, worded as for an unknown item")
  void membersOnly() {
    Item item = published(water, Visibility.MEMBERS);
    String hash = attach(MEL, item, "minutes.pdf", MINUTES).attachments().get(0).contentHash();
    assertArrayEquals(MINUTES, open(MAX, item, hash));
    notFound("item nothing not found", () -> content.openAttachment(OLGA, ItemId.of("nothing"), hash));
    for (Actor outsider : List.of(OLGA, ANON)) {
      notFound("item " + item.id() + " not found", () -> content.openAttachment(outsider, item.id(), hash));
    }
  }

  @Test
  @DisplayName("a known hash opens nothing through a document that does not list it")
  void onlyListedFiles() {
    Item secret = published(water, Visibility.MEMBERS);
    String hash = attach(MEL, secret, "minutes.pdf", MINUTES).attachments().get(0).contentHash();
    Item open = published(water, Visibility.PUBLIC);
    attach(MEL, open, "report.pdf", REPORT);
    for (Actor reader : List.of(OLGA, ANON, MEL)) {
      notFound("attachment " + hash + " of item " + open.id() + " not found",
          () -> content.openAttachment(reader, open.id(), hash));
    }
    assertEquals("contentHash", assertThrows(ValidationException.class,
        () -> content.openAttachment(OLGA, open.id(), hash.toUpperCase(Locale.ROOT))).field());
  }

  @Test
  @DisplayName("content over the blob store's limit is refused and nothing is written")
  void sizeLimit() {
    Item item = published(water, Visibility.PUBLIC);
    byte[] large = new byte[MAX_SIZE + 1];
    ValidationException e = assertThrows(ValidationException.class, () -> attach(MEL, item, "big.bin", large));
    assertEquals("max-size", e.rule());
    assertEquals(item, content.get(MEL, item.id()));
    assertTrue(blobs.find(sha256(large)).isEmpty());
    assertEquals(List.of(Kind.CREATED, Kind.PUBLISHED), world.events(item));
    assertEquals(MAX_SIZE, attach(MEL, item, "fits.bin", new byte[MAX_SIZE]).attachments().get(0).size());
  }

  @Test
  @DisplayName("only the author attaches; refusals come before a byte is read, hidden things are not found")
  void onlyTheAuthor() {
    Item item = published(water, Visibility.MEMBERS);
    assertThrows(AccessDeniedException.class,
        () -> content.attach(MAX, item.id(), "mine.pdf", "application/pdf", unread()));
    notFound("item " + item.id() + " not found",
        () -> content.attach(OLGA, item.id(), "mine.pdf", "application/pdf", unread()));
    Community secret = world.community("secret", b -> b.purpose(Purpose.HIDDEN_GROUP));
    Item hidden = published(secret, Visibility.MEMBERS);
    String hash = attach(MEL, hidden, "plan.pdf", REPORT).attachments().get(0).contentHash();
    for (Actor outsider : List.of(OLGA, ANON)) {
      notFound("item " + hidden.id() + " not found",
          () -> content.attach(outsider, hidden.id(), "x.pdf", "application/pdf", unread()));
      notFound("item " + hidden.id() + " not found", () -> content.openAttachment(outsider, hidden.id(), hash));
      notFound("item " + hidden.id() + " not found", () -> content.detach(outsider, hidden.id(), hash));
    }
    assertEquals(item.version(), world.stored(item));
  }

  @Test
  @DisplayName("a platform admin may attach to anyone's document, audited once")
  void platformAdmin() {
    Item item = published(water, Visibility.PUBLIC);
    attach(PAT, item, "annex.pdf", REPORT);
    assertEquals(List.of(AuditAction.PLATFORM_ADMIN_ACCESS), world.audit(water).stream()
        .filter(e -> e.action() == AuditAction.PLATFORM_ADMIN_ACCESS).map(e -> e.action()).toList());
  }

  @Test
  @DisplayName("a file name that is a path is stored as its last part, and counts as that name")
  void pathsBecomeNames() {
    Item item = published(water, Visibility.PUBLIC);
    Document stored = attach(MEL, item, "../../etc/passwd", REPORT);
    assertEquals(List.of("passwd"), stored.attachments().stream().map(Attachment::fileName).toList());
    Document windows = attach(MEL, item, "C:\\Users\\mel\\.minutes\u202E.pdf", MINUTES);
    assertEquals("minutes.pdf", windows.attachments().get(1).fileName());
    assertEquals(List.of("passwd", "minutes.pdf"), ((Document) content.get(MEL, item.id())).attachments().stream()
        .map(Attachment::fileName).toList());
    ValidationException same = assertThrows(ValidationException.class,
        () -> attach(MEL, item, "/tmp/passwd", "other bytes".getBytes(UTF_8)));
    assertEquals("unique-file-name", same.rule());
    assertEquals("file-name",
        assertThrows(ValidationException.class, () -> attach(MEL, item, "../..", MINUTES)).rule());
    assertEquals(item.version() + 2, world.stored(item));
  }

  @Test
  @DisplayName("file names and bytes are unique per document; only documents take files")
  void rules() {
    Item item = published(water, Visibility.PUBLIC);
    attach(MEL, item, "report.pdf", REPORT);
    ValidationException name = assertThrows(ValidationException.class,
        () -> content.attach(MEL, item.id(), "report.pdf", "application/pdf", unread()));
    assertEquals("unique-file-name", name.rule());
    assertEquals("unique-content", assertThrows(ValidationException.class,
        () -> attach(MEL, item, "copy.pdf", REPORT)).rule());
    assertEquals("mediaType", assertThrows(ValidationException.class,
        () -> content.attach(MEL, item.id(), "a.pdf", "pdf", unread())).field());
    assertEquals("fileName", assertThrows(ValidationException.class,
        () -> content.attach(MEL, item.id(), "..\u0000/", "application/pdf", unread())).field());
    Item discussion = content.publish(MEL, content.create(MEL, water.id(), talk("Talk", Visibility.MEMBERS)).id());
    assertEquals("itemId", assertThrows(ValidationException.class,
        () -> content.attach(MEL, discussion.id(), "a.pdf", "application/pdf", unread())).field());
    notFound("item " + discussion.id() + " not found",
        () -> content.attach(OLGA, discussion.id(), "a.pdf", "application/pdf", unread()));
    assertEquals(item.version() + 1, world.stored(item));
  }

  @Test
  @DisplayName("detaching removes the file from the document and keeps the bytes another document lists")
  void detach() {
    Item first = published(water, Visibility.PUBLIC);
    Item second = published(water, Visibility.PUBLIC);
    attach(MEL, first, "report.pdf", REPORT);
    Document both = attach(MEL, first, "minutes.pdf", MINUTES);
    content.attach(MEL, second.id(), "report.txt", "text/plain", new ByteArrayInputStream(REPORT));
    String hash = sha256(REPORT);
    assertThrows(AccessDeniedException.class, () -> content.detach(MAX, first.id(), hash));
    Item detached = content.detach(MEL, first.id(), hash);
    assertEquals(List.of("minutes.pdf"), detached.attachments().stream().map(Attachment::fileName).toList());
    assertEquals(both.version() + 1, detached.version());
    notFound("attachment " + hash + " of item " + first.id() + " not found",
        () -> content.openAttachment(OLGA, first.id(), hash));
    notFound("attachment " + hash + " of item " + first.id() + " not found",
        () -> content.detach(MEL, first.id(), hash));
    assertTrue(blobs.find(hash).isPresent());
    assertArrayEquals(REPORT, open(OLGA, second, hash));
    assertEquals("text/plain", ((Document) content.get(OLGA, second.id())).attachments().get(0).mediaType());
    assertEquals(List.of(Kind.CREATED, Kind.PUBLISHED, Kind.ATTACHMENT_ADDED, Kind.ATTACHMENT_ADDED,
        Kind.EDITED), world.events(first));
  }

  @Test
  @DisplayName("an edit made while the file is being stored wins: the attach is a conflict and adds nothing")
  void editRace() {
    Item item = published(water, Visibility.PUBLIC);
    InputStream racing = new ByteArrayInputStream(REPORT) {
      private boolean edited;

      @Override
      public synchronized int read(byte[] b, int off, int len) {
        if (!edited) {
          edited = true;
          Document d = (Document) content.get(MEL, item.id());
          content.edit(MEL, new Document(d.header().withTitle("Retitled", d.updated()), d.summary(), d.body(),
              d.authors(), d.publisher(), d.publicationDate(), d.documentType(), d.attachments()));
        }
        return super.read(b, off, len);
      }
    };
    ConflictException e = assertThrows(ConflictException.class,
        () -> content.attach(MEL, item.id(), "report.pdf", "application/pdf", racing));
    assertTrue(e.getMessage().contains("changed while the file was being stored"), e.getMessage());
    Document stored = (Document) content.get(MEL, item.id());
    assertEquals("Retitled", stored.title());
    assertEquals(List.of(), stored.attachments());
    assertEquals(item.version() + 1, stored.version());
    assertEquals(List.of(Kind.CREATED, Kind.PUBLISHED, Kind.EDITED), world.events(item));
    assertEquals(1, attach(MEL, item, "report.pdf", REPORT).attachments().size());
  }

  @Test
  @DisplayName("without a blob store, every attachment call says none was configured and changes nothing")
  void noBlobStore() {
    ContentService bare = world.content();
    Item item = published(water, Visibility.PUBLIC);
    String hash = sha256(REPORT);
    List<Executable> calls = List.of(
        () -> bare.attach(MEL, item.id(), "report.pdf", "application/pdf", unread()),
        () -> bare.openAttachment(MEL, item.id(), hash),
        () -> bare.detach(MEL, item.id(), hash));
    for (Executable call : calls) {
      ConveneException e = assertThrows(ConveneException.class, call);
      assertEquals(ConveneException.class, e.getClass());
      assertTrue(e.getMessage().startsWith("no blob store was configured"), e.getMessage());
    }
    assertEquals(item.version(), world.stored(item));
    assertEquals("blobStore", assertThrows(ValidationException.class,
        () -> Convene.builder().blobStore(blobs).blobStore(blobs)).field());
  }
}
