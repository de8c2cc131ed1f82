package dev.convene.search;

import dev.convene.core.internal.Checks;
import java.util.List;

/**
 * One value of a facet and how many of the matching documents the actor may see carry it.
 *
 * @param value the value, as a drill-down takes it: a type, language tag, community id, year or
 *     concept id
 * @param label the value in words, in the requested display language: a concept's or community's
 *     current label or name, a language's name
 * @param count how many documents carry it; for a concept, the documents tagged with it or with a
 *     narrower concept at any depth, each counted once
 * @param narrower for a concept, the values (concept ids) of its narrower concepts that have a count,
 *     in the order of {@link FacetResult#values()}; each is a value of the same result, found with
 *     {@link FacetResult#byValue()}. Empty for other facets and for a concept with no counted
 *     narrower concept
 */
public record FacetValue(String value, String label, long count, List<String> narrower) {
  /** Validates and copies the value. */
  public FacetValue {
    Checks.required(value, "value");
    Checks.required(label, "label");
    narrower = List.copyOf(Checks.noNulls(narrower, "narrower"));
  }
}
