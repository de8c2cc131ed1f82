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
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollector;
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
  private final VisibleStatistics statistics;
  private final HitLoader hits;
  private final int minPrefixLength;
  private final Expiries expiries = new Expiries();

  public QueryRunner(Analyzers analyzers, FilterCache cache, VisibleStatistics statistics, int minPrefixLength) {
    this.text = new TextQueryBuilder(analyzers);
    this.privacy = new PrivacyFilter(cache);
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
    UserQuery parsed = UserQueryParser.parse(request.text());
    List<String> analyses = Filters.analyses(request);
    PrefixLimits.check(parsed, minPrefixLength);
    @Nullable Query textQuery = parsed.clauses().isEmpty() ? null : text.build(parsed, analyses, world.taxonomy());
    long cells = Filters.items(request) ? Cells.ofStates(request.reviewStates()) : 0;
    // the last expiry passed stands for now: the same filter, and the same cached statistics, until
    // the next announcement expires
    long passed = expiries.lastPassed(searcher.getIndexReader(), now.toEpochMilli());
    Query visible = privacy.filter(audience, cells, Filters.communities(request), passed);
    // scores count only what this filter lets through, never hidden documents
    IndexSearcher scoped = statistics.searcher(searcher.getIndexReader(), visible);
    BooleanQuery.Builder base = new BooleanQuery.Builder()
        .add(textQuery != null ? textQuery : MatchAllDocsQuery.INSTANCE, Occur.MUST)
        .add(visible, Occur.FILTER);
    Filters.of(request, world.taxonomy()).forEach(filter -> base.add(filter, Occur.FILTER));
    TaxonomyIndex taxonomy = TaxonomyIndex.of(world.taxonomy());
    List<FacetCounter> counters = Filters.counters(request, taxonomy);
    boolean scores = request.sort() == SortOrder.RELEVANCE;
    FieldDoc after = request.after().map(cursor -> Cursor.decode(request.sort(), cursor)).orElse(null);
    TopFieldCollectorManager top = new TopFieldCollectorManager(sort(request.sort()), request.pageSize() + 1, after,
        Integer.MAX_VALUE);
    Collected collected = scoped.search(base.build(), manager(top, counters, scores));
    ScoreDoc[] found = collected.docs.scoreDocs;
    ScoreDoc[] page = Arrays.copyOf(found, Math.min(found.length, request.pageSize()));
    if (scores) {
      for (ScoreDoc doc : page) {
        doc.score = (Float) ((FieldDoc) doc).fields[0];
      }
    }
    List<SearchHit> loaded = hits.load(scoped, page, textQuery, world, request.displayLanguage(),
        request.snippets());
    Optional<String> next = found.length > request.pageSize()
        ? Optional.of(Cursor.encode(request.sort(), (FieldDoc) page[page.length - 1])) : Optional.empty();
    List<FacetResult> facets = new ArrayList<>();
    for (FacetCounter counter : counters) {
      if (counter.counting()) {
        facets.add(FacetResults.of(counter, world, request.displayLanguage()));
      }
    }
    return new SearchResult(loaded, collected.total, facets, next, Duration.ofNanos(System.nanoTime() - startNanos));
  }

  private record Collected(TopFieldDocs docs, long total) {}

  private static CollectorManager<SearchCollector, Collected> manager(TopFieldCollectorManager top,
      List<FacetCounter> counters, boolean scores) {
    return new CollectorManager<>() {
      @Override
      public SearchCollector newCollector() throws IOException {
        return new SearchCollector(top.newCollector(), counters, scores);
      }

      @Override
      public Collected reduce(Collection<SearchCollector> collectors) throws IOException {
        List<TopFieldCollector> tops = collectors.stream().map(SearchCollector::top).toList();
        long total = collectors.stream().mapToLong(SearchCollector::total).sum();
        return new Collected(top.reduce(tops), total);
      }
    };
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
