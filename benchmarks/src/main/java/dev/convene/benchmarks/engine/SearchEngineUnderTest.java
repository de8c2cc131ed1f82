package dev.convene.benchmarks.engine;

import dev.convene.benchmarks.corpus.Audience;
import dev.convene.benchmarks.corpus.World;
import dev.convene.benchmarks.query.BenchQuery;
import dev.convene.core.model.Item;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A search engine as the benchmark sees it. The runner calls, in this order: {@link #open} once,
 * {@link #index} once, then {@link #query} many times, then {@link #close}, all from one thread but
 * for the throughput passes.
 * An engine that is {@link #concurrent()} may also be queried from several threads at once, after
 * the measured passes, to count queries per second. Every engine must answer a query with the same
 * semantics, so that their numbers compare:
 *
 * <ul>
 *   <li>the privacy filter of DESIGN.md §3 for the audience: only {@code PUBLISHED} items, and of
 *       those the items whose effective visibility is public (declared {@code PUBLIC} in a community
 *       that is not effectively {@code PRIVATE}) plus the items of the audience's active communities;
 *   <li>the text in user query syntax, searched in every language; a browse (no text) lists the
 *       newest items first;
 *   <li>a drill-down concept matches items tagged with it or with a narrower concept;
 *   <li>facet counts per document, over the hits only: each concept of the query's scheme a hit
 *       carries and each broader concept once, and the document types; the {@link
 *       BenchQuery#FACET_VALUES} largest values of each;
 *   <li>the total number of hits, exact, and the ids of the top {@link BenchQuery#top()};
 *   <li>for a {@link Page#FULL} page, each top hit's title and a snippet of its text, highlighted
 *       with the query's words (the opening of the text for a browse), from the stored text.
 * </ul>
 *
 * Engines wrap their own checked exceptions in unchecked ones.
 */
public interface SearchEngineUnderTest extends AutoCloseable {

  /** A short name for reports, such as {@code raw-lucene} or {@code convene}. */
  String name();

  /**
   * Whether the engine runs only when named ({@code --engines=name} or {@code --engines=all}), as one
   * that needs something outside this JVM, such as a database server, does; {@code false} by
   * default.
   */
  default boolean optIn() {
    return false;
  }

  /**
   * Whether {@link #query} may be called from several threads at once, for the throughput passes;
   * {@code true} by default.
   */
  default boolean concurrent() {
    return true;
  }

  /**
   * Prepares an empty index in {@code directory} (created if needed, emptied if not) for {@code
   * world}, whose communities, taxonomy and audiences the engine may keep for query time.
   */
  void open(World world, Path directory);

  /**
   * Indexes every item of the stream and returns once all of them are searchable. The stream is
   * generated lazily; an engine should not hold on to the items.
   */
  void index(Stream<? extends Item> items);

  /**
   * Merges the index down to at most {@code maxSegments} segments and returns once searches run on
   * the merged index, as a host does after a bulk load; an engine without segments does nothing, as
   * by default.
   */
  default void forceMerge(int maxSegments) {}

  /** Runs {@code query} as {@code audience}, with a {@link Page#FULL} page. */
  default Result query(Audience audience, BenchQuery query) {
    return query(audience, query, Page.FULL);
  }

  /**
   * Runs {@code query} as {@code audience}, building the page asked for: for {@link Page#FULL}, a
   * title and a highlighted snippet for each hit; for {@link Page#IDS}, the ids alone.
   */
  Result query(Audience audience, BenchQuery query, Page page);

  /** The size of the index on disk, in bytes. */
  long indexSizeBytes();

  /** Facts about the index worth reporting, such as its number of segments; none by default. */
  default Map<String, String> details() {
    return Map.of();
  }

  /**
   * Releases the index. Files in the directory stay for inspection; an engine that keeps its index
   * elsewhere, such as in a database server shared with others, removes it.
   */
  @Override
  void close();
}
