package dev.convene.search.internal;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.ConjunctionUtils;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.SmallFloat;
import org.jspecify.annotations.Nullable;

/**
 * Counts in one segment what relevance scoring needs, over the live documents of a visible set only:
 * how many hold a term and how often, how many have a field and how long it is. A document the
 * actor may not see, or a deleted one, counts nowhere, so the counts are the same however the index
 * is split into segments and whatever else it holds.
 */
final class VisibleCounts {
  /** The visible documents of a segment: the privacy filter's bits, less the deleted documents. */
  record Visible(FixedBitSet bits, @Nullable Bits live, int count, int maxDoc) {
    boolean all() {
      return count == maxDoc;
    }

    boolean live(int doc) {
      return live == null || live.get(doc);
    }

    DocIdSetIterator iterator() {
      return new BitSetIterator(bits, count);
    }
  }

  /** How many visible documents hold a term, and how often they hold it in all. */
  record TermCounts(long docFreq, long totalTermFreq) {
    static final TermCounts NONE = new TermCounts(0, 0);
  }

  /**
   * A field over the visible documents.
   *
   * @param documents the visible documents, with the field or not
   * @param docCount those with at least one word in the field
   * @param length the sum of their lengths in the field, as its norms record them
   */
  record FieldCounts(long documents, long docCount, long length) {}

  private VisibleCounts() {}

  static Visible visible(FixedBitSet filter, LeafReader reader) throws IOException {
    Bits live = reader.getLiveDocs();
    int count = 0;
    if (live == null) {
      count = filter.cardinality();
    } else {
      DocIdSetIterator docs = new BitSetIterator(filter, 0);
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        count += live.get(doc) ? 1 : 0;
      }
    }
    return new Visible(filter, live, count, reader.maxDoc());
  }

  static TermCounts term(LeafReader reader, Term term, Visible visible) throws IOException {
    if (visible.count() == 0) {
      return TermCounts.NONE;
    }
    Terms terms = reader.terms(term.field());
    if (terms == null) {
      return TermCounts.NONE;
    }
    TermsEnum words = terms.iterator();
    if (!words.seekExact(term.bytes())) {
      return TermCounts.NONE;
    }
    if (visible.all()) { // every document visible and none deleted: the segment's own counts are exact
      return new TermCounts(words.docFreq(), words.totalTermFreq());
    }
    PostingsEnum postings = words.postings(null, PostingsEnum.FREQS);
    DocIdSetIterator both = ConjunctionUtils.intersectIterators(List.of(postings, visible.iterator()));
    long docFreq = 0;
    long totalTermFreq = 0;
    for (int doc = both.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = both.nextDoc()) {
      if (visible.live(doc)) {
        docFreq++;
        totalTermFreq += postings.freq();
      }
    }
    return new TermCounts(docFreq, totalTermFreq);
  }

  /**
   * The field's counts. Lengths are read from the norms, as the similarity itself reads them: exact
   * up to 40 words, rounded down beyond (Lucene keeps one byte per document and field).
   */
  static FieldCounts field(LeafReader reader, String field, Visible visible) throws IOException {
    NumericDocValues norms = reader.getNormValues(field);
    if (norms == null || visible.count() == 0) {
      return new FieldCounts(visible.count(), 0, 0);
    }
    DocIdSetIterator both = ConjunctionUtils.intersectIterators(List.of(norms, visible.iterator()));
    long docCount = 0;
    long length = 0;
    for (int doc = both.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = both.nextDoc()) {
      long norm = norms.longValue();
      if (norm != 0 && visible.live(doc)) { // 0: the field is there, without a word
        docCount++;
        length += SmallFloat.byte4ToInt((byte) norm);
      }
    }
    return new FieldCounts(visible.count(), docCount, length);
  }
}
