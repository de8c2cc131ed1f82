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
 * <p>Counting reads the segment's {@link ConceptColumn}. A document with one concept of the scheme,
 * the common case, costs one read and one increment of that concept's direct count; when the counts
 * are read, each concept with a direct count is walked up once, adding it to the concept and to each
 * of its ancestors. A document with several concepts of the scheme costs one increment per concept of
 * its set's closure (each concept and broader concept once), which the column keeps for each distinct
 * set whose closure is small; a set with a large closure (a deep chain) is walked up for the document
 * on its own, marking each concept with the document's stamp when first reached, so that a concept is
 * counted and its links followed once per document. Either way the work is linear in the ancestors
 * and their links, whatever the shape of the taxonomy (a deep chain, a lattice with exponentially
 * many paths), and no closure is stored beyond {@value ConceptColumn#MAX_CLOSURE} concepts.
 */
public final class ConceptFacetCounter extends FacetCounter {
  private static final boolean[] NOTHING = new boolean[0];
  private final TaxonomyIndex taxonomy;
  private final SchemeId scheme;
  private final long[] counts;
  /** Per concept, the documents counted whose only concept of the scheme it is, not yet walked up. */
  private final long[] direct;
  private boolean walked = true;
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
    this.direct = new long[taxonomy.size()];
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

  /** The count of the concept at each index of the taxonomy index, once every hit is collected. */
  public long[] counts() {
    if (!walked) {
      walked = true;
      for (int concept = 0; concept < direct.length; concept++) {
        long documents = direct[concept];
        if (documents == 0) {
          continue;
        }
        direct[concept] = 0;
        stamp++;
        int size = reach(concept, 0, documents);
        while (size > 0) {
          for (int broader : taxonomy.broader(pending[--size])) {
            size = reach(broader, size, documents);
          }
        }
      }
    }
    return counts;
  }

  @Override
  public Leaf leaf(LeafReaderContext context) throws IOException {
    SortedSetDocValues values = DocValues.getSortedSet(context.reader(), Fields.CONCEPT);
    ConceptColumn column = taxonomy.column(context.reader(), scheme);
    int[] sets = column.sets();
    // read only when drilling down, which a selection implies
    boolean[] acceptedOrds = accepted.isEmpty() ? NOTHING : new boolean[(int) values.getValueCount()];
    for (ConceptId id : accepted) {
      long ord = values.lookupTerm(new BytesRef(id.value()));
      if (ord >= 0) {
        acceptedOrds[(int) ord] = true;
      }
    }
    boolean drilling = drilling();
    return new Leaf() {
      private final Ordinals loaded = new Ordinals(values);
      private int doc = -1;

      @Override
      public void load(int doc) throws IOException {
        this.doc = doc;
        if (drilling) {
          loaded.load(doc);
        }
      }

      @Override
      public boolean matches() {
        return loaded.anyAccepted(acceptedOrds);
      }

      @Override
      public void count() {
        count(doc);
      }

      @Override
      public void countAll(int[] docs, int size) {
        for (int i = 0; i < size; i++) {
          count(docs[i]);
        }
      }

      private void count(int doc) {
        int only = column.concept(doc);
        if (only >= 0) {
          direct[only]++;
          walked = false;
        } else if (only == ConceptColumn.SEVERAL) {
          int at = column.set(doc);
          int n = sets[at];
          if (n > 0) { // the closure: every concept and broader concept once
            for (int i = at + 1; i <= at + n; i++) {
              counts[sets[i]]++;
            }
          } else {
            walk(at + 1, at + 1 - n);
          }
        }
      }

      /** Counts a document with the concepts {@code sets[from..to)} under each and their ancestors, once. */
      private void walk(int from, int to) {
        stamp++;
        int size = 0;
        for (int i = from; i < to; i++) {
          size = reach(sets[i], size, 1);
        }
        while (size > 0) {
          for (int broader : taxonomy.broader(pending[--size])) {
            size = reach(broader, size, 1);
          }
        }
      }

      @Override
      public void finish() { }
    };
  }

  /**
   * Adds {@code documents} to {@code concept} unless the current walk reached it already, and queues
   * it to walk up from.
   */
  private int reach(int concept, int size, long documents) {
    if (concept < 0 || stamps[concept] == stamp) {
      return size;
    }
    stamps[concept] = stamp;
    counts[concept] += documents;
    pending[size] = concept;
    return size + 1;
  }
}
