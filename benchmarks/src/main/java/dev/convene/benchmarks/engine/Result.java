package dev.convene.benchmarks.engine;

import dev.convene.core.model.ItemId;
import java.util.List;

/**
 * What a query returned.
 *
 * @param totalHits how many items matched, exactly
 * @param hits the ids of the top items, best first
 * @param facets the facet dimensions, in the order asked for: the concept scheme, then the type
 */
public record Result(long totalHits, List<ItemId> hits, List<Facet> facets) {

  /** Copies the lists. */
  public Result {
    hits = List.copyOf(hits);
    facets = List.copyOf(facets);
  }

  /**
   * One facet dimension's largest values.
   *
   * @param dimension the dimension: a scheme id, or {@code type}
   * @param values the values, largest count first
   */
  public record Facet(String dimension, List<FacetValue> values) {
    /** Copies the values. */
    public Facet {
      values = List.copyOf(values);
    }
  }

  /**
   * One value of a facet dimension.
   *
   * @param key the concept id or the type
   * @param label what to show: the concept's label, or the type itself
   * @param count how many hits carry it
   */
  public record FacetValue(String key, String label, long count) {}
}
