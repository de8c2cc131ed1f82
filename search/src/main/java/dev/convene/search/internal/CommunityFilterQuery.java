package dev.convene.search.internal;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.jspecify.annotations.Nullable;

/**
 * One building block of the privacy filter: the documents of a set of communities, either the items
 * in some cells or the community documents themselves. Its bits are computed once per segment and
 * kept in a {@link FilterCache} under the selection (never under a user), so that every actor whose
 * audience holds the same set shares them.
 */
public final class CommunityFilterQuery extends Query {
  /**
   * What the filter selects.
   *
   * @param communities the communities
   * @param cells the item cells to keep, or 0 for the community documents
   */
  public record Selection(CommunitySet communities, long cells) {}

  private final Selection selection;
  private final FilterCache cache;

  public CommunityFilterQuery(Selection selection, FilterCache cache) {
    this.selection = selection;
    this.cache = cache;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    return new ConstantScoreWeight(this, boost) {
      // built only when a segment's bits are not cached: a set of thousands of communities costs
      // more to sort and pack into a TermInSetQuery than the rest of a typical search
      private @Nullable Weight innerWeight;

      @Override
      public @Nullable ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
        FixedBitSet bits = cache.get(context.reader(), selection, () -> {
          FixedBitSet loaded = new FixedBitSet(context.reader().maxDoc());
          Scorer scorer = inner(searcher).scorer(context);
          if (scorer != null) {
            loaded.or(scorer.iterator());
          }
          return loaded;
        });
        if (bits.length() == 0 || bits.nextSetBit(0) == org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS) {
          return null;
        }
        Scorer scorer = new ConstantScoreScorer(score(), scoreMode, new BitSetIterator(bits, bits.approximateCardinality()));
        return new DefaultScorerSupplier(scorer);
      }

      @Override
      public boolean isCacheable(LeafReaderContext context) {
        return false; // cached by FilterCache, per community set
      }

      private synchronized Weight inner(IndexSearcher searcher) throws IOException {
        if (innerWeight == null) {
          innerWeight = searcher.createWeight(searcher.rewrite(innerQuery()), ScoreMode.COMPLETE_NO_SCORES, 1f);
        }
        return innerWeight;
      }
    };
  }

  /** The documents of the selection, as plain Lucene queries. */
  private Query innerQuery() {
    BooleanQuery.Builder inner = new BooleanQuery.Builder()
        .add(new TermInSetQuery(Fields.COMMUNITY, selection.communities().terms()), Occur.FILTER);
    if (selection.cells() == 0) {
      inner.add(new TermQuery(new Term(Fields.KIND, Fields.COMMUNITY_KIND)), Occur.FILTER);
    } else {
      inner.add(new TermInSetQuery(Fields.CELL, Cells.terms(selection.cells()).stream().map(BytesRef::new).toList()),
          Occur.FILTER);
    }
    return inner.build();
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public String toString(String field) {
    return "communities" + selection.communities() + (selection.cells() == 0 ? "/communities" : "/cells:"
        + Long.toBinaryString(selection.cells()));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return sameClassAs(other) && selection.equals(((CommunityFilterQuery) other).selection);
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + selection.hashCode();
  }
}
