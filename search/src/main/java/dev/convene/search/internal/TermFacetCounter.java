package dev.convene.search.internal;

import dev.convene.search.FacetDimension;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.jspecify.annotations.Nullable;

/**
 * Counts the values of a keyword field with doc values: the type, the language, the community. Where
 * each document of a segment has one value at most, it reads the segment's {@link KeywordColumns
 * column}; elsewhere, the doc values.
 */
public final class TermFacetCounter extends FacetCounter {
  private final String field;
  private final KeywordColumns columns;
  private final Map<String, Long> counts = new HashMap<>();

  TermFacetCounter(FacetDimension dimension, String field, boolean counting, @Nullable Set<String> selected,
      KeywordColumns columns) {
    super(dimension, counting, selected);
    this.field = field;
    this.columns = columns;
  }

  /** The count of each value seen. */
  public Map<String, Long> counts() {
    return counts;
  }

  @Override
  public Leaf leaf(LeafReaderContext context) throws IOException {
    SortedSetDocValues values = DocValues.getSortedSet(context.reader(), field);
    int ords = (int) values.getValueCount();
    Set<String> selected = selected();
    // read only when drilling down, which a selection implies
    boolean[] accepted = selected == null ? new boolean[0] : new boolean[ords];
    if (selected != null) {
      for (String value : selected) {
        long ord = values.lookupTerm(new org.apache.lucene.util.BytesRef(value));
        if (ord >= 0) {
          accepted[(int) ord] = true;
        }
      }
    }
    int[] leafCounts = counting() ? new int[ords] : new int[0];
    int[] column = columns.column(context.reader(), field);
    if (column != null) {
      return new Leaf() {
        private int ord = KeywordColumns.NONE;

        @Override
        public void load(int doc) {
          ord = column[doc];
        }

        @Override
        public boolean matches() {
          return ord != KeywordColumns.NONE && accepted[ord];
        }

        @Override
        public void count() {
          if (ord != KeywordColumns.NONE) {
            leafCounts[ord]++;
          }
        }

        @Override
        public void countAll(int[] docs, int size) {
          for (int i = 0; i < size; i++) {
            int value = column[docs[i]];
            if (value != KeywordColumns.NONE) {
              leafCounts[value]++;
            }
          }
        }

        @Override
        public void finish() throws IOException {
          fold(values, leafCounts);
        }
      };
    }
    return new Ordinals.Leaf(values, accepted) {
      @Override
      public void count() {
        for (int i = 0; i < loaded.size(); i++) {
          leafCounts[loaded.get(i)]++;
        }
      }

      @Override
      public void finish() throws IOException {
        fold(values, leafCounts);
      }
    };
  }

  /** Adds a segment's counts by ordinal to the counts by value. */
  private void fold(SortedSetDocValues values, int[] leafCounts) throws IOException {
    for (int ord = 0; ord < leafCounts.length; ord++) {
      if (leafCounts[ord] > 0) {
        counts.merge(values.lookupOrd(ord).utf8ToString(), (long) leafCounts[ord], Long::sum);
      }
    }
  }
}
