package dev.convene.benchmarks;

import dev.convene.benchmarks.corpus.EuroparlCorpus;
import dev.convene.benchmarks.corpus.World;
import dev.convene.benchmarks.corpus.WorldSpec;
import dev.convene.benchmarks.engine.Engines;
import dev.convene.benchmarks.corpus.Audience;
import dev.convene.benchmarks.engine.FreshnessProbe;
import dev.convene.benchmarks.engine.Page;
import dev.convene.benchmarks.engine.Result;
import dev.convene.benchmarks.engine.SearchEngineUnderTest;
import dev.convene.benchmarks.query.BenchQuery;
import dev.convene.benchmarks.query.QueryClass;
import dev.convene.benchmarks.query.QueryMix;
import dev.convene.benchmarks.report.EngineRun;
import dev.convene.benchmarks.report.Latencies;
import dev.convene.benchmarks.report.Machine;
import dev.convene.benchmarks.report.MarkdownReport;
import dev.convene.benchmarks.report.WorldFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The search benchmark: generates the world, has each engine index every document, runs the query
 * mix through warm-up and measured passes, and writes a Markdown report. The engines share this JVM,
 * its heap and its JIT, so none is measured on code compiled for it alone: every engine indexes and
 * warms up before any is measured, and the measured passes take turns, one pass of each engine in
 * each round, the first engine of a round rotating. Run it from the repository's root with
 * {@code mvn -q -pl benchmarks -am -Pbench -DskipTests package -Dbench.docs=100000}, or directly
 * with the arguments of {@link BenchmarkOptions}.
 */
public final class SearchBenchmark {
  private SearchBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args {@code --name=value} settings, see {@link BenchmarkOptions}
   * @throws IOException if the report cannot be written
   */
  public static void main(String[] args) throws IOException {
    BenchmarkOptions options = BenchmarkOptions.parse(List.of(args));
    Engines.checkNames(options.engines(), Set.of(BenchmarkOptions.ALL_ENGINES));
    List<Supplier<SearchEngineUnderTest>> engines = Engines.available();
    log("Loading the Europarl corpus from %s", options.corpus());
    long start = System.nanoTime();
    World world = World.generate(WorldSpec.standard(options.documents(), options.seed()),
        EuroparlCorpus.load(options.corpus()));
    List<BenchQuery> mix = QueryMix.generate(world, options.queries(), options.seed());
    log("World and %d queries ready in %.1f s", mix.size(), seconds(start));
    double streamRate = streamRate(world);
    log("The document stream alone: %,.0f documents/s", streamRate);

    List<SearchEngineUnderTest> selected = new ArrayList<>();
    List<EngineRun> runs;
    try {
      for (Supplier<SearchEngineUnderTest> factory : engines) {
        SearchEngineUnderTest engine = factory.get();
        if (options.selects(engine.name(), engine.optIn())) {
          selected.add(engine);
        } else {
          engine.close();
        }
      }
      runs = measure(selected, world, mix, options);
    } finally {
      closeAll(selected);
    }
    if (runs.stream().noneMatch(r -> r.engine().equals(Engines.CONVENE))) {
      log("Convene's search is not on the classpath: the baseline ran alone, the Convene column is pending");
    }
    Map<QueryClass, Long> classes = mix.stream().collect(Collectors.groupingBy(BenchQuery::kind, Collectors.counting()));
    String passes = options.warmup() + " warm-up and " + options.iterations() + " measured passes over the mix, "
        + "each query run as one audience per pass, the audience rotating";
    String report = new MarkdownReport(LocalDate.now(), options.mavenCommand(), Machine.current(), WorldFacts.of(world),
        classes, passes, streamRate, runs).render();
    Files.createDirectories(options.out().toAbsolutePath().getParent());
    Files.writeString(options.out(), report);
    System.out.println();
    System.out.println(report);
    log("Report written to %s", options.out());
  }

  /** What indexing left to report of one engine. */
  private record Indexed(double seconds, long heap, double loadBefore, double firstQueryMillis) {}

