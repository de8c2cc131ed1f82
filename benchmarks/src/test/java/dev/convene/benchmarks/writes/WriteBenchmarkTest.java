package dev.convene.benchmarks.writes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Document;
import dev.convene.storage.Storage;
import dev.convene.storage.jdbc.JdbcStorage;
import java.nio.file.Path;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tiny run on H2: 50 writes per series and mode, 10 per batch. PostgreSQL is asked for at a port
 * where no server listens, so that the run falls back to H2 alone whatever the machine has.
 */
class WriteBenchmarkTest {
  private static final String NOWHERE = "jdbc:postgresql://127.0.0.1:1/none?user=nobody";

  @TempDir
  static Path work;

  private static WriteReport report;

  @BeforeAll
  static void runTheBenchmark() {
    report = WriteBenchmark.run(WriteOptions.parse(List.of("--writes=50", "--batch=10", "--databases=h2,postgresql",
        "--pg-url=" + NOWHERE, "--work=" + work, "--out=" + work.resolve("writes.md"))));
  }

  @Test
  void measuresEverySeriesInBothModesWithPositiveRates() {
    assertEquals(List.of("h2", "h2, write delay 500 ms"), report.runs().stream().map(DatabaseRun::name).toList());
    DatabaseRun h2 = report.runs().get(0);
    for (Series series : Series.values()) {
      Timing single = h2.timing(series, Mode.SINGLE);
      Timing batched = h2.timing(series, Mode.BATCHED);
      assertEquals(50, single.transactions(), series + " single");
      assertEquals(5, batched.transactions(), series + " batched");
      for (Timing timing : List.of(single, batched)) {
        assertEquals(50, timing.writes());
        assertTrue(timing.writesPerSecond() > 0 && timing.perTransaction().p50() > 0, series + ": " + timing);
      }
    }
    assertTrue(h2.emptyTransactions().transactionsPerSecond() > 0);
  }

  @Test
  void reportsEverySeriesAndThatPostgresqlWasUnreachable() {
    String markdown = report.render();
    for (Series series : Series.values()) {
      assertTrue(markdown.contains("| h2 | " + series.label() + " | "), series.label());
      assertTrue(markdown.contains("| h2, write delay 500 ms | " + series.label() + " | "), series.label());
      assertTrue(markdown.contains("**" + series.label() + "**: " + series.description()), series.label());
    }
    assertTrue(markdown.contains("single: writes/s") && markdown.contains("batched (10 per transaction): writes/s"));
    assertTrue(markdown.contains("-Dbench.writes=50 -Dbench.batch=10"), markdown);
    assertTrue(markdown.contains("WRITE_DELAY 0 ms: each commit is written to the file before it returns"), markdown);
    assertTrue(markdown.contains("WRITE_DELAY 500 ms: a commit is written to the file within that delay"), markdown);
    assertTrue(markdown.contains("PostgreSQL is not reachable at jdbc:postgresql://127.0.0.1:1/none"), markdown);
    assertTrue(markdown.contains("210 communities, 110 memberships, 110 items, 430 change-log entries"), markdown);
  }

  @Test
  void storesWhatItWrote() {
    JdbcDataSource file = new JdbcDataSource();
    file.setURL("jdbc:h2:file:" + work.toAbsolutePath().resolve("h2/convene"));
    file.setUser("sa");
    Storage storage = JdbcStorage.create(file);
    List<CommunityId> hosts = Samples.hosts().stream().map(Community::id).toList();
    // 100 hosts; then 50 measured and 5 warm-up writes of each series in each of the two modes
    assertEquals(new StoredCounts(210, 110, 110, 430), StoredCounts.read(storage, hosts));
    Samples samples = new Samples(hosts, 10);
    storage.read(tx -> {
      for (String phase : List.of("single", "batched", "warm-single", "warm-batched")) {
        int last = phase.startsWith("warm") ? 4 : 49;
        assertEquals(Samples.community(phase, last).withVersion(1),
            tx.communities().get(Samples.community(phase, last).id()).orElseThrow());
        assertEquals(samples.membership(phase, last).withVersion(1), tx.memberships()
            .get(samples.membership(phase, last).community(), samples.membership(phase, last).user()).orElseThrow());
        Document document = samples.document(phase, last);
        assertEquals(document.withHeader(document.header().withVersion(1)),
            tx.items().get(document.id()).orElseThrow());
      }
      return null;
    });
  }

  @Test
  void failsWhenPostgresqlAloneIsAskedForAndUnreachable() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> WriteBenchmark.run(WriteOptions.parse(
        List.of("--writes=5", "--batch=5", "--databases=postgresql", "--pg-url=" + NOWHERE))));
    assertTrue(e.getMessage().startsWith("PostgreSQL is not reachable at jdbc:postgresql://127.0.0.1:1/none"),
        e.getMessage());
  }
}
