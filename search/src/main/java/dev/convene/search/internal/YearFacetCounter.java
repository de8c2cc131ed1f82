package dev.convene.search.internal;

import dev.convene.search.FacetDimension;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.jspecify.annotations.Nullable;

/** Counts items by the year of their date; communities have none. */
public final class YearFacetCounter extends FacetCounter {
  private final Map<Long, Long> counts = new HashMap<>();
  private final Set<Long> accepted = new HashSet<>();

  public YearFacetCounter(FacetDimension dimension, boolean counting, @Nullable Set<String> selected) {
    super(dimension, counting, selected);
    if (selected != null) {
      for (String value : selected) {
        try {
          accepted.add(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
          // not a year: it selects nothing
        }
      }
    }
  }

  /** The count of each year seen. */
  public Map<Long, Long> counts() {
    return counts;
  }

  @Override
  public Leaf leaf(LeafReaderContext context) throws IOException {
    NumericDocValues years = DocValues.getNumeric(context.reader(), Fields.YEAR);
    Map<Long, Long> leafCounts = new HashMap<>();
    return new Leaf() {
      private long year;
      private boolean present;

      @Override
      public void load(int doc) throws IOException {
        present = years.advanceExact(doc);
        year = present ? years.longValue() : 0;
      }

      @Override
      public boolean matches() {
        return present && accepted.contains(year);
      }

      @Override
      public void count() {
        if (present) {
          leafCounts.merge(year, 1L, Long::sum);
        }
      }

      @Override
      public void finish() {
        leafCounts.forEach((y, n) -> counts.merge(y, n, Long::sum));
      }
    };
  }
}
