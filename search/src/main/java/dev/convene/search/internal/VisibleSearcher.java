package dev.convene.search.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.ScoreMode;

import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.Weight;

import org.jspecify.annotations.Nullable;

/**
 * A searcher for one search whose statistics, and so whose scores, count only the live documents
 * the search's privacy filter lets through. A term or field that no visible document holds gets
 * placeholder statistics: it can only score documents the filter then drops.
 */
final class VisibleSearcher extends IndexSearcher {
  private final VisibleStatistics statistics;
  private final Query filter;
  private final Object token;
  private final VisibleCounts.@Nullable Visible[] visible;
  private @Nullable Weight filterWeight;
  /** Per field, its statistics: asked once for every word of the query in that field. */
  private final Map<String, CollectionStatistics> fields = new HashMap<>();

  VisibleSearcher(IndexReader reader, VisibleStatistics statistics, Query filter, Object token) {
    super(reader);
    setQueryCache(null); // the privacy filter keeps its own per-segment cache
    this.statistics = statistics;
    this.filter = filter;
    this.token = token;
    this.visible = new VisibleCounts.Visible[reader.leaves().size()];
  }

  @Override
  public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) throws IOException {
    long visibleDocFreq = 0;
    long visibleTotalTermFreq = 0;
    for (LeafReaderContext leaf : getLeafContexts()) {
      VisibleCounts.TermCounts counts = statistics.term(leaf, token, term, this);
      visibleDocFreq += counts.docFreq();
      visibleTotalTermFreq += counts.totalTermFreq();
    }
    return visibleDocFreq == 0 ? new TermStatistics(term.bytes(), 1, 1)
        : new TermStatistics(term.bytes(), visibleDocFreq, visibleTotalTermFreq);
  }

  @Override
  public synchronized CollectionStatistics collectionStatistics(String field) throws IOException {
    CollectionStatistics known = fields.get(field);
    if (known == null) {
      known = count(field);
      fields.put(field, known);
    }
    return known;
  }

  private CollectionStatistics count(String field) throws IOException {
    long documents = 0;
    long docCount = 0;
    long length = 0;
    for (LeafReaderContext leaf : getLeafContexts()) {
      VisibleCounts.FieldCounts counts = statistics.field(leaf, token, field, this);
      documents += counts.documents();
      docCount += counts.docCount();
      length += counts.length();
    }
    // sumDocFreq is not known without reading every word; BM25 does not use it, and length bounds it
    return docCount == 0 ? new CollectionStatistics(field, 1, 1, 1, 1)
        : new CollectionStatistics(field, documents, docCount, length, length);
  }

  /**
   * The privacy filter as one bit set per segment: the bits this searcher's statistics count over,
   * computed once per segment and filter and cached, so that a search intersects its text with a
   * single iterator instead of the filter's disjunction of blocks.
   */
  Query filter() {
    return new Query() {
      @Override
      public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
          @Override
          public @Nullable ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
            VisibleCounts.Visible known = visible(context);
            if (known.count() == 0) {
              return null;
            }
            return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, known.iterator()));
          }

          @Override
          public boolean isCacheable(LeafReaderContext context) {
            return false; // cached by the FilterCache
          }
        };
      }

      @Override
      public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
      }

      @Override
      public String toString(String field) {
        return "visible(" + filter + ")";
      }

      @Override
      public boolean equals(@Nullable Object other) {
        return this == other; // one search's filter, over this searcher's segments only
      }

      @Override
      public int hashCode() {
        return System.identityHashCode(this);
      }
    };
  }

  /** The visible documents of a segment, looked up once per search and segment. */
  synchronized VisibleCounts.Visible visible(LeafReaderContext leaf) throws IOException {
    VisibleCounts.Visible known = visible[leaf.ord];
    if (known == null) {
      known = statistics.visible(leaf, token, () -> FilterCache.bits(filterWeight(), leaf));
      visible[leaf.ord] = known;
    }
    return known;
  }

  private Weight filterWeight() throws IOException {
    if (filterWeight == null) {
      filterWeight = createWeight(rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1f);
    }
    return filterWeight;
  }
}
