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
 * that ancestor and however many paths lead to it. Only concept ids are indexed; the hierarchy is the
 * current taxonomy's. A drill-down value keeps documents tagged with that concept or a narrower one.
 *
 * <p>Each document's ancestors are found by walking up the broader links from its concepts, marking
 * each concept with the document's stamp when first reached, so a concept is counted and its links
 * followed once per document: the work is linear in the document's ancestors and their links,
 * whatever the shape of the taxonomy (a deep chain, a lattice with exponentially many paths).
 */
public final class ConceptFacetCounter extends FacetCounter {
  private final TaxonomyIndex taxonomy;
  private final SchemeId scheme;
  private final long[] counts;
  private final int[] stamps;
  private final int[] pending;
  private final Set<ConceptId> accepted = new HashSet<>();
  private int stamp;

  public ConceptFacetCounter(FacetDimension dimension, TaxonomyIndex taxonomy, boolean counting,
      @Nullable Set<String> selected) {
    super(dimension, counting, selected);
    this.taxonomy = taxonomy;
    this.scheme = dimension.scheme().orElseThrow();
    this.counts = new long[taxonomy.size()];
    this.stamps = new int[taxonomy.size()];
    this.pending = new int[taxonomy.size()];
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

  /** The taxonomy the counts are numbered by. */
  public TaxonomyIndex taxonomy() {
    return taxonomy;
  }

  /** The count of the concept at each index of the taxonomy index. */
  public long[] counts() {
    return counts;
  }

  @Override
  public Leaf leaf(LeafReaderContext context) throws IOException {
    SortedSetDocValues values = DocValues.getSortedSet(context.reader(), Fields.CONCEPT);
    int[] concepts = taxonomy.concepts(context.reader(), values, scheme);
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
        int size = 0;
        for (int i = 0; i < loaded.size(); i++) {
          size = reach(concepts[loaded.get(i)], size);
        }
        while (size > 0) {
          for (int broader : taxonomy.broader(pending[--size])) {
            size = reach(broader, size);
          }
        }
      }

      @Override
      public void finish() { }
    };
  }

  /** Counts {@code concept} for the current document unless it already is, and queues it to walk up from. */
  private int reach(int concept, int size) {
    if (concept < 0 || stamps[concept] == stamp) {
      return size;
    }
    stamps[concept] = stamp;
    counts[concept]++;
    pending[size] = concept;
    return size + 1;
  }
}
