package dev.convene.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.PriorityQueue;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the best hits of a search by relevance in one pass: the highest score first, equal scores
 * in the order of their keys ({@link Fields#KEY}, compared as bytes), as the sort by score and key
 * orders them. A hit's key is read only when it decides something: a hit that scores below every
 * kept hit, once enough are kept, is dropped without it; a hit that ties a kept hit of its segment
 * is compared by its key's ordinal there; a key's bytes are looked up and copied only to compare
 * hits of two segments, and for the hits returned.
 *
 * <p>It never raises the minimum competitive score: every hit is visited, so the total and the facets
 * counted beside it stay exact.
 */
final class RelevanceTop implements Collector {
  /**
   * Best first: higher score, then lower key (within a segment, the lower key's ordinal), then (keys
   * being unique, never in practice) lower doc.
   */
  private static final Comparator<Hit> BEST_FIRST = (a, b) -> {
    int byScore = Float.compare(b.score, a.score);
    if (byScore != 0) {
      return byScore;
    }
    int byKey = a.segment == b.segment ? Integer.compare(a.ord, b.ord) : a.key().compareTo(b.key());
    return byKey != 0 ? byKey : Integer.compare(a.doc, b.doc);
  };

  private final int wanted;
  /** The kept hits, the worst on top. */
  private final PriorityQueue<Hit> kept;

  /** At most {@code wanted} hits, which must be at least one. */
  RelevanceTop(int wanted) {
    if (wanted < 1) {
      throw new IllegalArgumentException("wanted must be at least 1: " + wanted);
    }
    this.wanted = wanted;
    this.kept = new PriorityQueue<>(wanted) {
      @Override
      protected boolean lessThan(Hit a, Hit b) {
        return BEST_FIRST.compare(a, b) > 0;
      }
    };
  }

  /**
   * Collectors of at most {@code wanted} hits each, reduced to the best {@code wanted} of them all,
   * best first, each a {@link FieldDoc} whose fields are its score and its key.
   */
  static CollectorManager<RelevanceTop, FieldDoc[]> manager(int wanted) {
    return new CollectorManager<>() {
      @Override
      public RelevanceTop newCollector() {
        return new RelevanceTop(wanted);
      }

      @Override
      public FieldDoc[] reduce(Collection<RelevanceTop> collectors) {
        List<Hit> all = new ArrayList<>();
        for (RelevanceTop collector : collectors) {
          collector.kept.forEach(all::add);
        }
        return best(all, wanted);
      }
    };
  }

  private static FieldDoc[] best(List<Hit> hits, int wanted) {
    hits.sort(BEST_FIRST);
    int n = Math.min(hits.size(), wanted);
    FieldDoc[] best = new FieldDoc[n];
    for (int i = 0; i < n; i++) {
      Hit hit = hits.get(i);
      best[i] = new FieldDoc(hit.doc, hit.score, new Object[] {hit.score, hit.key()});
    }
    return best;
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    return new Leaf(context);
  }

  /** One segment's collection: keys are read there by ordinal, documents in increasing order. */
  private final class Leaf implements LeafCollector {
    private final SortedDocValues keys;
    private final int segment;
    private final int base;
    private Scorable scorer;
    /**
     * A hit that ties the lowest kept score is better than it when its key's ordinal is below this
     * bound; it is worked out for the current lowest hit, when a tie first needs it.
     */
    private int bound;
    private boolean boundKnown;

    Leaf(LeafReaderContext context) throws IOException {
      this.keys = DocValues.getSorted(context.reader(), Fields.KEY);
      this.segment = context.ord;
      this.base = context.docBase;
    }

    @Override
    public void setScorer(Scorable scorer) {
      this.scorer = scorer;
    }

    @Override
    public void collect(int doc) throws IOException {
      float score = scorer.score();
      if (kept.size() < wanted) {
        kept.add(hit(new Hit(), doc, score, ord(doc)));
        boundKnown = false;
        return;
      }
      Hit lowest = kept.top();
      int byScore = Float.compare(score, lowest.score);
      if (byScore < 0) {
        return;
      }
      int ord = ord(doc);
      if (byScore == 0 && ord >= bound(lowest)) {
        return;
      }
      hit(lowest, doc, score, ord);
      kept.updateTop();
      boundKnown = false;
    }

    /**
     * The ordinal bound of the lowest kept hit in this segment: its own ordinal if it is from this
     * segment (an equal key is no better), otherwise the first ordinal whose key comes after its key.
     */
    private int bound(Hit lowest) throws IOException {
      if (!boundKnown) {
        if (lowest.segment == segment) {
          bound = lowest.ord;
        } else {
          int found = keys.lookupTerm(lowest.key());
          bound = found >= 0 ? found : -found - 1;
        }
        boundKnown = true;
      }
      return bound;
    }

    /** The ordinal of the key of {@code doc}, which every document has. */
    private int ord(int doc) throws IOException {
      if (!keys.advanceExact(doc)) {
        throw new IllegalStateException("a document without a key: " + (base + doc));
      }
      return keys.ordValue();
    }

    private Hit hit(Hit hit, int doc, float score, int ord) {
      hit.doc = base + doc;
      hit.score = score;
      hit.segment = segment;
      hit.ord = ord;
      hit.keys = keys;
      hit.key = null;
      return hit;
    }
  }

  /**
   * A kept hit: its global doc, its score, and the segment, doc values and ordinal of its key, whose
   * bytes are looked up the first time they are needed.
   */
  private static final class Hit {
    int doc;
    float score;
    int segment;
    int ord;
    SortedDocValues keys;
    @Nullable BytesRef key;

    BytesRef key() {
      if (key == null) {
        try {
          key = BytesRef.deepCopyOf(keys.lookupOrd(ord));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return key;
    }
  }
}