  /**
   * Indexes with each engine in turn, then measures them all, in turns (see the class comment), and
   * returns their runs in the order of {@code engines}.
   */
  private static List<EngineRun> measure(List<SearchEngineUnderTest> engines, World world, List<BenchQuery> mix,
      BenchmarkOptions options) throws IOException {
    List<Indexed> indexed = new ArrayList<>();
    for (SearchEngineUnderTest engine : engines) {
      indexed.add(index(engine, world, mix, options));
    }
    List<QueryLoop> full = passes(engines, Page.FULL, world, mix, options);
    List<QueryLoop> ids = options.idsOnly() ? passes(engines, Page.IDS, world, mix, options) : List.of();
    List<EngineRun> runs = new ArrayList<>();
    for (int i = 0; i < engines.size(); i++) {
      SearchEngineUnderTest engine = engines.get(i);
      Indexed index = indexed.get(i);
      Map<Integer, Double> queriesPerSecond = new LinkedHashMap<>();
      if (options.throughput() > 0 && engine.concurrent()) {
        for (int threads : new int[] {1, 2}) {
          double rate = throughput(engine, world, mix, threads, options.throughput());
          queriesPerSecond.put(threads, rate);
          log("[%s] %d searching thread(s): %,.0f queries/s", engine.name(), threads, rate);
        }
      }
      double loadAfter = Machine.loadAverage();
      log("[%s] load average %.1f before indexing, %.1f after measuring", engine.name(), index.loadBefore(),
          loadAfter);
      Map<String, Latencies.Summary> freshness = freshness(engine, options);
      QueryLoop loop = full.get(i);
      runs.add(new EngineRun(engine.name(), index.seconds(), world.spec().documents(), index.heap(),
          engine.indexSizeBytes(), engine.details(), loop.byClass(), ids.isEmpty() ? Map.of() : ids.get(i).byClass(),
          loop.byAudience(), index.loadBefore(), loadAfter, index.firstQueryMillis(), queriesPerSecond, freshness));
    }
    return runs;
  }

  /** Opens {@code engine}, indexes every document with it (merging after, if asked) and runs one query. */
  private static Indexed index(SearchEngineUnderTest engine, World world, List<BenchQuery> mix,
      BenchmarkOptions options) throws IOException {
    Path directory = options.work().resolve(engine.name());
    Files.createDirectories(directory);
    engine.open(world, directory);
    double loadBefore = Machine.loadAverage();
    log("[%s] indexing %,d documents", engine.name(), world.spec().documents());
    long start = System.nanoTime();
    engine.index(world.documents());
    if (options.mergeTo() > 0) {
      log("[%s] merging down to %d segments", engine.name(), options.mergeTo());
      engine.forceMerge(options.mergeTo());
    }
    double indexSeconds = seconds(start);
    long heap = Machine.usedHeapAfterGc();
    log("[%s] indexed in %.1f s (%,.0f documents/s); heap in use %,d MiB; index %,d MiB", engine.name(), indexSeconds,
        world.spec().documents() / indexSeconds, heap >> 20, engine.indexSizeBytes() >> 20);
    // the report's details are read after the freshness probe, whose new items add segments
    log("[%s] as searched: %s", engine.name(), new TreeMap<>(engine.details()));
    // the first query pays whatever the engine left for its first reader to do
    start = System.nanoTime();
    engine.query(world.audiences().get(0), mix.get(0));
    double firstQueryMillis = (System.nanoTime() - start) / 1e6;
    log("[%s] first query %.1f ms", engine.name(), firstQueryMillis);
    return new Indexed(indexSeconds, heap, loadBefore, firstQueryMillis);
  }

