package dev.convene.archive;

import static dev.convene.archive.Source.ADA;
import static dev.convene.archive.Source.AGENDA;
import static dev.convene.archive.Source.MINUTES;
import static dev.convene.archive.Source.REPORT;
import static dev.convene.archive.Source.ROOT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Document;
import dev.convene.core.model.Event;
import dev.convene.core.model.Item;
import dev.convene.platform.Convene;
import dev.convene.search.SearchHit;
import dev.convene.search.SearchRequest;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.ItemQuery;
import dev.convene.storage.PageRequest;
import dev.convene.storage.blob.BlobStore;
import dev.convene.storage.blob.FileSystemBlobStore;
import dev.convene.storage.memory.InMemoryStorage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundTripTest {
  @TempDir Path folder;
  private Source source;
  private BlobStore targetBlobs;
  private Convene target;

  @BeforeEach
  void worlds() {
    source = new Source(InMemoryStorage.create(), folder.resolve("source-blobs")).fill();
    targetBlobs = FileSystemBlobStore.create(folder.resolve("target-blobs"));
    target = Source.target(InMemoryStorage.create(), targetBlobs);
  }

  @AfterEach
  void close() {
    source.close();
    target.close();
  }

  static byte[] export(Convene convene, CommunityId id, boolean workingGroups) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CommunityArchives.of(convene).export(ROOT, id, ExportOptions.defaults().withWorkingGroups(workingGroups), out);
    return out.toByteArray();
  }

  static byte[] read(BlobStore blobs, String hash) throws IOException {
    try (InputStream in = blobs.open(hash)) {
      return in.readAllBytes();
    }
  }

  @Test
  @DisplayName("a community and its working group come back with every field, member, item, reply, file, subscription, guidelines version, acceptance and audit line")
  void everyFieldSurvives() throws IOException {
    List<CommunityId> ids = List.of(source.water.id(), source.group.id());
    Snapshot before = Snapshot.of(source.storage, ids);
    byte[] archive = export(source.convene, source.water.id(), true);

    ImportReport report = CommunityArchives.of(target).importArchive(ROOT, new ByteArrayInputStream(archive),
        ImportOptions.defaults());

    assertEquals(before, Snapshot.of(target.storage(), ids));
    assertEquals(source.water.id(), report.community());
    assertEquals("water", report.slug());
    assertEquals(Map.of(source.water.id(), source.water.id(), source.group.id(), source.group.id()),
        report.communities());
    // counted by hand from Source.fill(): 2 communities; water: mia, rita, ivan, bob, ada; group: ada, mia
    // attachments: the report's two, the draft's copy of the report, the assembly's agenda; items: the
    // poll too
    // registrations: mia attends the assembly, olga declined it
    // guidelines: water's two versions, accepted by ada (both) and mia (the first); votes: the poll's two
    assertEquals(new ArchiveCounts(2, 7, 8, 2, 4, 3, 3, 3, before.audit().size(), 2, 2, 3, 2), report.counts());
    assertEquals(3, report.blobsStored());
    assertEquals(List.of(), report.missingConcepts());
    Document stored = (Document) target.storage().read(tx -> tx.items().get(source.report.id())).orElseThrow();
    assertArrayEquals(REPORT, read(targetBlobs, stored.attachments().get(0).contentHash()));
    assertArrayEquals(MINUTES, read(targetBlobs, stored.attachments().get(1).contentHash()));
    Event assembly = (Event) target.storage().read(tx -> tx.items().get(source.assembly.id())).orElseThrow();
    assertEquals(List.of("agenda.txt"), assembly.attachments().stream().map(a -> a.fileName()).toList());
    assertArrayEquals(AGENDA, read(targetBlobs, assembly.attachments().get(0).contentHash()));
  }

  @Test
  @DisplayName("an archive written before guidelines existed, without their entries, imports with none")
  void withoutGuidelinesEntries() {
    byte[] archive = Zips.rewrite(export(source.convene, source.water.id(), true),
        Map.of("guidelines.jsonl", Zips.removed(), "guidelines-acceptances.jsonl", Zips.removed(),
            "manifest.json", Zips.text(t -> t.replaceFirst(",\"guidelines\":\\d+,\"guidelinesAcceptances\":\\d+", ""))));
    CommunityArchives.of(target).importArchive(ROOT, new ByteArrayInputStream(archive), ImportOptions.defaults());
    assertEquals(List.of(), target.storage().read(tx -> tx.guidelines().versions(source.water.id())));
    assertEquals(List.of(), target.storage().read(tx -> tx.guidelines().forUser(ADA.user().orElseThrow())));
    assertEquals(7, target.storage().read(tx -> tx.items().list(ItemQuery.in(source.water.id()),
        PageRequest.first(10))).items().size(), "the rest came: water's seven items, the poll among them");
  }

  @Test
  @DisplayName("the fields compared are really there: the snapshot is not trivially equal")
  void snapshotHoldsTheWorld() {
    Snapshot snapshot = Snapshot.of(source.storage, List.of(source.water.id(), source.group.id()));
    assertEquals(2, snapshot.communities().size());
    assertEquals(7, snapshot.memberships().size());
    assertEquals(8, snapshot.items().size());
    assertEquals(3, snapshot.subscriptions().size());
    assertEquals(List.of(1, 2), snapshot.guidelines().stream().map(g -> g.version()).toList());
    // ada accepts both versions by publishing them, mia the first
    assertEquals(List.of("ada 1", "ada 2", "mia 1"), snapshot.acceptances().stream()
        .map(a -> a.user().value() + " " + a.version()).toList());
    assertEquals(List.of("mia ATTENDING", "olga NOT_ATTENDING"), snapshot.registrations().stream()
        .map(r -> r.user().value() + " " + r.state()).sorted().toList());
    assertEquals(2, snapshot.votes().size());
    assertTrue(snapshot.audit().stream().anyMatch(e -> e.action() == AuditAction.REPLY_HIDDEN));
    assertTrue(snapshot.audit().stream().anyMatch(e -> e.action() == AuditAction.ROLE_CHANGED));
  }

  @Test
  @DisplayName("an archive written before registrations (no entry, no count) imports with none")
  void beforeRegistrations() {
    byte[] archive = Zips.rewrite(export(source.convene, source.water.id(), true), Map.of(
        "registrations.jsonl", Zips.removed(),
        "manifest.json", Zips.text(t -> t.replaceFirst(",\"registrations\":\\d+", ""))));
    ImportReport report = CommunityArchives.of(target).importArchive(ROOT, new ByteArrayInputStream(archive),
        ImportOptions.defaults());
    assertEquals(0, report.counts().registrations());
    assertEquals(8, report.counts().items()); // water's seven and the group's one
    assertEquals(List.of(), target.storage().read(tx -> tx.registrations().forEvent(source.assembly.id())));
  }

  @Test
  @DisplayName("without working groups, only the community itself is archived")
  void withoutWorkingGroups() {
    byte[] archive = export(source.convene, source.water.id(), false);
    ImportReport report = CommunityArchives.of(target).importArchive(ROOT, new ByteArrayInputStream(archive),
        ImportOptions.defaults());
    assertEquals(1, report.counts().communities());
    assertEquals(7, report.counts().items()); // water's seven, the poll among them
    assertTrue(target.storage().read(tx -> tx.communities().get(source.group.id())).isEmpty());
    assertEquals(2, target.storage().read(tx -> tx.votes().forPoll(source.poll.id())).size(),
        "the poll's votes come with it");
  }

  @Test
  @DisplayName("export and import are each recorded in the audit log of the community they concern")
  void audited() {
    byte[] archive = export(source.convene, source.water.id(), true);
    CommunityArchives.of(target).importArchive(ROOT, new ByteArrayInputStream(archive), ImportOptions.defaults());

    AuditEntry exported = latest(source.convene, source.water.id());
    assertEquals(AuditAction.COMMUNITY_EXPORTED, exported.action());
    assertEquals(ROOT.user(), exported.actor());
    assertEquals("community " + source.water.id(), exported.subject());
    for (Community c : List.of(source.water, source.group)) {
      AuditEntry imported = latest(target, c.id());
      assertEquals(AuditAction.COMMUNITY_IMPORTED, imported.action());
      assertEquals(ROOT.user(), imported.actor());
    }
  }

  private static AuditEntry latest(Convene convene, CommunityId id) {
    return convene.storage().read(tx -> tx.audit().forCommunity(id, PageRequest.first(1))).items().get(0);
  }

  @Test
  @DisplayName("the search index of the target follows the imported items")
  void searchable() {
    byte[] archive = export(source.convene, source.water.id(), true);
    CommunityArchives.of(target).importArchive(ROOT, new ByteArrayInputStream(archive), ImportOptions.defaults());
    assertTrue(target.awaitSearchable(Duration.ofSeconds(30)));
    List<String> titles = target.search(ADA, SearchRequest.builder().text("annual report").build()).hits().stream()
        .map(SearchHit::title).toList();
    assertEquals(List.of("Annual report"), titles);
  }

  @Test
  @DisplayName("an archive written to a file imports from that file")
  void throughFiles() {
    Path file = folder.resolve("water.zip");
    ExportReport exported = CommunityArchives.of(source.convene).export(ADA, source.water.id(),
        ExportOptions.defaults(), file);
    ImportReport imported = CommunityArchives.of(target).importArchive(ROOT, file, ImportOptions.defaults());
    assertEquals(exported.counts(), imported.counts());
    Item item = target.storage().read(tx -> tx.items().get(source.talk.id())).orElseThrow();
    assertEquals(source.talk.withHeader(source.talk.header().withVersion(1)), item);
  }
}
