package dev.convene.search.internal;

import dev.convene.core.model.ConceptId;
import dev.convene.core.model.SchemeId;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.ArrayUtil;
import org.jspecify.annotations.Nullable;

/**
 * One scheme's concepts in one segment, numbered by one taxonomy, as counting reads them: for each
 * document, from the segment's {@link Fields#CONCEPT} doc values, either its only concept of the
 * scheme or the set of its concepts of the scheme. Counting a document then reads one number, and
 * for a set a few more from an array, instead of its doc values.
 *
 * <p>Each distinct set of concepts is kept once. A set whose concepts and broader concepts together
 * are few ({@value #MAX_CLOSURE} at most) is kept as that closure, each concept once, so that a
 * document carrying it is counted by one increment per concept of the closure; a larger set (a deep
 * chain of broader concepts) is kept as its concepts, to be walked up when counted. So nothing
 * quadratic is stored, whatever the taxonomy's shape.
 *
 * <p>Built by one pass over the segment's concept doc values, once per segment, scheme and taxonomy
 * ({@link TaxonomyIndex#column}), and held while both last: the index itself holds concept ids only,
 * so a changed taxonomy costs a new column, never a reindex. It takes four bytes a document, and a
 * few integers per distinct set.
 */
final class ConceptColumn {
  /** The most concepts a set's closure may have to be kept as one. */
  static final int MAX_CLOSURE = 32;
  /** {@link #concept} of a document with no concept of the scheme. */
  static final int NONE = -2;
  /** {@link #concept} of a document with several concepts of the scheme: see {@link #set}. */
  static final int SEVERAL = -1;

  private final int concepts;
  /**
   * Per document: 0 for none, 1 + a concept's index, or 1 + the number of concepts + a set's offset.
   * A plain array: packed values would take a class per width, and counting calls it once per hit.
   */
  private final int[] byDoc;
  /**
   * The distinct sets, one after the other: at a set's offset its length, positive for a closure to
   * count as it is, negative for concepts to walk up, then its concepts.
   */
  private final int[] sets;

  private ConceptColumn(int concepts, int[] byDoc, int[] sets) {
    this.concepts = concepts;
    this.byDoc = byDoc;
    this.sets = sets;
  }

  /** The column of {@code scheme} in {@code segment}, numbered by {@code taxonomy}. */
  static ConceptColumn build(LeafReader segment, TaxonomyIndex taxonomy, SchemeId scheme) throws IOException {
    SortedSetDocValues values = DocValues.getSortedSet(segment, Fields.CONCEPT);
    int[] byOrd = new int[(int) values.getValueCount()];
    for (int ord = 0; ord < byOrd.length; ord++) {
      int index = taxonomy.index(new ConceptId(values.lookupOrd(ord).utf8ToString()));
      byOrd[ord] = index < 0 || !taxonomy.concept(index).scheme().equals(scheme) ? -1 : index;
    }
    int size = taxonomy.size();
    int[] byDoc = new int[segment.maxDoc()];
    Sets sets = new Sets(taxonomy);
    int[] found = new int[4];
    for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
      int n = 0;
      for (int i = values.docValueCount(); i > 0; i--) {
        int concept = byOrd[(int) values.nextOrd()];
        if (concept >= 0) {
          found = ArrayUtil.grow(found, n + 1);
          found[n++] = concept; // distinct: a document's values are
        }
      }
      byDoc[doc] = n == 0 ? 0 : n == 1 ? 1 + found[0] : Math.addExact(1 + size, sets.offset(found, n));
    }
    return new ConceptColumn(size, byDoc, sets.array());
  }

  /**
   * The index of {@code doc}'s only concept of the scheme, {@link #NONE}, or {@link #SEVERAL}, whose
   * set {@link #set} gives.
   */
  int concept(int doc) {
    int value = byDoc[doc];
    return value == 0 ? NONE : value <= concepts ? value - 1 : SEVERAL;
  }

  /**
   * The offset in {@link #sets()} of the set of concepts of {@code doc}, a document with {@link
   * #SEVERAL}.
   */
  int set(int doc) {
    return byDoc[doc] - 1 - concepts;
  }

  /**
   * The distinct sets: at an offset {@link #set} gives, a length n, then n concept indexes; for n
   * above zero, the closure of the document's concepts (each concept and broader concept once), for
   * n below zero, the document's -n concepts themselves.
   */
  int[] sets() {
    return sets;
  }

  /** The distinct sets as they are built, each at its offset. */
  private static final class Sets {
    private final TaxonomyIndex taxonomy;
    private final Map<Key, Integer> offsets = new HashMap<>();
    private int[] array = new int[64];
    private int length;
    private final int[] stamps;
    private int stamp;
    private int[] pending = new int[16];

    Sets(TaxonomyIndex taxonomy) {
      this.taxonomy = taxonomy;
      this.stamps = new int[taxonomy.size()];
    }

    /** The offset of the set of the first {@code n} of {@code concepts}, added if new. */
    int offset(int[] concepts, int n) {
      int[] set = Arrays.copyOf(concepts, n);
      Arrays.sort(set);
      Key key = new Key(set);
      Integer known = offsets.get(key);
      if (known != null) {
        return known;
      }
      int[] closure = closure(set);
      int[] kept = closure != null ? closure : set;
      int offset = length;
      array = ArrayUtil.grow(array, length + 1 + kept.length);
      array[length++] = closure != null ? kept.length : -kept.length;
      System.arraycopy(kept, 0, array, length, kept.length);
      length += kept.length;
      offsets.put(key, offset);
      return offset;
    }

    /** The concepts of {@code set} and their broader concepts, each once, or null if more than allowed. */
    private int @Nullable [] closure(int[] set) {
      stamp++;
      int size = 0;
      for (int concept : set) {
        size = reach(concept, size);
      }
      for (int next = 0; next < size; next++) {
        if (size > MAX_CLOSURE) {
          return null;
        }
        for (int broader : taxonomy.broader(pending[next])) {
          size = reach(broader, size);
        }
      }
      return size > MAX_CLOSURE ? null : Arrays.copyOf(pending, size);
    }

    private int reach(int concept, int size) {
      if (stamps[concept] == stamp) {
        return size;
      }
      stamps[concept] = stamp;
      pending = ArrayUtil.grow(pending, size + 1);
      pending[size] = concept;
      return size + 1;
    }

    int[] array() {
      return Arrays.copyOf(array, length);
    }
  }

  /** A set of concept indexes, sorted, compared by content. */
  private record Key(int[] concepts) {
    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Key key && Arrays.equals(concepts, key.concepts);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(concepts);
    }
  }
}
