package dev.convene.search.internal;

import java.io.IOException;
import java.util.ArrayList;
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
 * <p>All documents are visited (no early termination), so the total is exact.
 */
public final class SearchCollector<C extends Collector> implements Collector {
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
    List<FacetCounter.Leaf> leaves = new ArrayList<>();
    List<FacetCounter> owners = new ArrayList<>();
    for (FacetCounter facet : facets) {
      leaves.add(facet.leaf(context));
      owners.add(facet);
    }
    int n = leaves.size();
    return new LeafCollector() {
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
        int missed = -1;
        int misses = 0;
        for (int i = 0; i < n; i++) {
          FacetCounter.Leaf leaf = leaves.get(i);
          leaf.load(doc);
          if (owners.get(i).drilling() && !leaf.matches()) {
            misses++;
            missed = i;
          }
        }
        if (misses == 0) {
          total++;
          hits.collect(doc);
          for (int i = 0; i < n; i++) {
            if (owners.get(i).counting()) {
              leaves.get(i).count();
            }
          }
        } else if (misses == 1 && owners.get(missed).counting()) {
          leaves.get(missed).count();
        }
      }

      @Override
      public void finish() throws IOException {
        for (FacetCounter.Leaf leaf : leaves) {
          leaf.finish();
        }
        hits.finish();
      }
    };
  }
}
