package dev.convene.benchmarks.query;

import dev.convene.core.model.ConceptId;
import dev.convene.core.model.SchemeId;
import java.util.Optional;

/**
 * One query of the mix, as a portal would send it: user query syntax (phrases in quotes, {@code +}
 * and {@code -}), an optional concept to drill down into, the concept scheme whose facet counts to
 * show besides the document types, and how many hits. Every engine runs it behind its privacy
 * filter for the audience at hand.
 *
 * @param number the query's place in the mix
 * @param kind the class it is measured in
 * @param text the user's text; empty for a browse, which lists the newest documents instead
 * @param concept the concept to restrict to, with its narrower concepts
 * @param facetScheme the scheme whose concepts are counted, besides {@link #TYPE_FACET}
 * @param top how many hits to return
 */
public record BenchQuery(int number, QueryClass kind, String text, Optional<ConceptId> concept, SchemeId facetScheme,
    int top) {

  /** The name of the second facet dimension: the document type. */
  public static final String TYPE_FACET = "type";

  /** How many hits every query of the mix asks for. */
  public static final int TOP = 20;

  /** How many values each facet dimension returns. */
  public static final int FACET_VALUES = 10;

  /** Checks the query's shape. */
  public BenchQuery {
    if (text.isBlank() != (kind == QueryClass.BROWSE)) {
      throw new IllegalArgumentException("a browse has no text and every other query has some: " + kind);
    }
    if (kind == QueryClass.DRILL_DOWN && concept.isEmpty()) {
      throw new IllegalArgumentException("a drill-down needs a concept");
    }
    if (top < 1) {
      throw new IllegalArgumentException("top must be positive: " + top);
    }
  }

  /** Whether hits are ordered by relevance (text queries) rather than newest first (browses). */
  public boolean byRelevance() {
    return kind != QueryClass.BROWSE;
  }
}
