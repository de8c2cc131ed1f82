package dev.convene.benchmarks.raw;

import java.io.IOException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;
import org.jspecify.annotations.Nullable;

/**
 * The privacy filter, written directly: a published document matches when its community is one of
 * the audience's active communities, or when it is declared public and its community is one whose
 * public items anyone may read. Both sets are bit sets over community ordinals, so the filter costs
 * one doc-values read and two bit tests per published candidate; the postings of {@code
 * state:PUBLISHED} lead. Equal sets make equal queries, which lets Lucene's query cache reuse the
 * filter per segment, keyed by the sets rather than by the user.
 */
final class PrivacyFilterQuery extends Query {
  private final FixedBitSet memberOf;
  private final FixedBitSet publicReadable;

  PrivacyFilterQuery(FixedBitSet memberOf, FixedBitSet publicReadable) {
    this.memberOf = memberOf;
    this.publicReadable = publicReadable;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public @Nullable ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
        PostingsEnum published = context.reader().postings(new Term(RawSchema.STATE, RawSchema.PUBLISHED),
            PostingsEnum.NONE);
        if (published == null) {
          return null;
        }
        NumericDocValues access = DocValues.getNumeric(context.reader(), RawSchema.ACCESS);
        TwoPhaseIterator visible = new TwoPhaseIterator(published) {
          @Override
          public boolean matches() throws IOException {
            if (!access.advanceExact(approximation.docID())) {
              return false;
            }
            long value = access.longValue();
            int community = (int) (value >>> 1);
            return memberOf.get(community) || (value & 1) == 1 && publicReadable.get(community);
          }

          @Override
          public float matchCost() {
            return 4;
          }
        };
        return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, visible));
      }

      @Override
      public boolean isCacheable(LeafReaderContext context) {
        return DocValues.isCacheable(context, RawSchema.ACCESS);
      }
    };
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public String toString(String field) {
    return "privacy(members of " + memberOf.cardinality() + ", public in " + publicReadable.cardinality() + ")";
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return sameClassAs(other) && memberOf.equals(((PrivacyFilterQuery) other).memberOf)
        && publicReadable.equals(((PrivacyFilterQuery) other).publicReadable);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * classHash() + memberOf.hashCode()) + publicReadable.hashCode();
  }
}
