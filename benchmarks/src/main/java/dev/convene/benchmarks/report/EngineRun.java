package dev.convene.benchmarks.report;

import dev.convene.benchmarks.query.QueryClass;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one engine measured.
 *
 * @param engine the engine's name
 * @param indexSeconds the wall time to index every document, the stream's generation included
 * @param documents how many documents were indexed
 * @param heapAfterIndexBytes the heap in use after indexing, after garbage collection, with the world
 *     and the engine's searcher held
 * @param indexBytes the index's size on disk
 * @param details the engine's own facts, such as its segment count
 * @param byClass latency per query class, with a full page (titles and highlighted snippets)
 * @param byClassIds latency per query class with a page of ids alone; empty if that pass did not run
 * @param byAudience latency per audience, by audience name
 * @param loadBefore the system's one-minute load average before indexing
 * @param loadAfter the system's one-minute load average after the last measured query
 * @param firstQueryMillis how long the first query after indexing took, before any warm-up
 * @param queriesPerSecond full-page queries per second by the number of threads querying at once;
 *     empty if not measured
 * @param freshness for an engine that follows a store, how long a newly saved item took to become
 *     searchable, by how the indexer learnt of it ({@code woken} or {@code polled}); empty otherwise
 */
public record EngineRun(String engine, double indexSeconds, long documents, long heapAfterIndexBytes,
    long indexBytes, Map<String, String> details, Map<QueryClass, Latencies.Summary> byClass,
    Map<QueryClass, Latencies.Summary> byClassIds, Map<String, Latencies.Summary> byAudience, double loadBefore, double loadAfter, double firstQueryMillis,
    Map<Integer, Double> queriesPerSecond, Map<String, Latencies.Summary> freshness) {

  /** Copies the maps, keeping the audiences in their order. */
  public EngineRun {
    details = Map.copyOf(details);
    byClass = Map.copyOf(byClass);
    byClassIds = Map.copyOf(byClassIds);
    byAudience = Collections.unmodifiableMap(new LinkedHashMap<>(byAudience));
    queriesPerSecond = Collections.unmodifiableMap(new LinkedHashMap<>(queriesPerSecond));
    freshness = Collections.unmodifiableMap(new LinkedHashMap<>(freshness));
  }

  /** Indexing throughput in documents per second. */
  public double documentsPerSecond() {
    return documents / indexSeconds;
  }
}
