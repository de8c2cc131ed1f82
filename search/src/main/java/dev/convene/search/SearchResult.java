package dev.convene.search;

import dev.convene.core.internal.Checks;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One page of what a search found, and only what the actor may see: hits, the total and every
 * facet count are computed after the privacy filter, inside the search.
 *
 * @param hits this page's hits, in the requested order
 * @param total how many documents match in all, exactly
 * @param facets the requested facets, in the order asked
 * @param nextCursor the cursor of the next page ({@link SearchRequestBuilder#after(String)}), or
 *     empty on the last page
 * @param took how long the search took
 */
public record SearchResult(List<SearchHit> hits, long total, List<FacetResult> facets, Optional<String> nextCursor,
    Duration took) {

  /** Validates and copies the result. */
  public SearchResult {
    hits = List.copyOf(Checks.noNulls(hits, "hits"));
    Checks.check(total >= 0, "total", "non-negative", "must not be negative");
    facets = List.copyOf(Checks.noNulls(facets, "facets"));
    Checks.required(nextCursor, "nextCursor");
    Checks.required(took, "took");
  }

  /**
   * The counts of {@code dimension}, if it was asked for.
   *
   * @param dimension the dimension to look up
   * @return its counts, or empty if the request did not ask for it
   */
  public Optional<FacetResult> facet(FacetDimension dimension) {
    return facets.stream().filter(f -> f.dimension().equals(dimension)).findFirst();
  }
}
