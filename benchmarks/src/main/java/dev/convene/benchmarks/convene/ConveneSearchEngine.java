package dev.convene.benchmarks.convene;

import dev.convene.benchmarks.corpus.Audience;
import dev.convene.benchmarks.corpus.World;
import dev.convene.benchmarks.corpus.WorldStore;
import dev.convene.benchmarks.engine.Engines;
import dev.convene.benchmarks.engine.FreshnessProbe;
import dev.convene.benchmarks.engine.Page;
import dev.convene.benchmarks.engine.Result;
import dev.convene.benchmarks.engine.SearchEngineUnderTest;
import dev.convene.benchmarks.query.BenchQuery;
import dev.convene.benchmarks.raw.RawLuceneEngine;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Document;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemHeader;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Visibility;
import dev.convene.search.FacetDimension;
import dev.convene.search.FacetResult;
import dev.convene.search.HitKind;
import dev.convene.search.IndexStats;
import dev.convene.search.SearchHit;
import dev.convene.search.SearchIndex;
import dev.convene.search.SearchRequest;
import dev.convene.search.SearchRequestBuilder;
import dev.convene.search.SearchResult;
import dev.convene.search.SortOrder;
import dev.convene.storage.Storage;
import dev.convene.storage.memory.InMemoryStorage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;

/**
 * Convene's search as the benchmark measures it: a {@link SearchIndex} following a store through
 * its change log, exactly as in production, with its daemon follower thread and default settings
 * but two: the baseline's indexing buffer (128 MB), and, as a single node may, writes made elsewhere
 * allowed 200 ms ({@code writesElsewhereWithin}), so that a search asks a store that counts its writes
 * (the JDBC store) for its last sequence only after a write or 200 ms.
 *
 * <p>The store is a {@link GeneratedStorage}: an {@link InMemoryStorage} loaded with the world's
 * taxonomy, communities and memberships ({@link WorldStore}) composed with a generated, read-only
 * view of the world's documents, so that a million items need not sit in the heap. {@link #index}
 * learns the number of documents from the stream, publishes that many {@code ITEM CREATED} entries
 * in the change log, wakes the index and waits until all of them are searchable: the time measured
 * is the follower reading the log, loading each item from the store, analysing and writing it, and
 * refreshing the searcher, then the index finishing its merges ({@link SearchIndex#awaitMerged}), as
 * the baseline's writer finishes its own when it closes. When the run asks, {@link #forceMerge} then
 * merges the index down with {@link SearchIndex#forceMerge}, as a host does after a bulk load.
 *
 * <p>A query is a {@link SearchRequest} as a portal would send it for the audience's {@link Actor},
 * whose memberships the index reads from the store: the text in Convene's user query syntax,
 * published items only ({@code kinds(ITEM)}, which leaves community documents out), the concept of a
 * drill-down or a subtree browse as a concept filter with its narrower concepts (so that facet
 * counts are over the hits, as the adapter requires; a facet drill-down would count that facet
 * sideways), newest first for a browse, 20 hits, the facets {@code concepts(scheme)} and {@code
 * TYPE}, and snippets for a {@link Page#FULL} page only ({@code snippets(false)} for {@link
 * Page#IDS}). The concept facet's tree is flattened: every concept at any depth, largest count first,
 * then by id, as the baseline orders its values.
 */
public final class ConveneSearchEngine implements SearchEngineUnderTest, FreshnessProbe {
  /**
   * The store the world is loaded into, and what to close with the engine.
   *
   * @param storage the store
   * @param closer releases it (drops a database schema); run when the engine closes
   * @param description how the report names it
   */
  record Backing(Storage storage, AutoCloseable closer, String description) {}

  private static final Duration INDEXING_TIMEOUT = Duration.ofHours(3);
  private static final Duration WRITES_ELSEWHERE_WITHIN = Duration.ofMillis(200);
  private static final Comparator<Result.FacetValue> LARGEST_FIRST =
      Comparator.comparingLong(Result.FacetValue::count).reversed().thenComparing(Result.FacetValue::key);

  private final String name;
  private final boolean optIn;
  private final Supplier<Backing> backings;
  private @Nullable World world;
  private @Nullable Path path;
  private @Nullable Backing backing;
  private @Nullable GeneratedStorage storage;
  private @Nullable SearchIndex index;
  private int probes;

