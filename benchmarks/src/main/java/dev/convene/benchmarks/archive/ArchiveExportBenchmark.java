package dev.convene.benchmarks.archive;

import dev.convene.archive.CommunityArchives;
import dev.convene.archive.ExportOptions;
import dev.convene.archive.ExportReport;
import dev.convene.benchmarks.notifications.HeapPeak;
import dev.convene.benchmarks.report.Machine;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Attachment;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Document;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemHeader;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.PlatformRole;
import dev.convene.core.model.Reply;
import dev.convene.core.model.ReplyId;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import dev.convene.platform.Convene;
import dev.convene.storage.Storage;
import dev.convene.storage.blob.BlobRef;
import dev.convene.storage.blob.BlobStore;
import dev.convene.storage.blob.FileSystemBlobStore;
import dev.convene.storage.jdbc.JdbcStorage;
import dev.convene.storage.memory.InMemoryStorage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Peak heap while exporting a community, by the community's size: communities of 10,000 and 100,000
 * items (every tenth a discussion with three replies, every fiftieth a document with an attachment,
 * 200 distinct files) in one store (in memory, or an H2 file), filled through the store (untimed),
 * each exported to a stream that counts and discards the bytes: once to warm up, once sampling the
 * heap in use every millisecond, garbage included ({@link HeapPeak#used()}), and five times in a
 * row, timed, sampling what survives a full collection every 250 ms ({@link HeapPeak#live()}): what
 * the export holds. Both peaks are above what was in use before the export; flat memory means the ratio of the
 * largest to the smallest stays near 1. Settings are system properties: {@code
 * bench.archive.sizes}, {@code bench.archive.store} ({@code memory} or {@code h2}), {@code
 * bench.archive.work} and {@code bench.archive.out}.
 */
public final class ArchiveExportBenchmark {
  private static final Actor ROOT = Actor.user("root", PlatformRole.PLATFORM_ADMIN);
  private static final int FILES = 200;
  /** Exports under the live sampler, one after the other, so that it takes enough samples. */
  private static final int LIVE_RUNS = 5;
  private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

  private ArchiveExportBenchmark() {}

  /** Runs the benchmark and writes its Markdown report. */
  public static void main(String[] args) throws IOException, InterruptedException {
    List<Integer> sizes = Arrays.stream(System.getProperty("bench.archive.sizes", "10000,100000").split(","))
        .map(String::strip).map(Integer::valueOf).toList();
    Path work = Path.of(System.getProperty("bench.archive.work", "target/bench/archive"));
    Path out = Path.of(System.getProperty("bench.archive.out", "target/bench/archive.md")).toAbsolutePath();
    deleteTree(work);
    Files.createDirectories(work);
    String store = System.getProperty("bench.archive.store", "memory");
    BlobStore blobs = FileSystemBlobStore.create(work.resolve("blobs"));
    List<BlobRef> files = new ArrayList<>();
    for (int i = 0; i < FILES; i++) {
      byte[] bytes = ("file " + i + " ").repeat(200).getBytes(StandardCharsets.UTF_8);
      files.add(blobs.put(new ByteArrayInputStream(bytes), "text/plain"));
    }
    StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
        "Measured on %s; %d cores; max heap %d MiB; store %s; load average %.1f at the start.%n%n", LocalDate.now(),
        Machine.current().cores(), Runtime.getRuntime().maxMemory() >> 20, store, Machine.loadAverage()));
    report.append("| items | replies | attachments | archive MiB | seconds | peak heap used MiB | peak live heap MiB"
        + " | live peak ÷ that of the smallest |\n|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    try (Convene convene = Convene.builder().storage(storage(store, work)).blobStore(blobs).build()) {
      List<CommunityId> communities = new ArrayList<>();
      for (int size : sizes) {
        communities.add(fill(convene, size, files));
      }
      double smallest = 0;
      for (int i = 0; i < sizes.size(); i++) {
        CommunityArchives archives = CommunityArchives.of(convene);
        CommunityId community = communities.get(i);
        archives.export(ROOT, community, ExportOptions.defaults(), new Counting()); // warm-up
        HeapPeak used = HeapPeak.used();
        archives.export(ROOT, community, ExportOptions.defaults(), new Counting());
        double usedPeak = used.stop();
        Counting sink = new Counting();
        ExportReport exported = null;
        HeapPeak live = HeapPeak.live();
        long started = System.nanoTime();
        for (int run = 0; run < LIVE_RUNS; run++) {
          sink = new Counting();
          exported = archives.export(ROOT, community, ExportOptions.defaults(), sink);
        }
        double seconds = (System.nanoTime() - started) / 1e9 / LIVE_RUNS;
        double peak = live.stop();
        smallest = i == 0 ? peak : smallest;
        String line = String.format(Locale.ROOT, "| %,d | %,d | %,d | %.1f | %.1f | %.1f | %.2f | %.2f |%n",
            exported.counts().items(), exported.counts().replies(), exported.counts().attachments(),
            sink.count / (1024.0 * 1024.0), seconds, usedPeak, peak, smallest == 0 ? 0 : peak / smallest);
        System.out.print(line);
        report.append(line);
      }
    }
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
    System.out.println("report: " + out);
  }

  /**
   * The in-memory store, whose rows are part of the heap in use before each export and so not counted
   * in its peak; or an H2 file, whose bounded page cache fills as the export reads more of it.
   */
  private static Storage storage(String store, Path work) {
    if (store.equals("h2")) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:file:" + work.resolve("store").toAbsolutePath() + ";DB_CLOSE_DELAY=-1");
      return JdbcStorage.create(h2);
    }
    return InMemoryStorage.create();
  }

  /** A community of {@code size} items with an admin, filled through the store 1,000 items a transaction. */
  private static CommunityId fill(Convene convene, int size, List<BlobRef> files) {
    CommunityId id = CommunityId.of("c" + size);
    convene.storage().useTransaction(tx -> {
      tx.communities().insert(Community.builder(id, "community-" + size).name("Community of " + size).build());
      tx.memberships().insert(new Membership(id, UserId.of("admin"), MembershipState.ACTIVE, Role.ADMIN,
          Optional.empty(), Optional.empty(), START, Optional.empty(), 0));
    });
    for (int from = 0; from < size; from += 1_000) {
      int first = from;
      convene.storage().useTransaction(tx -> {
        for (int n = first; n < Math.min(size, first + 1_000); n++) {
          tx.items().insert(item(id, n, files));
        }
      });
    }
    return id;
  }

  private static Item item(CommunityId community, int n, List<BlobRef> files) {
    Instant at = START.plus(Duration.ofMinutes(n));
    ItemHeader header = new ItemHeader(ItemId.of(community + "-" + n), community, UserId.of("user" + n % 500),
        "Item number " + n + " of the community", Locale.ENGLISH, Visibility.PUBLIC, ReviewState.PUBLISHED, Set.of(),
        at, at, 0);
    if (n % 10 == 0) {
      List<Reply> replies = List.of(1, 2, 3).stream().map(r -> new Reply(ReplyId.of("r" + r),
          UserId.of("user" + (n + r) % 500), "Reply " + r + " to item " + n, at.plusSeconds(r), false)).toList();
      return new Discussion(header, "What do you think of item " + n + "?", false, replies);
    }
    List<Attachment> attachments = n % 50 == 1
        ? List.of(files.get(n % files.size()).attachment("file-" + n + ".txt")) : List.of();
    return new Document(header, "A summary of item " + n, "The body of item " + n + ". ".repeat(20), List.of("Author"),
        Optional.empty(), Optional.empty(), Optional.empty(), attachments);
  }

  /** Counts the archive's bytes and drops them. */
  private static final class Counting extends OutputStream {
    private long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var walk = Files.walk(root)) {
      for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
