package dev.convene.search;

import dev.convene.core.internal.Checks;
import java.util.List;
import java.util.Optional;

/**
 * The counts of one facet over what the actor may see of the matching documents. A facet's own
 * drill-down values do not narrow its counts (drill sideways), so that the other values stay
 * visible as alternatives; the drill-downs of the other facets do.
 *
 * @param dimension the facet
 * @param values the values with a count, most frequent first (then by label); for concepts, the
 *     broadest concepts, each holding its narrower ones
 */
public record FacetResult(FacetDimension dimension, List<FacetValue> values) {
  /** Validates and copies the result. */
  public FacetResult {
    Checks.required(dimension, "dimension");
    values = List.copyOf(Checks.noNulls(values, "values"));
  }

  /** The value {@code value} at any depth, if it has a count. */
  public Optional<FacetValue> find(String value) {
    return find(values, value);
  }

  private static Optional<FacetValue> find(List<FacetValue> values, String value) {
    for (FacetValue v : values) {
      if (v.value().equals(value)) {
        return Optional.of(v);
      }
      Optional<FacetValue> deeper = find(v.narrower(), value);
      if (deeper.isPresent()) {
        return deeper;
      }
    }
    return Optional.empty();
  }
}
