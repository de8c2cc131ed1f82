package dev.convene.search.internal;

import dev.convene.core.model.ConceptId;
import dev.convene.core.model.SchemeId;
import java.io.IOException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.packed.PackedInts;

/**
 * One scheme's concepts in one segment, numbered by one taxonomy, as counting reads them: the concept
 * each ordinal of the segment's {@link Fields#CONCEPT} doc values stands for, and each document's
 * only concept of the scheme. Counting a document then reads one number instead of its ordinals.
 *
 * <p>Built by one pass over the segment's concept doc values, once per segment, scheme and taxonomy
 * ({@link TaxonomyIndex#column}), and held while both last: the index itself holds concept ids only,
 * so a changed taxonomy costs a new column, never a reindex. It takes two bytes a document for a
 * taxonomy of up to 65,533 concepts (packed, a few bits more than the concepts need).
 */
final class ConceptColumn {
  /** {@link #concept} of a document with no concept of the scheme. */
  static final int NONE = -2;
  /** {@link #concept} of a document with several concepts of the scheme: read its ordinals. */
  static final int SEVERAL = -1;

  private final int[] byOrd;
  private final PackedInts.Reader byDoc;

  private ConceptColumn(int[] byOrd, PackedInts.Reader byDoc) {
    this.byOrd = byOrd;
    this.byDoc = byDoc;
  }

  /** The column of {@code scheme} in {@code segment}, numbered by {@code taxonomy}. */
  static ConceptColumn build(LeafReader segment, TaxonomyIndex taxonomy, SchemeId scheme) throws IOException {
    SortedSetDocValues values = DocValues.getSortedSet(segment, Fields.CONCEPT);
    int[] byOrd = new int[(int) values.getValueCount()];
    for (int ord = 0; ord < byOrd.length; ord++) {
      int index = taxonomy.index(new ConceptId(values.lookupOrd(ord).utf8ToString()));
      byOrd[ord] = index < 0 || !taxonomy.concept(index).scheme().equals(scheme) ? -1 : index;
    }
    // stored as the concept's index plus two: 0 for none, 1 for several, so that unset means none
    PackedInts.Mutable byDoc = PackedInts.getMutable(segment.maxDoc(), PackedInts.bitsRequired(taxonomy.size() + 1L),
        PackedInts.FAST);
    for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
      int only = NONE;
      for (int i = values.docValueCount(); i > 0; i--) {
        int concept = byOrd[(int) values.nextOrd()];
        if (concept >= 0 && concept != only) {
          only = only == NONE ? concept : SEVERAL;
        }
      }
      byDoc.set(doc, only + 2L);
    }
    return new ConceptColumn(byOrd, byDoc);
  }

  /**
   * For each ordinal of the segment's concept doc values, the index of its concept if that concept
   * is in the scheme, or -1 for a concept of another scheme or one the taxonomy no longer has.
   */
  int[] byOrd() {
    return byOrd;
  }

  /** The index of {@code doc}'s only concept of the scheme, {@link #NONE} or {@link #SEVERAL}. */
  int concept(int doc) {
    return (int) byDoc.get(doc) - 2;
  }
}
