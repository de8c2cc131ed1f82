package dev.convene.benchmarks.writes;

import static dev.convene.benchmarks.writes.WriteBenchmark.log;

import dev.convene.benchmarks.report.Machine;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.storage.jdbc.JdbcStorage;
import java.util.ArrayList;
import java.util.List;

/**
 * What one database measured: every series in both modes, the cost of an empty transaction, and
 * what the store held afterwards.
 *
 * @param name the database, as the report names it ({@link BenchDatabase#name()})
 * @param facts its version and settings
 * @param results each series in each mode, in the order they ran
 * @param emptyTransactions transactions that wrote nothing, as many as the writes of a series
 * @param stored what the store held after the run, read back through it
 * @param sizeBytes the space the data took after the run
 * @param loadBefore the one-minute load average before the first series
 * @param loadAfter the one-minute load average after the last series
 */
record DatabaseRun(String name, DatabaseFacts facts, List<SeriesResult> results, Timing emptyTransactions,
    StoredCounts stored, long sizeBytes, double loadBefore, double loadAfter) {

  /** Copies the results. */
  DatabaseRun {
    results = List.copyOf(results);
  }

  /** One series in one mode and its timing. */
  record SeriesResult(Series series, Mode mode, Timing timing) {}

  /**
   * Measures {@code database}: makes the host communities, runs the warm-up pass (every series in both
   * modes, a tenth of the writes each), times empty transactions, then each series single and batched,
   * and checks that the store holds what was written.
   *
   * @throws IllegalStateException if the store holds other counts than the run wrote
   */
  static DatabaseRun measure(BenchDatabase database, int writes, int batch) {
    JdbcStorage storage = database.storage();
    String name = database.name();
    DatabaseFacts facts = database.facts();
    log("[%s] %s; %s", name, facts.server(), facts.where());
    List<Community> hosts = Samples.hosts();
    storage.useTransaction(tx -> hosts.forEach(tx.communities()::insert));
    List<CommunityId> hostIds = hosts.stream().map(Community::id).toList();
    Samples samples = new Samples(hostIds, batch);
    double loadBefore = Machine.loadAverage();
    warmUp(storage, name, samples, writes, batch);
    Timing empty = SeriesRun.empty(storage, writes);
    log("[%s] empty transactions: %,.0f/s, p50 %.3f ms, p99 %.3f ms", name, empty.transactionsPerSecond(),
        empty.perTransaction().p50(), empty.perTransaction().p99());
    List<SeriesResult> results = measureEach(storage, name, samples, writes, batch);
    double loadAfter = Machine.loadAverage();
    StoredCounts stored = StoredCounts.read(storage, hostIds);
    StoredCounts expected = StoredCounts.expected(writes);
    if (!stored.equals(expected)) {
      throw new IllegalStateException("The " + name + " store holds " + stored + " after the run, not the " + expected
          + " it wrote");
    }
    log("[%s] read back through the store: %s", name, stored);
    return new DatabaseRun(name, facts, results, empty, stored, database.sizeBytes(), loadBefore,
        loadAfter);
  }

  /** Runs the warm-up writes of every series in both modes, so that the JIT has compiled what they run. */
  private static void warmUp(JdbcStorage storage, String name, Samples samples, int writes, int batch) {
    long start = System.nanoTime();
    for (Series series : Series.values()) {
      for (Mode mode : Mode.values()) {
        SeriesRun.warmUp(storage, series, mode, samples, writes, batch);
      }
    }
    log("[%s] warm-up pass: %,d writes in %.1f s", name,
        Series.values().length * Mode.values().length * SeriesRun.warmupWrites(writes),
        (System.nanoTime() - start) / 1e9);
  }

  private static List<SeriesResult> measureEach(JdbcStorage storage, String name, Samples samples, int writes,
      int batch) {
    List<SeriesResult> results = new ArrayList<>();
    for (Series series : Series.values()) {
      for (Mode mode : Mode.values()) {
        Timing timing = SeriesRun.measure(storage, series, mode, samples, writes, batch);
        log("[%s] %s %s: %,d writes in %,d transactions, %.1f s, %,.0f writes/s, p50 %.3f ms, p99 %.3f ms per "
            + "transaction", name, series.label(), mode.label(), timing.writes(), timing.transactions(),
            timing.seconds(), timing.writesPerSecond(), timing.perTransaction().p50(), timing.perTransaction().p99());
        results.add(new SeriesResult(series, mode, timing));
      }
    }
    return results;
  }

  /** The timing of {@code series} in {@code mode}. */
  Timing timing(Series series, Mode mode) {
    return results.stream().filter(r -> r.series() == series && r.mode() == mode).findFirst().orElseThrow()
        .timing();
  }
}