  /** An engine on an in-memory store, to {@link #open} next. */
  public ConveneSearchEngine() {
    this(Engines.CONVENE, false, () -> new Backing(InMemoryStorage.create(), () -> { }, "in memory"));
  }

  /** An engine named {@code name} on the store {@code backings} gives when it opens. */
  ConveneSearchEngine(String name, boolean optIn, Supplier<Backing> backings) {
    this.name = name;
    this.optIn = optIn;
    this.backings = backings;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public boolean optIn() {
    return optIn;
  }

  @Override
  public void open(World world, Path directory) {
    this.world = world;
    this.path = directory;
    try {
      emptied(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot empty " + directory, e);
    }
    Backing opened = backings.get();
    backing = opened;
    WorldStore.load(world, opened.storage());
    storage = new GeneratedStorage(world, opened.storage());
    SearchIndex created = SearchIndex.builder().storage(storage).path(directory)
        .indexingBufferMb(RawLuceneEngine.RAM_BUFFER_MB)
        // one node: every write goes through this store, so none made elsewhere can be missed
        .writesElsewhereWithin(WRITES_ELSEWHERE_WITHIN).build();
    index = created;
    // a new index is rebuilt from the store first: the communities; no item is published yet
    created.catchUp();
    created.start();
  }

  @Override
  public void index(Stream<? extends Item> items) {
    // a sized stream counts without generating its documents; they are generated once, by the store
    long count;
    try (Stream<? extends Item> all = items) {
      count = all.count();
    }
    long last = require(storage).publish(count);
    SearchIndex searchIndex = require(index);
    searchIndex.wake();
    if (!searchIndex.awaitApplied(last, INDEXING_TIMEOUT)) {
      throw new IllegalStateException("the index did not catch up with " + count + " items in " + INDEXING_TIMEOUT);
    }
    // as the baseline's writer waits for its merges when it closes, before it is searched
    if (!searchIndex.awaitMerged(INDEXING_TIMEOUT)) {
      throw new IllegalStateException("the index did not finish merging in " + INDEXING_TIMEOUT);
    }
  }

  @Override
  public void forceMerge(int maxSegments) {
    require(index).forceMerge(maxSegments);
  }

  @Override
  public Result query(Audience audience, BenchQuery query, Page page) {
    SearchResult result = require(index).search(audience.actor(), request(query, page));
    List<ItemId> ids = new ArrayList<>(result.hits().size());
    List<Result.Snippet> snippets = new ArrayList<>(page == Page.FULL ? result.hits().size() : 0);
    for (SearchHit hit : result.hits()) {
      ids.add(hit.item().orElseThrow());
      if (page == Page.FULL) {
        snippets.add(new Result.Snippet(hit.title(), hit.snippet()));
      }
    }
    List<Result.Facet> facets = new ArrayList<>(2);
    for (FacetResult facet : result.facets()) {
      facets.add(facet(facet, query));
    }
    return new Result(result.total(), ids, facets, snippets);
  }

  /** The request a portal would send for {@code query}: with snippets for a full page, without for ids. */
  static SearchRequest request(BenchQuery query, Page page) {
    SearchRequestBuilder request = SearchRequest.builder()
        .text(query.text())
        .snippets(page == Page.FULL)
        .kinds(HitKind.ITEM)
        .sort(query.byRelevance() ? SortOrder.RELEVANCE : SortOrder.DATE)
        .pageSize(query.top())
        .facets(FacetDimension.concepts(query.facetScheme()), FacetDimension.TYPE)
        .facetValues(BenchQuery.FACET_VALUES);
    query.concept().ifPresent(request::concepts);
    return request.build();
  }

  /** Every value once: a concept facet lists every counted concept, at any depth, once. */
  private static Result.Facet facet(FacetResult facet, BenchQuery query) {
    List<Result.FacetValue> values = new ArrayList<>(facet.values().size());
    facet.values().forEach(v -> values.add(new Result.FacetValue(v.value(), v.label(), v.count())));
    values.sort(LARGEST_FIRST);
    String dimension = facet.dimension().kind() == FacetDimension.Kind.CONCEPTS ? query.facetScheme().value()
        : BenchQuery.TYPE_FACET;
    return new Result.Facet(dimension, values.subList(0, Math.min(values.size(), BenchQuery.FACET_VALUES)));
  }

  @Override
  public long indexSizeBytes() {
    try (Stream<Path> files = Files.list(require(path))) {
      return files.filter(Files::isRegularFile).mapToLong(file -> {
        try {
          return Files.size(file);
        } catch (IOException e) {
          return 0; // merged away meanwhile
        }
      }).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Map<String, String> details() {
    IndexStats stats = require(index).stats();
    Map<String, String> details = new HashMap<>();
    details.put("RAM buffer", RawLuceneEngine.RAM_BUFFER_MB + " MB");
    details.put("writes elsewhere within", WRITES_ELSEWHERE_WITHIN.toMillis() + " ms (one node)");
    details.put("documents", String.format(Locale.ROOT, "%,d (items and communities)", stats.documents()));
    details.put("privacy filters cached", stats.filterCacheHits() + " hits, " + stats.filterCacheMisses() + " misses");
    try (FSDirectory directory = FSDirectory.open(require(path))) {
      details.put("segments at last commit", String.valueOf(SegmentInfos.readLatestCommit(directory).size()));
    } catch (IOException e) {
      details.put("segments at last commit", "unknown: " + e.getMessage());
    }
    details.put("segments searched", String.valueOf(stats.segments()));
    details.put("settings", "SearchIndex defaults, change log followed by the daemon thread");
    details.put("store", require(backing).description());
    return details;
  }

  /**
   * Inserts new public, published items into a public community of the inner store, one at a time,
   * and times each until an anonymous search for a word only it carries finds it.
   */
  @Override
  public long[] freshness(int samples, boolean woken) {
    World w = require(world);
    SearchIndex searchIndex = require(index);
    Community community = w.communities().stream().filter(c -> c.privacy() == Privacy.PUBLIC).findFirst()
        .orElseThrow(() -> new IllegalStateException("the world has no public community"));
    long[] nanos = new long[samples];
    for (int k = 0; k < samples; k++) {
      int n = probes++;
      String word = marker(n);
      Document template = w.document(n % w.spec().documents());
      Instant now = Instant.now();
      ItemHeader header = new ItemHeader(ItemId.of(String.format(Locale.ROOT, "fresh-%06d", n)), community.id(),
          template.author(), template.title() + " " + word, template.language(), Visibility.PUBLIC,
          ReviewState.PUBLISHED, template.concepts(), now, now, 0);
      Document item = template.withHeader(header);
      SearchRequest request = SearchRequest.builder().text(word).kinds(HitKind.ITEM).pageSize(1).build();
      long start = System.nanoTime();
      require(storage).useTransaction(tx -> tx.items().insert(item));
      if (woken) {
        searchIndex.wake();
      }
      while (searchIndex.search(Actor.anonymous(), request).total() == 0) {
        if (System.nanoTime() - start > Duration.ofSeconds(30).toNanos()) {
          throw new IllegalStateException("item " + item.id() + " was not searchable after 30 s");
        }
        pause(Duration.ofMillis(1));
      }
      nanos[k] = System.nanoTime() - start;
      pause(Duration.ofMillis(20));
    }
    return nanos;
  }

  /** A word no text of the corpus has: letters only, so every analyzer keeps it whole. */
  static String marker(int n) {
    StringBuilder word = new StringBuilder("qzxfresh");
    int rest = n;
    do {
      word.append((char) ('a' + rest % 26));
      rest /= 26;
    } while (rest > 0);
    return word.append("qzx").toString();
  }

  @Override
  public void close() {
    if (index != null) {
      index.close();
      index = null;
    }
    if (backing != null) {
      try {
        backing.closer().close();
      } catch (Exception e) {
        throw new IllegalStateException("Cannot release the store " + backing.description(), e);
      }
      backing = null;
    }
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static void emptied(Path directory) throws IOException {
    Files.createDirectories(directory);
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.toList()) {
        if (Files.isRegularFile(file)) {
          Files.delete(file);
        }
      }
    }
  }

  private static <T> T require(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("open the engine before using it");
    }
    return value;
  }
}
