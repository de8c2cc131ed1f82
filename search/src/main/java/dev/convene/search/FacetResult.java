package dev.convene.search;

import dev.convene.core.internal.Checks;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The counts of one facet over what the actor may see of the matching documents. A facet's own
 * drill-down values do not narrow its counts (drill sideways), so that the other values stay
 * visible as alternatives; the drill-downs of the other facets do.
 *
 * <p>A concept facet is a flat list too, not a tree: broader links form a directed acyclic graph,
 * in which a concept may have several broader concepts and a lattice has exponentially many paths
 * from the top, so a tree with a copy of a concept under each path could not be built. Each counted
 * concept is one value, with one count, listing its counted narrower concepts by value. To show the
 * hierarchy, start from {@link #top()} and follow {@link FacetValue#narrower()} through {@link
 * #byValue()}; a concept then appears under each of its broader concepts, so a renderer that expands
 * every occurrence of a deep polyhierarchy should expand each concept once, or on demand.
 *
 * @param dimension the facet
 * @param values the values with a count, most frequent first, then by label, then by value; for
 *     concepts, every concept with a count, at any depth, each once
 */
public record FacetResult(FacetDimension dimension, List<FacetValue> values) {
  /** Validates and copies the result. */
  public FacetResult {
    Checks.required(dimension, "dimension");
    values = List.copyOf(Checks.noNulls(values, "values"));
  }

  /**
   * The value {@code value}, at any depth, if it has a count.
   *
   * @param value the value to look for, as {@link FacetValue#value()} spells it
   * @return the value with its count, or empty if no document the actor may see carries it
   */
  public Optional<FacetValue> find(String value) {
    Checks.required(value, "value");
    return values.stream().filter(v -> v.value().equals(value)).findFirst();
  }

  /**
   * The values that are no other value's narrower ones, in the order of {@link #values()}: for a
   * concept facet, the broadest concepts with a count; for the other facets, every value.
   *
   * @return the top-level values, possibly empty
   */
  public List<FacetValue> top() {
    Set<String> below = new HashSet<>();
    values.forEach(v -> below.addAll(v.narrower()));
    return values.stream().filter(v -> !below.contains(v.value())).toList();
  }

  /**
   * The values by {@link FacetValue#value()}, in the order of {@link #values()}, to follow narrower
   * values.
   *
   * @return every value, narrower ones included, keyed by {@link FacetValue#value()}
   */
  public Map<String, FacetValue> byValue() {
    Map<String, FacetValue> byValue = new LinkedHashMap<>();
    values.forEach(v -> byValue.put(v.value(), v));
    return Collections.unmodifiableMap(byValue);
  }
}
