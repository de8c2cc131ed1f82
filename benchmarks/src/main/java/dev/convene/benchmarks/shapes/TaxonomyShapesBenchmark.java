package dev.convene.benchmarks.shapes;

import dev.convene.benchmarks.Arguments;
import dev.convene.benchmarks.report.Machine;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Document;
import dev.convene.core.model.ItemHeader;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import dev.convene.core.taxonomy.Taxonomy;
import dev.convene.search.FacetDimension;
import dev.convene.search.SearchIndex;
import dev.convene.search.SearchRequest;
import dev.convene.storage.memory.InMemoryStorage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.lucene.store.ByteBuffersDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures, for a flat taxonomy (the baseline), a chain and a lattice of as many concepts, in one JVM:
 * the first search after a taxonomy change (a relabelling; no facets, so it is the taxonomy's own
 * cost), and a warm search counting the scheme's concept facet. Documents are tagged with one concept
 * each, the same concept numbers in every shape; a document deep in a chain counts under all its
 * ancestors, which the flat baseline does not have, so the faceted ratio is the counting's inherent
 * extra work. Each figure is the median of the rounds, in milliseconds; a search that takes longer
 * than the limit, or fails, is reported as such.
 *
 * <p>Run with {@code mvn -q -pl benchmarks -am -Pshapes -DskipTests package}; arguments {@code
 * --concepts=10000 --docs=1000 --rounds=7 --limit=60} (seconds).
 */
public final class TaxonomyShapesBenchmark {
  private static final SearchRequest PLAIN = SearchRequest.builder().pageSize(1).build();
  private static final FacetDimension FACET = FacetDimension.concepts(Shape.SCHEME);
  private static final SearchRequest FACETED = SearchRequest.builder().pageSize(1).facets(FACET).build();
  private static final long OVER = -1;
  private static final long FAILED = -2;
  private static final long NOT_RUN = -3;

  private TaxonomyShapesBenchmark() {}

  /** The arguments, as picocli reads them. */
  @Command(name = "taxonomy-shapes-benchmark")
  private static final class Settings {
    @Option(names = "--concepts", defaultValue = "10000", converter = Arguments.WholeInt.class)
    int concepts;
    @Option(names = "--docs", defaultValue = "1000", converter = Arguments.WholeInt.class)
    int docs;
    @Option(names = "--rounds", defaultValue = "7", converter = Arguments.WholeInt.class)
    int rounds;
    @Option(names = "--limit", defaultValue = "60", converter = Arguments.WholeInt.class, description = "seconds")
    int limit;
  }

  public static void main(String[] args) throws Exception {
    Settings options = Arguments.parse(new Settings(), List.of(args));
    int n = options.concepts;
    // a thread per search, so that one still running past its limit does not hold up the next
    ExecutorService searches = Executors.newCachedThreadPool(r -> {
      Thread thread = new Thread(r, "shapes-search");
      thread.setDaemon(true);
      return thread;
    });
    System.out.printf(Locale.ROOT, "%s; load before %.1f%n", Machine.current(), Machine.loadAverage());
    System.out.println("| taxonomy | first search after a change, ms | ratio | faceted search, ms | ratio |");
    System.out.println("|---|---|---|---|---|");
    double[] baseline = null;
    for (Shape shape : Shape.values()) {
      double[] medians = run(shape, n, options, searches);
      baseline = baseline == null ? medians : baseline;
      System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", shape.describe(n), ms(medians[0]),
          ratio(medians[0], baseline[0]), ms(medians[1]), ratio(medians[1], baseline[1]));
    }
    System.out.printf(Locale.ROOT, "load after %.1f%n", Machine.loadAverage());
    System.exit(0); // a search past its limit may still be running
  }

  private static double[] run(Shape shape, int n, Settings options, ExecutorService searches)
      throws Exception {
    InMemoryStorage storage = InMemoryStorage.create();
    Taxonomy taxonomy = shape.taxonomy(n);
    storage.useTransaction(tx -> tx.taxonomy().replace(taxonomy, tx.taxonomy().current().version()));
    CommunityId community = CommunityId.of("shapes");
    storage.useTransaction(tx -> tx.communities().insert(Community.builder(community, "shapes").name("Shapes")
        .build()));
    Random random = new Random(42);
    Instant now = Instant.now();
    for (int d = 0; d < options.docs; d++) {
      ItemHeader header = ItemHeader.draft(ItemId.of("d" + d), community, UserId.of("ada"), "Document " + d,
          Locale.ENGLISH, Visibility.PUBLIC, now).withConcepts(Set.of(Shape.concept(random.nextInt(n))), now)
          .withReviewState(ReviewState.PUBLISHED, now);
      storage.useTransaction(tx -> tx.items().insert(Document.of(header, "text")));
    }
    long limit = options.limit;
    try (SearchIndex index = SearchIndex.builder().storage(storage).directory(new ByteBuffersDirectory()).build()) {
      index.catchUp();
      List<Long> first = new ArrayList<>();
      List<Long> faceted = new ArrayList<>();
      for (int round = 0; round <= options.rounds; round++) {
        Taxonomy current = storage.read(tx -> tx.taxonomy().current().taxonomy());
        Taxonomy relabelled = current.with(current.require(Shape.concept(0)).withPrefLabel(Locale.ENGLISH,
            "Concept 0, round " + round));
        storage.useTransaction(tx -> tx.taxonomy().replace(relabelled, tx.taxonomy().current().version()));
        long a = timed(searches, () -> index.search(Actor.anonymous(), PLAIN), limit);
        long b = a < 0 ? NOT_RUN : timed(searches, () -> index.search(Actor.anonymous(), FACETED), limit);
        if (a < 0 || b < 0) {
          return new double[] {a < 0 ? a : a / 1e6, b};
        }
        if (round > 0) { // round 0 warms up
          first.add(a);
          faceted.add(b);
        }
      }
      return new double[] {median(first), median(faceted)};
    }
  }

  /** Nanoseconds, or {@link #OVER} past the limit, {@link #FAILED} for an error (printed). */
  private static long timed(ExecutorService searches, Callable<?> search, long limitSeconds) throws Exception {
    Future<Long> running = searches.submit(() -> {
      long start = System.nanoTime();
      search.call();
      return System.nanoTime() - start;
    });
    try {
      return running.get(limitSeconds, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      return OVER;
    } catch (java.util.concurrent.ExecutionException e) {
      System.out.println("failed: " + e.getCause());
      return FAILED;
    }
  }

  private static double median(List<Long> nanos) {
    List<Long> sorted = nanos.stream().sorted().toList();
    return sorted.get(sorted.size() / 2) / 1e6;
  }

  private static String ms(double value) {
    return value == OVER ? "over the limit" : value == FAILED ? "failed" : value == NOT_RUN ? "not run"
        : String.format(Locale.ROOT, "%.1f", value);
  }

  private static String ratio(double value, double baseline) {
    return value < 0 || baseline <= 0 ? "–" : String.format(Locale.ROOT, "%.1f", value / baseline);
  }
}
