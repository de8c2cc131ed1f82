package dev.convene.search.internal;

import dev.convene.search.FacetDimension;
import java.io.IOException;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.jspecify.annotations.Nullable;

/**
 * Counts one facet and tests its drill-down, segment by segment. For each collected document the
 * collector first {@linkplain Leaf#load loads} it, then asks whether it {@linkplain Leaf#matches
 * matches} the drill-down and, where it counts, {@linkplain Leaf#count counts} it.
 */
public abstract class FacetCounter {
  private final FacetDimension dimension;
  private final boolean counting;
  private final @Nullable Set<String> selected;

  protected FacetCounter(FacetDimension dimension, boolean counting, @Nullable Set<String> selected) {
    this.dimension = dimension;
    this.counting = counting;
    this.selected = selected;
  }

  /** The facet. */
  public FacetDimension dimension() {
    return dimension;
  }

  /** Whether its counts were asked for. */
  public boolean counting() {
    return counting;
  }

  /** Whether it has a drill-down. */
  public boolean drilling() {
    return selected != null;
  }

  /** The drill-down values, if any. */
  protected @Nullable Set<String> selected() {
    return selected;
  }

  /** Its work on one segment. */
  public abstract Leaf leaf(LeafReaderContext context) throws IOException;

  /** A facet's work on one segment. */
  public interface Leaf {
    /** Reads the document's values; called once per collected document, in order. */
    void load(int doc) throws IOException;

    /** Whether the loaded document carries a drill-down value. */
    boolean matches();

    /** Counts the loaded document. */
    void count() throws IOException;

    /**
     * Counts the documents {@code docs[0..size)}, in increasing order, as {@link #load} and {@link
     * #count} would one by one; a counter may count them in a loop of its own.
     */
    default void countAll(int[] docs, int size) throws IOException {
      for (int i = 0; i < size; i++) {
        load(docs[i]);
        count();
      }
    }

    /** Folds this segment's counts into the facet's. */
    void finish() throws IOException;
  }
}
