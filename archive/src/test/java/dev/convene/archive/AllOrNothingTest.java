package dev.convene.archive;

import static dev.convene.archive.Source.MINUTES;
import static dev.convene.archive.Source.REPORT;
import static dev.convene.archive.Source.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.ConveneException;
import dev.convene.core.ValidationException;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemType;
import dev.convene.platform.Convene;
import dev.convene.storage.CommunityQuery;
import dev.convene.storage.ItemQuery;
import dev.convene.storage.PageRequest;
import dev.convene.storage.blob.BlobRef;
import dev.convene.storage.blob.BlobStore;
import dev.convene.storage.blob.FileSystemBlobStore;
import dev.convene.storage.memory.InMemoryStorage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken archive or a failing blob store is refused, and the target is left exactly as it was. */
class AllOrNothingTest {
  @TempDir static Path sourceFolder;
  @TempDir Path folder;
  private static byte[] archive;
  private static CommunityId water;
  private BlobStore blobs;
  private Convene target;
  private long sequence;

  @BeforeAll
  static void exported() {
    try (Source source = new Source(InMemoryStorage.create(), sourceFolder.resolve("blobs")).fill()) {
      archive = RoundTripTest.export(source.convene, source.water.id(), true);
      water = source.water.id();
    }
  }

  @BeforeEach
  void emptyTarget() {
    blobs = FileSystemBlobStore.create(folder.resolve("blobs"));
    target = Source.target(InMemoryStorage.create(), blobs);
    sequence = target.storage().read(tx -> tx.changes().lastSequence());
  }

