package dev.convene.benchmarks.engine;

import dev.convene.core.model.ItemId;
import java.util.List;

/**
 * What a query returned.
 *
 * @param totalHits how many items matched, exactly
 * @param hits the ids of the top items, best first
 * @param facets the facet dimensions, in the order asked for: the concept scheme, then the type
 * @param snippets for a {@link Page#FULL} page, each hit's title and snippet, in the order of {@code
 *     hits}; empty for {@link Page#IDS}, or for an engine that shows no text
 */
public record Result(long totalHits, List<ItemId> hits, List<Facet> facets, List<Snippet> snippets) {

  /** Copies the lists. */
  public Result {
    hits = List.copyOf(hits);
    facets = List.copyOf(facets);
    snippets = List.copyOf(snippets);
    if (!snippets.isEmpty() && snippets.size() != hits.size()) {
      throw new IllegalArgumentException("one snippet per hit, or none: " + snippets.size() + " for " + hits.size());
    }
  }

  /** A result without titles or snippets: an ids-only page. */
  public Result(long totalHits, List<ItemId> hits, List<Facet> facets) {
    this(totalHits, hits, facets, List.of());
  }

  /** How many characters the page's titles and snippets hold, for a check that every one was built. */
  public long pageCharacters() {
    long characters = 0;
    for (Snippet snippet : snippets) {
      characters += snippet.title().length() + snippet.text().length();
    }
    return characters;
  }

  /**
   * What a page shows of one hit.
   *
   * @param title the hit's title as stored
   * @param text its snippet as HTML: matched words in {@code <mark>}, or the opening of the text
   */
  public record Snippet(String title, String text) {}

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
