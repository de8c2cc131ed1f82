package dev.convene.search.internal;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Collects every document that passes the base query (text, filters and the privacy filter) once:
 * a document that carries a value of every drill-down is a hit, counted in every facet and handed to
 * the top-hits collector; a document that misses exactly one drill-down is counted in that facet
 * only (drill sideways), so a facet's own selection does not narrow its counts.
 *
 * <p>All documents are visited (no early termination), so the total is exact. Without a drill-down,
 * the hits are counted {@value #BUFFER} at a time, each facet in a loop of its own over them.
 */
public final class SearchCollector<C extends Collector> implements Collector {
  /** How many hits are held before the facets count them. */
  private static final int BUFFER = 2048;

  private final C top;
  private final List<FacetCounter> facets;
  private final boolean scores;
  private long total;

  public SearchCollector(C top, List<FacetCounter> facets, boolean scores) {
    this.top = top;
    this.facets = facets;
    this.scores = scores;
  }

  /** The top hits collector. */
  public C top() {
    return top;
  }

  /** How many documents were hits. */
  public long total() {
    return total;
  }

  @Override
  public ScoreMode scoreMode() {
    return scores ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    LeafCollector hits = top.getLeafCollector(context);
    int n = facets.size();
    FacetCounter.Leaf[] leaves = new FacetCounter.Leaf[n];
    boolean[] drilling = new boolean[n];
    boolean[] counting = new boolean[n];
    boolean drills = false;
    boolean counts = false;
    for (int i = 0; i < n; i++) {
      FacetCounter facet = facets.get(i);
      leaves[i] = facet.leaf(context);
      drilling[i] = facet.drilling();
      counting[i] = facet.counting();
      drills |= drilling[i];
      counts |= counting[i];
    }
    boolean anyDrilling = drills;
    boolean anyCounting = counts;
    return new LeafCollector() {
      /** Hits not yet counted, in order; counted a buffer at a time, each facet in a loop of its own. */
      private final int[] pending = new int[anyDrilling || !anyCounting ? 0 : BUFFER];
      private int size;

      @Override
      public void setScorer(Scorable scorer) throws IOException {
        hits.setScorer(new Scorable() {
          @Override
          public float score() throws IOException {
            return scorer.score();
          }

          @Override
          public void setMinCompetitiveScore(float minScore) {
            // every document is needed for the facets and the total: no skipping
          }
        });
      }

      @Override
      public void collect(int doc) throws IOException {
        if (!anyDrilling) { // every document is a hit, counted in every facet that counts
          total++;
          hits.collect(doc);
          if (anyCounting) {
            pending[size++] = doc;
            if (size == pending.length) {
              countPending();
            }
          }
          return;
        }
        int missed = -1;
        int misses = 0;
        for (int i = 0; i < n; i++) {
          leaves[i].load(doc);
          if (drilling[i] && !leaves[i].matches()) {
            misses++;
            missed = i;
          }
        }
        if (misses == 0) {
          total++;
          hits.collect(doc);
          for (int i = 0; i < n; i++) {
            if (counting[i]) {
              leaves[i].count();
            }
          }
        } else if (misses == 1 && counting[missed]) {
          leaves[missed].count();
        }
      }

      private void countPending() throws IOException {
        for (int i = 0; i < n; i++) {
          if (counting[i]) {
            leaves[i].countAll(pending, size);
          }
        }
        size = 0;
      }

      @Override
      public void finish() throws IOException {
        countPending();
        for (FacetCounter.Leaf leaf : leaves) {
          leaf.finish();
        }
        hits.finish();
      }
    };
  }
}