  @AfterEach
  void close() {
    target.close();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  private ValidationException refused(byte[] broken) {
    return assertThrows(ValidationException.class, () -> CommunityArchives.of(target)
        .importArchive(ROOT, new ByteArrayInputStream(broken), ImportOptions.defaults()));
  }

  private ValidationException refused(Map<String, UnaryOperator<byte[]>> changes) {
    return refused(Zips.rewrite(archive, changes));
  }

  /** Nothing of the archive is in the target: no community, no change, no file. */
  private void nothingLeft() throws IOException {
    assertEquals(List.of(), target.storage().read(tx -> tx.communities().list(CommunityQuery.all(),
        PageRequest.first(10))).items());
    long after = target.storage().read(tx -> tx.changes().lastSequence());
    assertEquals(sequence, after);
    assertEquals(List.of(), files());
  }

  private List<Path> files() throws IOException {
    Path root = folder.resolve("blobs");
    if (!Files.exists(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).toList();
    }
  }

  private static void names(String field, String rule, ValidationException e) {
    assertEquals(field, e.field(), e.getMessage());
    assertEquals(rule, e.rule(), e.getMessage());
  }

  @Test
  @DisplayName("bytes that are not a zip")
  void notAZip() throws IOException {
    names("archive", "zip", refused("just some text".getBytes(StandardCharsets.UTF_8)));
    nothingLeft();
  }

  @Test
  @DisplayName("a zip without a manifest")
  void noManifest() throws IOException {
    names("manifest.json", "required", refused(Map.of("manifest.json", Zips.removed())));
    nothingLeft();
  }

  @Test
  @DisplayName("a newer format version")
  void newerVersion() throws IOException {
    names("manifest.json.formatVersion", "supported-version", refused(Map.of("manifest.json",
        Zips.text(t -> t.replace("\"formatVersion\":1", "\"formatVersion\":2")))));
    nothingLeft();
  }

  @Test
  @DisplayName("malformed JSON on the third line of the items")
  void malformedLine() throws IOException {
    names("items.jsonl:3", "json", refused(Map.of("items.jsonl", Zips.text(t -> {
      List<String> lines = new java.util.ArrayList<>(t.lines().toList());
      lines.set(2, lines.get(2).substring(0, 40));
      return String.join("\n", lines);
    }))));
    nothingLeft();
  }

  @Test
  @DisplayName("an invalid value: a privacy the model does not know, and a malformed slug")
  void invalidValues() throws IOException {
    names("communities.json[0].privacy", "enum", refused(Map.of("communities.json",
        Zips.text(t -> t.replaceFirst("\"privacy\":\"SEMI_PRIVATE\"", "\"privacy\":\"SECRET\"")))));
    names("communities.json[0].slug", "slug-format", refused(Map.of("communities.json",
        Zips.text(t -> t.replaceFirst("\"slug\":\"water\"", "\"slug\":\"Water!\"")))));
    nothingLeft();
  }

  @Test
  @DisplayName("a working group more open than its parent, a member of a community the archive lacks, no admin")
  void brokenReferences() throws IOException {
    names("communities.json[1].parent", "parent-in-archive", refused(Map.of("communities.json",
        Zips.text(t -> t.replaceFirst("\"parent\":\"[^\"]+\"", "\"parent\":\"elsewhere\"")))));
    names("memberships.jsonl:1.community", "in-archive", refused(Map.of("memberships.jsonl",
        Zips.text(t -> t.replaceFirst("\"community\":\"[^\"]+\"", "\"community\":\"elsewhere\"")))));
    names("memberships.jsonl", "active-admin", refused(Map.of("memberships.jsonl", Zips.text(t -> t.replace(
        "\"role\":\"ADMIN\"", "\"role\":\"MEMBER\"")))));
    nothingLeft();
  }

  @Test
  @DisplayName("a registration for an event the archive lacks, and a user registered twice for one event")
  void brokenRegistrations() throws IOException {
    names("registrations.jsonl:1.event", "in-archive", refused(Map.of("registrations.jsonl",
        Zips.text(t -> t.replaceFirst("\"event\":\"[^\"]+\"", "\"event\":\"elsewhere\"")))));
    nothingLeft();
    names("registrations.jsonl:3.user", "unique", refused(Map.of("registrations.jsonl",
        Zips.text(t -> t.stripTrailing() + "\n" + t.lines().findFirst().orElseThrow() + "\n"))));
    nothingLeft();
  }

  @Test
  @DisplayName("a vote for a poll the archive lacks, or for an option its poll lacks")
  void brokenVotes() throws IOException {
    names("votes.jsonl:1.poll", "in-archive", refused(Map.of("votes.jsonl",
        Zips.text(t -> t.replaceFirst("\"poll\":\"[^\"]+\"", "\"poll\":\"elsewhere\"")))));
    names("votes.jsonl:1.option", "poll-option", refused(Map.of("votes.jsonl",
        Zips.text(t -> t.replaceFirst("\"option\":\"[^\"]+\"", "\"option\":\"99\"")))));
    nothingLeft();
  }

  @Test
  @DisplayName("an archive written before polls, without votes.jsonl, imports with no votes")
  void noVotesEntry() {
    byte[] older = Zips.rewrite(archive, Map.of("votes.jsonl", Zips.removed(),
        "manifest.json", Zips.text(t -> t.replaceFirst(",\"votes\":\\d+", ""))));
    CommunityArchives.of(target).importArchive(ROOT, new ByteArrayInputStream(older), ImportOptions.defaults());
    List<Item> polls = Snapshot.all(page -> target.storage().read(tx -> tx.items().list(
        ItemQuery.in(water).withTypes(ItemType.POLL), page)));
    assertEquals(1, polls.size());
    assertEquals(List.of(), target.storage().read(tx -> tx.votes().forPoll(polls.get(0).id())));
  }

  @Test
  @DisplayName("an attachment whose bytes are missing from the archive")
  void missingBytes() throws IOException {
    ValidationException e = refused(Map.of("blobs/" + sha256(MINUTES), Zips.removed()));
    assertEquals("blob-present", e.rule());
    assertTrue(e.field().matches("items\\.jsonl:\\d+\\.contentHash"), e.field());
    nothingLeft();
  }

  @Test
  @DisplayName("an attachment whose bytes do not match their hash")
  void wrongBytes() throws IOException {
    String hash = sha256(REPORT);
    names("blobs/" + hash, "content-hash", refused(Map.of("blobs/" + hash, bytes -> MINUTES)));
    nothingLeft();
  }

  @Test
  @DisplayName("guidelines versions out of order, and an acceptance of a version the archive lacks")
  void guidelinesBroken() throws IOException {
    names("guidelines.jsonl:1", "in-order", refused(Map.of("guidelines.jsonl",
        Zips.text(t -> t.substring(t.indexOf('\n') + 1)))));
    nothingLeft();
    names("guidelines-acceptances.jsonl:3", "known-version", refused(Map.of("guidelines-acceptances.jsonl",
        Zips.text(t -> t.replace("\"user\":\"mia\",\"version\":1", "\"user\":\"mia\",\"version\":3")))));
    nothingLeft();
  }

  @Test
  @DisplayName("a manifest whose counts do not match what the archive holds (a line lost)")
  void countsDoNotMatch() throws IOException {
    names("manifest.json.counts.memberships", "matches-content", refused(Map.of("memberships.jsonl",
        Zips.text(t -> t.substring(0, t.lastIndexOf('\n'))))));
    nothingLeft();
  }

  @Test
  @DisplayName("a failure after the files were stored deletes the files this import added, and only those")
  void lateFailureDeletesNewBlobs() throws IOException {
    BlobRef before = blobs.put(new ByteArrayInputStream(MINUTES), "text/plain");
    names("subscriptions.jsonl:1.level", "enum", refused(Map.of("subscriptions.jsonl",
        Zips.text(t -> t.replaceFirst("\"level\":\"[A-Z]+\"", "\"level\":\"LOUD\"")))));
    assertEquals(Optional.of(before), blobs.find(before.contentHash()));
    assertEquals(Optional.empty(), blobs.find(sha256(REPORT)));
    assertEquals(List.of(), target.storage().read(tx -> tx.communities().list(CommunityQuery.all(),
        PageRequest.first(10))).items());
  }

  @Test
  @DisplayName("a blob store that fails halfway leaves neither rows nor blobs")
  void blobStoreFailsHalfway() throws IOException {
    target.close();
    blobs = new FailingAfter(FileSystemBlobStore.create(folder.resolve("blobs")), 1);
    target = Source.target(InMemoryStorage.create(), blobs);
    sequence = target.storage().read(tx -> tx.changes().lastSequence());
    ConveneException e = assertThrows(ConveneException.class, () -> CommunityArchives.of(target)
        .importArchive(ROOT, new ByteArrayInputStream(archive), ImportOptions.defaults()));
    assertEquals("the disk is full", e.getMessage());
    nothingLeft();
  }

  /** A blob store that fails every put after the first {@code allowed}. */
  private static final class FailingAfter implements BlobStore {
    private final BlobStore store;
    private final AtomicInteger left;

    FailingAfter(BlobStore store, int allowed) {
      this.store = store;
      this.left = new AtomicInteger(allowed);
    }

    @Override
    public String name() {
      return "failing";
    }

    @Override
    public BlobRef put(InputStream content, String mediaType) {
      if (left.getAndDecrement() <= 0) {
        throw new ConveneException("database.failed", Map.of(), "the disk is full");
      }
      return store.put(content, mediaType);
    }

    @Override
    public InputStream open(String contentHash) {
      return store.open(contentHash);
    }

    @Override
    public Optional<BlobRef> find(String contentHash) {
      return store.find(contentHash);
    }

    @Override
    public boolean delete(String contentHash) {
      return store.delete(contentHash);
    }

    @Override
    public long maxSize() {
      return store.maxSize();
    }
  }
}
