package dev.convene.search.internal;

import dev.convene.core.model.ConceptId;
import dev.convene.core.model.SchemeId;
import dev.convene.search.FacetDimension;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * Counts the concepts of one scheme, hierarchically and per document: a document counts once under
 * each concept it carries and once under each broader concept, however many of its concepts share
 * that ancestor. Only concept ids are indexed; the hierarchy is the current taxonomy's. A
 * drill-down value keeps documents tagged with that concept or a narrower one.
 */
public final class ConceptFacetCounter extends FacetCounter {
  private final TaxonomyIndex taxonomy;
  private final SchemeId scheme;
  private final long[] counts;
  private final int[] stamps;
  private final Set<ConceptId> accepted = new HashSet<>();
  private int stamp;

  public ConceptFacetCounter(FacetDimension dimension, TaxonomyIndex taxonomy, boolean counting,
      @Nullable Set<String> selected) {
    super(dimension, counting, selected);
    this.taxonomy = taxonomy;
    this.scheme = dimension.scheme().orElseThrow();
    this.counts = new long[taxonomy.size()];
    this.stamps = new int[taxonomy.size()];
    if (selected != null) {
      for (String value : selected) {
        ConceptId id = new ConceptId(value);
        accepted.add(id);
        if (taxonomy.index(id) >= 0) {
          taxonomy.taxonomy().descendants(id).forEach(d -> accepted.add(d.id()));
        }
      }
    }
  }

  /** The count of the concept at each index of the taxonomy index. */
  public long[] counts() {
    return counts;
  }

  @Override
  public Leaf leaf(LeafReaderContext context) throws IOException {
    SortedSetDocValues values = DocValues.getSortedSet(context.reader(), Fields.CONCEPT);
    int[][] upward = taxonomy.upward(context.reader(), values, scheme);
    boolean[] acceptedOrds = new boolean[(int) values.getValueCount()];
    for (ConceptId id : accepted) {
      long ord = values.lookupTerm(new BytesRef(id.value()));
      if (ord >= 0) {
        acceptedOrds[(int) ord] = true;
      }
    }
    return new Ordinals.Leaf(values, acceptedOrds) {
      @Override
      public void count() {
        stamp++;
        for (int i = 0; i < loaded.size(); i++) {
          for (int concept : upward[loaded.get(i)]) {
            if (stamps[concept] != stamp) {
              stamps[concept] = stamp;
              counts[concept]++;
            }
          }
        }
      }

      @Override
      public void finish() { }
    };
  }
}
