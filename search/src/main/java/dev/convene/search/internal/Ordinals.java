package dev.convene.search.internal;

import java.io.IOException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.jspecify.annotations.Nullable;

/** The ordinals of one document's values in a sorted-set doc values field, read once per document. */
final class Ordinals {
  private final SortedSetDocValues values;
  /** The same values where no document of the segment has more than one: read without a count. */
  private final @Nullable SortedDocValues single;
  private int[] ords = new int[4];
  private int size;

  Ordinals(SortedSetDocValues values) {
    this.values = values;
    this.single = DocValues.unwrapSingleton(values);
  }

  /** Reads the ordinals of {@code doc}; documents come in increasing order. */
  void load(int doc) throws IOException {
    size = 0;
    if (single != null) {
      if (single.advanceExact(doc)) {
        ords[size++] = single.ordValue();
      }
    } else if (values.advanceExact(doc)) {
      int n = values.docValueCount();
      if (n > ords.length) {
        ords = new int[n];
      }
      for (int i = 0; i < n; i++) {
        ords[size++] = (int) values.nextOrd();
      }
    }
  }

  /** How many values the loaded document has. */
  int size() {
    return size;
  }

  /** The {@code i}-th ordinal of the loaded document. */
  int get(int i) {
    return ords[i];
  }

  /** Whether one of the loaded document's ordinals is accepted. */
  boolean anyAccepted(boolean[] accepted) {
    for (int i = 0; i < size; i++) {
      if (accepted[ords[i]]) {
        return true;
      }
    }
    return false;
  }

  /** A facet's segment work over a sorted-set field: loading and drill-down matching done here. */
  abstract static class Leaf implements FacetCounter.Leaf {
    final Ordinals loaded;
    private final boolean[] accepted;

    Leaf(SortedSetDocValues values, boolean[] accepted) {
      this.loaded = new Ordinals(values);
      this.accepted = accepted;
    }

    @Override
    public void load(int doc) throws IOException {
      loaded.load(doc);
    }

    @Override
    public boolean matches() {
      return loaded.anyAccepted(accepted);
    }
  }
}