  /**
   * The warm-up passes of every engine, then the measured passes in rounds: each round runs one
   * pass of each engine, starting one engine further on than the round before. Each query builds
   * {@code page}. The loops returned are in the order of {@code engines}.
   */
  private static List<QueryLoop> passes(List<SearchEngineUnderTest> engines, Page page, World world,
      List<BenchQuery> mix, BenchmarkOptions options) {
    String what = page == Page.FULL ? "full page" : "ids only";
    List<QueryLoop> loops = new ArrayList<>();
    for (SearchEngineUnderTest engine : engines) {
      QueryLoop loop = new QueryLoop(mix, world.audiences());
      long start = System.nanoTime();
      loop.run(engine, page, 0, options.warmup(), false);
      log("[%s] %s: %d warm-up passes in %.1f s", engine.name(), what, options.warmup(), seconds(start));
      loops.add(loop);
    }
    long[] nanos = new long[engines.size()];
    for (int round = 0; round < options.iterations(); round++) {
      for (int k = 0; k < engines.size(); k++) {
        int i = (round + k) % engines.size();
        long start = System.nanoTime();
        loops.get(i).run(engines.get(i), page, options.warmup() + round, 1, true);
        nanos[i] += System.nanoTime() - start;
      }
    }
    for (int i = 0; i < engines.size(); i++) {
      log("[%s] %s: %d measured passes in %.1f s (check %d)", engines.get(i).name(), what, options.iterations(),
          nanos[i] / 1e9, loops.get(i).sink());
    }
    return loops;
  }

  /** The freshness probe's latencies, woken and polled, for an engine that follows a store. */
  private static Map<String, Latencies.Summary> freshness(SearchEngineUnderTest engine, BenchmarkOptions options) {
    Map<String, Latencies.Summary> freshness = new LinkedHashMap<>();
    if (engine instanceof FreshnessProbe probe && options.freshness() > 0) {
      for (boolean woken : new boolean[] {true, false}) {
        Latencies latencies = new Latencies();
        for (long nanos : probe.freshness(options.freshness(), woken)) {
          latencies.record(nanos, 1);
        }
        Latencies.Summary summary = latencies.summary();
        String how = woken ? "woken" : "polled";
        freshness.put(how, summary);
        log("[%s] a new item searchable (%s) in p50 %.1f ms, p99 %.1f ms, max %.1f ms over %d", engine.name(), how,
            summary.p50(), summary.p99(), summary.max(), summary.count());
      }
    }
    return freshness;
  }

  /** Closes every engine, even if one fails to; the first failure is thrown, with the others suppressed. */
  private static void closeAll(List<SearchEngineUnderTest> engines) {
    RuntimeException failed = null;
    for (SearchEngineUnderTest engine : engines) {
      try {
        engine.close();
      } catch (RuntimeException e) {
        if (failed == null) {
          failed = e;
        } else {
          failed.addSuppressed(e);
        }
      }
    }
    if (failed != null) {
      throw failed;
    }
  }

  /**
   * Full-page queries per second with {@code threads} threads querying at once for {@code seconds}:
   * each walks the mix from its own starting point, the audience rotating as in the passes.
   */
  private static double throughput(SearchEngineUnderTest engine, World world, List<BenchQuery> mix, int threads,
      int seconds) {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicLong done = new AtomicLong();
    AtomicLong sink = new AtomicLong();
    List<Audience> audiences = world.audiences();
    List<Thread> running = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      int first = t * mix.size() / threads;
      Thread thread = new Thread(() -> {
        for (long n = 0; System.nanoTime() < deadline; n++) {
          int j = (int) ((first + n) % mix.size());
          Result result = engine.query(audiences.get((int) ((j + n / mix.size()) % audiences.size())), mix.get(j),
              Page.FULL);
          sink.addAndGet(result.hits().size());
          done.incrementAndGet();
        }
      }, "bench-searcher-" + t);
      thread.start();
      running.add(thread);
    }
    for (Thread thread : running) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while measuring throughput", e);
      }
    }
    double elapsed = seconds(start);
    log("[%s] throughput check %d", engine.name(), sink.get());
    return done.get() / elapsed;
  }

  private static double streamRate(World world) {
    long start = System.nanoTime();
    long characters = world.documents().mapToLong(d -> d.body().length()).sum();
    double seconds = seconds(start);
    log("Generated %,d documents, %,d characters of body text", world.spec().documents(), characters);
    return world.spec().documents() / seconds;
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static void log(String format, Object... args) {
    System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
  }
}
