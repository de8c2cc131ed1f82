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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
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
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * Runs one search on one searcher: parses the text, builds the query with the privacy filter and
 * the request's filters, collects hits and facets in one pass, and loads the page's hits. Scores
 * come from statistics over what the privacy filter lets through ({@link VisibleStatistics}).
 */
public final class QueryRunner {
  private static final Comparator<FieldDoc> BY_SCORE_THEN_KEY = Comparator
      .comparing((FieldDoc doc) -> (Float) doc.fields[0], Comparator.reverseOrder())
      .thenComparing(doc -> (BytesRef) doc.fields[1]);

  private final TextQueryBuilder text;
  private final PrivacyFilter privacy;
  private final FilterCache cache;
  private final VisibleStatistics statistics;
  private final HitLoader hits;
  private final int minPrefixLength;
  private final Expiries expiries = new Expiries();

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
    List<FacetCounter> counters = Filters.counters(request, taxonomy);
    boolean scores = request.sort() == SortOrder.RELEVANCE;
    Query query = base.build();
    int wanted = request.pageSize() + 1;
    FieldDoc[] found;
    long total;
    if (scores && request.after().isEmpty()) {
      // the first page by relevance is collected by score alone, the collector reading no key; the
      // page's keys then order its ties, and only a tie across the page's end, rare with scores,
      // takes a second pass sorted by score and key
      Collected collected = scoped.search(query,
          manager(new TopScoreDocCollectorManager(wanted, null, Integer.MAX_VALUE), counters, true));
      total = collected.total;
      ScoreDoc[] byScore = collected.docs.scoreDocs;
      int size = request.pageSize();
      found = byScore.length > size && byScore[size].score == byScore[size - 1].score
          ? tied(scoped, query, request, taxonomy, counters, wanted)
          : keyed(scoped.getIndexReader(), byScore);
    } else {
      FieldDoc after = request.after().map(cursor -> Cursor.decode(request.sort(), cursor)).orElse(null);
      Collected collected = scoped.search(query, manager(new TopFieldCollectorManager(sort(request.sort()), wanted,
          after, Integer.MAX_VALUE), counters, scores));
      total = collected.total;
      found = fieldDocs(collected.docs.scoreDocs);
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

  /**
   * The first page by score and key, when a tie crosses the end of the page collected by score alone:
   * a second pass sorted by score and key. It needs neither the total nor the counts, which the first
   * pass has, so without a drill-down it lets Lucene skip documents that cannot reach the page; with
   * one, it applies the drill-downs as the first pass did, with counters of its own, unread.
   */
  private static FieldDoc[] tied(IndexSearcher scoped, Query query, SearchRequest request, TaxonomyIndex taxonomy,
      List<FacetCounter> counters, int wanted) throws IOException {
    Sort order = sort(SortOrder.RELEVANCE);
    if (counters.stream().noneMatch(FacetCounter::drilling)) {
      return fieldDocs(scoped.search(query, new TopFieldCollectorManager(order, wanted, null, wanted)).scoreDocs);
    }
    return fieldDocs(scoped.search(query, manager(new TopFieldCollectorManager(order, wanted, null, Integer.MAX_VALUE),
        Filters.counters(request, taxonomy), true)).docs.scoreDocs);
  }

  private record Collected(TopDocs docs, long total) {}

  private static <C extends Collector> CollectorManager<SearchCollector<C>, Collected> manager(
      CollectorManager<C, ? extends TopDocs> top, List<FacetCounter> counters, boolean scores) {
    return new CollectorManager<>() {
      @Override
      public SearchCollector<C> newCollector() throws IOException {
        return new SearchCollector<>(top.newCollector(), counters, scores);
      }

      @Override
      public Collected reduce(Collection<SearchCollector<C>> collectors) throws IOException {
        List<C> tops = collectors.stream().map(SearchCollector::top).toList();
        long total = collectors.stream().mapToLong(SearchCollector::total).sum();
        return new Collected(top.reduce(tops), total);
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

  /**
   * Hits collected by score, with their keys read and ordered as the relevance sort orders them:
   * score first, then key.
   */
  private static FieldDoc[] keyed(IndexReader reader, ScoreDoc[] docs) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    FieldDoc[] keyed = new FieldDoc[docs.length];
    for (int i = 0; i < docs.length; i++) {
      ScoreDoc doc = docs[i];
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc.doc, leaves));
      SortedDocValues keys = DocValues.getSorted(leaf.reader(), Fields.KEY);
      if (!keys.advanceExact(doc.doc - leaf.docBase)) {
        throw new IllegalStateException("a document without a key: " + doc.doc);
      }
      BytesRef key = BytesRef.deepCopyOf(keys.lookupOrd(keys.ordValue()));
      keyed[i] = new FieldDoc(doc.doc, doc.score, new Object[] {doc.score, key});
    }
    Arrays.sort(keyed, BY_SCORE_THEN_KEY);
    return keyed;
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
