package dev.convene.benchmarks;

import dev.convene.benchmarks.corpus.Audience;
import dev.convene.benchmarks.engine.Page;
import dev.convene.benchmarks.engine.Result;
import dev.convene.benchmarks.engine.SearchEngineUnderTest;
import dev.convene.benchmarks.query.BenchQuery;
import dev.convene.benchmarks.query.QueryClass;
import dev.convene.benchmarks.report.Latencies;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Passes over the query mix. In pass {@code r}, query {@code j} runs as audience {@code (j + r) mod
 * a}, so over {@code a} passes every query runs once as every audience. Warm-up passes give the JIT
 * and the caches their steady state and are not recorded. One loop measures one kind of {@link
 * Page}.
 */
final class QueryLoop {
  private final List<BenchQuery> mix;
  private final List<Audience> audiences;
  private final Map<QueryClass, Latencies> byClass = new EnumMap<>(QueryClass.class);
  private final Map<String, Latencies> byAudience = new LinkedHashMap<>();
  private long sink;

  QueryLoop(List<BenchQuery> mix, List<Audience> audiences) {
    this.mix = List.copyOf(mix);
    this.audiences = List.copyOf(audiences);
    for (QueryClass kind : QueryClass.values()) {
      byClass.put(kind, new Latencies());
    }
    audiences.forEach(a -> byAudience.put(a.name(), new Latencies()));
  }

  /**
   * Runs {@code passes} passes, numbered from {@code firstPass}, each query building {@code page},
   * recording them if asked.
   */
  void run(SearchEngineUnderTest engine, Page page, int firstPass, int passes, boolean record) {
    for (int pass = firstPass; pass < firstPass + passes; pass++) {
      for (int j = 0; j < mix.size(); j++) {
        BenchQuery query = mix.get(j);
        Audience audience = audiences.get((j + pass) % audiences.size());
        long start = System.nanoTime();
        Result result = engine.query(audience, query, page);
        long elapsed = System.nanoTime() - start;
        // keeps the JIT from discarding work whose result nobody reads
        sink += result.hits().size() + result.pageCharacters();
        if (record) {
          byClass.get(query.kind()).record(elapsed, result.totalHits());
          byAudience.get(audience.name()).record(elapsed, result.totalHits());
        }
      }
    }
  }

  Map<QueryClass, Latencies.Summary> byClass() {
    Map<QueryClass, Latencies.Summary> summaries = new EnumMap<>(QueryClass.class);
    byClass.forEach((kind, latencies) -> summaries.put(kind, latencies.summary()));
    return summaries;
  }

  Map<String, Latencies.Summary> byAudience() {
    Map<String, Latencies.Summary> summaries = new LinkedHashMap<>();
    byAudience.forEach((name, latencies) -> summaries.put(name, latencies.summary()));
    return summaries;
  }

  /** A number that depends on every result, printed so that no work can be optimised away. */
  long sink() {
    return sink;
  }
}
