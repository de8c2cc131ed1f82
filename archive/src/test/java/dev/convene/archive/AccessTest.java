package dev.convene.archive;

import static dev.convene.archive.Source.ADA;
import static dev.convene.archive.Source.MIA;
import static dev.convene.archive.Source.OLGA;
import static dev.convene.archive.Source.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.NotFoundException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Purpose;
import dev.convene.storage.PageRequest;
import dev.convene.storage.memory.InMemoryStorage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** Who may export and import, refused as the platform words it; a refusal writes nothing. */
class AccessTest {
  @TempDir Path folder;
  private Source source;
  private CommunityArchives archives;
  private Community hidden;

  @BeforeEach
  void world() {
    source = new Source(InMemoryStorage.create(), folder.resolve("blobs")).fill();
    archives = CommunityArchives.of(source.convene);
    hidden = source.convene.communities().create(ADA, "secret", b -> b.name("Secret").purpose(Purpose.HIDDEN_GROUP));
  }

  @AfterEach
  void close() {
    source.close();
  }

  /** A stream that fails the test if anything is written: a refusal comes first. */
  private static OutputStream untouched() {
    return new OutputStream() {
      @Override
      public void write(int b) {
        throw new AssertionError("the archive was written");
      }
    };
  }

  private void export(Actor actor, CommunityId id, Class<? extends Exception> refusal, String message) {
    Executable call = () -> archives.export(actor, id, ExportOptions.defaults(), untouched());
    assertEquals(message, assertThrows(refusal, call).getMessage());
  }

  @Test
  @DisplayName("the community's admins and platform admins may export it")
  void adminsExport() {
    for (Actor actor : new Actor[] {ADA, ROOT}) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ExportReport report = archives.export(actor, source.water.id(), ExportOptions.defaults(), out);
      assertEquals(7, report.counts().items());
    }
  }

  @Test
  @DisplayName("a moderator or an outsider who sees the community is denied, with the platform's words")
  void othersDenied() {
    String denied = "not allowed on community " + source.water.id() + ": a higher role is required";
    export(MIA, source.water.id(), AccessDeniedException.class, denied);
    export(OLGA, source.water.id(), AccessDeniedException.class,
        "not allowed on community " + source.water.id() + ": only active members may do this");
  }

  @Test
  @DisplayName("a hidden group is not found to an outsider, exactly like a community that does not exist")
  void hiddenIsNotFound() {
    export(OLGA, hidden.id(), NotFoundException.class, "community " + hidden.id() + " not found");
    export(OLGA, CommunityId.of("nowhere"), NotFoundException.class, "community nowhere not found");
  }

  @Test
  @DisplayName("only platform admins import, refused before the archive is read; nothing is audited")
  void onlyPlatformAdminsImport() {
    InputStream unread = new InputStream() {
      @Override
      public int read() {
        throw new AssertionError("the archive was read");
      }
    };
    long before = source.storage.read(tx -> tx.audit().forCommunity(source.water.id(), PageRequest.first(1)))
        .items().get(0).id();
    AccessDeniedException e = assertThrows(AccessDeniedException.class,
        () -> archives.importArchive(ADA, unread, ImportOptions.defaults()));
    assertEquals("only platform admins import community archives", e.getMessage());
    long after = source.storage.read(tx -> tx.audit().forCommunity(source.water.id(), PageRequest.first(1)))
        .items().get(0).id();
    assertEquals(before, after);
  }
}
