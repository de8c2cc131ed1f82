package dev.convene.search.internal;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.jspecify.annotations.Nullable;

/**
 * A filter whose documents are computed once per segment and kept in a {@link FilterCache} under a
 * key that says what it selects (never who asked), so that every later search with the same filter
 * reads a bit set instead of running the filter's query again. The searcher applies deletions.
 *
 * <p>Used where a filter is costly and asked for again and again: the privacy filter's blocks, and
 * the concept filters that stand for a concept and its narrower concepts.
 */
public abstract class CachedFilterQuery extends Query {
  private final Object key;
  private final FilterCache cache;

  /**
   * A filter kept under {@code key} in {@code cache}.
   *
   * @param key what the filter selects; equal keys must select the same documents
   * @param cache where its bits are kept
   */
  protected CachedFilterQuery(Object key, FilterCache cache) {
    this.key = key;
    this.cache = cache;
  }

  /**
   * The filter {@code query}, its bits kept under the query itself.
   *
   * @param query a filter whose equality says what it selects, as Lucene's queries' does
   * @param cache where its bits are kept
   * @return the cached filter
   */
  public static Query of(Query query, FilterCache cache) {
    return new CachedFilterQuery(query, cache) {
      @Override
      protected Query uncached() {
        return query;
      }
    };
  }

  /** What the filter selects, run only when a segment's bits are not cached. */
  protected abstract Query uncached();

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    return new ConstantScoreWeight(this, boost) {
      // built only on a miss: some filters (a set of thousands of communities) cost more to build
      // than the rest of a typical search
      private @Nullable Weight innerWeight;

      @Override
      public @Nullable ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
        FixedBitSet bits = cache.get(context.reader(), key, () -> FilterCache.bits(inner(searcher), context));
        if (bits.length() == 0 || bits.nextSetBit(0) == DocIdSetIterator.NO_MORE_DOCS) {
          return null;
        }
        return new DefaultScorerSupplier(
            new ConstantScoreScorer(score(), scoreMode, new BitSetIterator(bits, bits.approximateCardinality())));
      }

      /**
       * Whether one document matches. A reader the cache cannot key (a highlighter's view of one
       * document's segment, made anew for every hit and field) is asked about that document alone,
       * by the filter's query, rather than computing bits for its whole segment that could not be
       * kept.
       */
      @Override
      public @Nullable Matches matches(LeafReaderContext context, int doc) throws IOException {
        if (context.reader().getCoreCacheHelper() == null) {
          return inner(searcher).matches(context, doc);
        }
        return super.matches(context, doc);
      }

      @Override
      public boolean isCacheable(LeafReaderContext context) {
        return false; // cached by the FilterCache
      }

      private synchronized Weight inner(IndexSearcher searcher) throws IOException {
        if (innerWeight == null) {
          innerWeight = searcher.createWeight(searcher.rewrite(uncached()), ScoreMode.COMPLETE_NO_SCORES, 1f);
        }
        return innerWeight;
      }
    };
  }

  /**
   * Visits the filter's query: a highlighter then sees what it matches (and so knows it matches no
   * text), instead of a query it cannot read, which would make it analyse every hit's text again.
   */
  @Override
  public void visit(QueryVisitor visitor) {
    uncached().visit(visitor.getSubVisitor(BooleanClause.Occur.FILTER, this));
  }

  @Override
  public String toString(String field) {
    return "cached(" + key + ")";
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof CachedFilterQuery that && getClass() == that.getClass() && key.equals(that.key);
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + key.hashCode();
  }
}
