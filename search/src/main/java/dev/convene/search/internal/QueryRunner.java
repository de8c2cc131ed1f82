package dev.convene.search.internal;

import dev.convene.search.FacetResult;
import dev.convene.search.SearchHit;
import dev.convene.search.SearchRequest;
import dev.convene.search.SearchResult;
import dev.convene.search.SortOrder;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.jspecify.annotations.Nullable;

/**
 * Runs one search on one searcher: parses the text, builds the query with the privacy filter and
 * the request's filters, collects hits and facets in one pass, and loads the page's hits. Scores
 * come from statistics over what the privacy filter lets through ({@link VisibleStatistics}).
 */
public final class QueryRunner {
  private final TextQueryBuilder text;
  private final PrivacyFilter privacy;
  private final FilterCache cache;
  private final VisibleStatistics statistics;
  private final HitLoader hits;
  private final int minPrefixLength;
  private final Expiries expiries = new Expiries();
  private final KeywordColumns columns = new KeywordColumns();

  public QueryRunner(Analyzers analyzers, FilterCache cache, VisibleStatistics statistics, int minPrefixLength) {
    this.text = new TextQueryBuilder(analyzers, cache);
    this.privacy = new PrivacyFilter(cache);
    this.cache = cache;
    this.statistics = statistics;
    this.hits = new HitLoader(analyzers);
    this.minPrefixLength = minPrefixLength;
  }

  /**
   * The result of {@code request} for the actor whose audience is given, at {@code now}: the time
   * that decides which announcements have expired.
   */
  public SearchResult run(IndexSearcher searcher, SearchRequest request, World world, Audience audience,
      Instant now, long startNanos) throws IOException {
    UserQuery parsed = UserQueryParser.parse(request.text(), text::hasWords);
    List<String> analyses = Filters.analyses(request);
    PrefixLimits.check(parsed, minPrefixLength);
    @Nullable Query textQuery = parsed.clauses().isEmpty() ? null : text.build(parsed, analyses, world.taxonomy());
    long cells = Filters.items(request) ? Cells.ofStates(request.reviewStates()) : 0;
    // the last expiry passed stands for now: the same filter, and the same cached statistics, until
    // the next announcement expires
    long passed = expiries.lastPassed(searcher.getIndexReader(), now.toEpochMilli());
    Query visible = privacy.filter(audience, cells, Filters.communities(request), passed);
    // scores count only what this filter lets through, never hidden documents
    VisibleSearcher scoped = statistics.searcher(searcher.getIndexReader(), visible);
    BooleanQuery.Builder base = new BooleanQuery.Builder()
        .add(textQuery != null ? textQuery : MatchAllDocsQuery.INSTANCE, Occur.MUST)
        .add(scoped.filter(), Occur.FILTER);
    Filters.of(request, world.taxonomy(), cache).forEach(filter -> base.add(filter, Occur.FILTER));
    TaxonomyIndex taxonomy = TaxonomyIndex.of(world.taxonomy());
    List<FacetCounter> counters = Filters.counters(request, taxonomy, columns);
    boolean scores = request.sort() == SortOrder.RELEVANCE;
    Query query = base.build();
    int wanted = request.pageSize() + 1;
    FieldDoc[] found;
    long total;
    if (scores && request.after().isEmpty()) {
      // the first page by relevance, in one pass that reads a hit's key only when its score ties the
      // lowest score kept or when it is kept
      Collected<FieldDoc[]> collected = scoped.search(query, manager(RelevanceTop.manager(wanted), counters, true));
      total = collected.total;
      found = collected.top;
    } else {
      FieldDoc after = request.after().map(cursor -> Cursor.decode(request.sort(), cursor)).orElse(null);
      Collected<TopFieldDocs> collected = scoped.search(query, manager(new TopFieldCollectorManager(
          sort(request.sort()), wanted, after, Integer.MAX_VALUE), counters, scores));
      total = collected.total;
      found = fieldDocs(collected.top.scoreDocs);
    }
    FieldDoc[] page = Arrays.copyOf(found, Math.min(found.length, request.pageSize()));
    if (scores) {
      for (FieldDoc doc : page) {
        doc.score = (Float) doc.fields[0];
      }
    }
    List<SearchHit> loaded = hits.load(scoped, page, textQuery, world, request.displayLanguage(),
        request.snippets());
    Optional<String> next = found.length > request.pageSize()
        ? Optional.of(Cursor.encode(request.sort(), page[page.length - 1])) : Optional.empty();
    List<FacetResult> facets = new ArrayList<>();
    for (FacetCounter counter : counters) {
      if (counter.counting()) {
        facets.add(FacetResults.of(counter, world, request.displayLanguage(), request.facetValues()));
      }
    }
    return new SearchResult(loaded, total, facets, next, Duration.ofNanos(System.nanoTime() - startNanos));
  }

  /** What a search collected: its top hits, in the form its top-hits collector gives them, and its total. */
  private record Collected<T>(T top, long total) {}

  private static <C extends Collector, T> CollectorManager<SearchCollector<C>, Collected<T>> manager(
      CollectorManager<C, T> top, List<FacetCounter> counters, boolean scores) {
    return new CollectorManager<>() {
      @Override
      public SearchCollector<C> newCollector() throws IOException {
        return new SearchCollector<>(top.newCollector(), counters, scores);
      }

      @Override
      public Collected<T> reduce(Collection<SearchCollector<C>> collectors) throws IOException {
        List<C> tops = collectors.stream().map(SearchCollector::top).toList();
        long total = collectors.stream().mapToLong(SearchCollector::total).sum();
        return new Collected<>(top.reduce(tops), total);
      }
    };
  }

  /** The hits of a sorted search, which are field docs. */
  private static FieldDoc[] fieldDocs(ScoreDoc[] docs) {
    FieldDoc[] fields = new FieldDoc[docs.length];
    for (int i = 0; i < docs.length; i++) {
      fields[i] = (FieldDoc) docs[i];
    }
    return fields;
  }

  static Sort sort(SortOrder order) {
    SortField key = new SortField(Fields.KEY, SortField.Type.STRING);
    if (order == SortOrder.RELEVANCE) {
      return new Sort(SortField.FIELD_SCORE, key);
    }
    // communities have no date: they come last
    return new Sort(new SortField(Fields.DATE, SortField.Type.LONG, true, Long.MIN_VALUE), key);
  }
}
