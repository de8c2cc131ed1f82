package dev.convene.platform;

import static dev.convene.platform.ContentFixture.ANON;
import static dev.convene.platform.ContentFixture.MAX;
import static dev.convene.platform.ContentFixture.MEL;
import static dev.convene.platform.ContentFixture.MO;
import static dev.convene.platform.ContentFixture.OLGA;
import static dev.convene.platform.ContentFixture.meeting;
import static dev.convene.platform.ContentFixture.talk;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.NotFoundException;
import dev.convene.core.ValidationException;
import dev.convene.core.event.ItemChanged.Kind;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Attachment;
import dev.convene.core.model.Community;
import dev.convene.core.model.Event;
import dev.convene.core.model.Item;
import dev.convene.core.model.Visibility;
import dev.convene.storage.blob.FileSystemBlobStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events take files as documents do: an agenda, a reading list, seen by those who see the event. */
class ContentEventAttachmentTest {
  private static final byte[] AGENDA = "9:00 welcome, 9:30 pumps".getBytes(UTF_8);
  private static final byte[] READING = "three papers on wells".getBytes(UTF_8);

  @TempDir Path root;
  private final ContentFixture world = new ContentFixture();
  private final Community water = world.community("water");
  private final NotificationWorld.RecordingSink sink = new NotificationWorld.RecordingSink();
  private Convene convene;
  private ContentService content;

  @BeforeEach
  void withBlobStore() {
    AtomicInteger ids = new AtomicInteger();
    convene = Convene.builder().storage(world.storage).clock(world.clock)
        .blobStore(FileSystemBlobStore.create(root)).notificationSink(sink)
        .outbox(OutboxSettings.defaults().withBackground(false))
        .ids(() -> String.format(Locale.ROOT, "ev%03d", ids.incrementAndGet())).eventListener(world.events::add)
        .build();
    content = convene.content();
  }

  private Item event(Visibility visibility) {
    return content.publish(MO, content.create(MO, water.id(), meeting("Assembly", visibility)).id());
  }

  private Item attach(Actor who, Item item, String fileName, byte[] bytes) {
    return content.attach(who, item.id(), fileName, "text/plain", new ByteArrayInputStream(bytes));
  }

  private byte[] open(Actor who, Item item, String hash) {
    try (InputStream in = content.openAttachment(who, item.id(), hash)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  @DisplayName("an event's author attaches files; whoever sees the event opens them, an edit keeps them")
  void attachOpenKeep() {
    Item event = event(Visibility.PUBLIC);
    attach(MO, event, "agenda.txt", AGENDA);
    Item both = attach(MO, event, "reading.txt", READING);
    assertEquals(Event.class, both.getClass());
    assertEquals(List.of("agenda.txt", "reading.txt"), both.attachments().stream().map(Attachment::fileName).toList());
    String agenda = both.attachments().get(0).contentHash();
    assertArrayEquals(AGENDA, open(OLGA, event, agenda));
    assertArrayEquals(AGENDA, open(ANON, event, agenda));

    // an edit passes a copy without the files: they are kept as stored, as a document's are
    Event read = (Event) content.get(MO, event.id());
    Event edited = (Event) content.edit(MO, new Event(read.header().withTitle("Yearly assembly", read.updated()),
        read.description(), read.start(), read.end(), read.timeZone(), read.place(), read.onlineLink(), read.webinar(),
        read.allDay(), read.recurrence(), read.recording(), read.slides(), read.linkedCommunities(), read.capacity(),
        List.of()));
    assertEquals("Yearly assembly", edited.title());
    assertEquals(both.attachments(), edited.attachments());

    Item detached = content.detach(MO, event.id(), agenda);
    assertEquals(List.of("reading.txt"), detached.attachments().stream().map(Attachment::fileName).toList());
    assertThrows(NotFoundException.class, () -> open(OLGA, event, agenda));
    assertEquals(List.of(Kind.CREATED, Kind.PUBLISHED, Kind.ATTACHMENT_ADDED, Kind.ATTACHMENT_ADDED, Kind.EDITED,
        Kind.EDITED), world.events(event));
  }

  @Test
  @DisplayName("a members-only event's files are not found by outsiders; only its author attaches; names are unique")
  void privacyAndRules() {
    Item event = event(Visibility.MEMBERS);
    String hash = attach(MO, event, "agenda.txt", AGENDA).attachments().get(0).contentHash();
    assertArrayEquals(AGENDA, open(MAX, event, hash));
    for (Actor outsider : List.of(OLGA, ANON)) {
      NotFoundException e = assertThrows(NotFoundException.class, () -> open(outsider, event, hash));
      assertEquals("item " + event.id() + " not found", e.getMessage());
      assertThrows(NotFoundException.class, () -> attach(outsider, event, "x.txt", READING));
    }
    assertThrows(AccessDeniedException.class, () -> attach(MEL, event, "mine.txt", READING));
    assertEquals("unique-file-name",
        assertThrows(ValidationException.class, () -> attach(MO, event, "agenda.txt", READING)).rule());
    assertEquals("unique-content",
        assertThrows(ValidationException.class, () -> attach(MO, event, "copy.txt", AGENDA)).rule());
    assertEquals(1, content.get(MO, event.id()).attachments().size());
  }

  @Test
  @DisplayName("a file added to an event is news of its own kind, told to the keepers who may see the event")
  void uploadIsNews() {
    Item event = event(Visibility.MEMBERS);
    convene.notifications().deliverPending();
    attach(MO, event, "agenda.txt", AGENDA);
    convene.notifications().deliverPending();
    // ada (admin) never chose a level: a keeper; mel and max hear only important news; mo is the actor
    assertEquals(List.of("ada"), sink.recipients("item.attachment_added"));
    assertEquals(List.of("A file was added to the event in water: Assembly"), sink.delivered.stream()
        .filter(n -> n.kind().equals("item.attachment_added")).map(Notification::summary).toList());
  }

  @Test
  @DisplayName("a discussion takes no files: the refusal names the item and the rule")
  void discussionsTakeNone() {
    Item discussion = content.publish(MEL, content.create(MEL, water.id(), talk("Talk", Visibility.MEMBERS)).id());
    ValidationException e = assertThrows(ValidationException.class, () -> attach(MEL, discussion, "a.txt", AGENDA));
    assertEquals(List.of("itemId", "takes-attachments"), List.of(e.field(), e.rule()));
    assertThrows(NotFoundException.class, () -> attach(OLGA, discussion, "a.txt", AGENDA));
  }
}
