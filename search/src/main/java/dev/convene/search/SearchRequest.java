package dev.convene.search;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.ItemType;
import dev.convene.core.model.ReviewState;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What to search for. Build one with {@link #builder()}; every filter that is set must match, and an
 * empty set does not filter. See {@link SearchRequestBuilder} for each option and its default.
 *
 * @param text the user's query, in the forgiving syntax: words (all must match), {@code "phrases"},
 *     {@code +required}, {@code -excluded}, {@code prefix*}; other characters are literal text
 *     ({@code :} and punctuation separate words); blank matches everything, text with no word in it
 *     is refused when searched
 * @param concepts keep documents tagged with one of these concepts
 * @param includeNarrower whether a concept filter also keeps documents tagged with narrower concepts
 * @param communities keep documents of these communities (a community document is its own)
 * @param itemTypes keep items of these types; setting it leaves communities out
 * @param kinds keep these kinds of hit
 * @param languages search the text of these languages only, and keep documents written in them
 * @param from keep items dated at or after this instant, in the years 1 to 9999; communities, which
 *     have no date, are left out
 * @param to keep items dated before this instant, in the years 1 to 9999; communities are left out
 * @param reviewStates the review states of items to consider; each item still only if the actor may
 *     see it
 * @param sort the order of hits
 * @param pageSize how many hits a page holds, 1 to {@value SearchRequestBuilder#MAX_PAGE_SIZE}
 * @param after the {@link SearchResult#nextCursor()} of the previous page
 * @param facets the facets to count
 * @param drillDowns values to narrow by, per facet: any value of a facet, and every facet
 * @param displayLanguage the language of labels and names
 * @param snippets whether each hit carries a highlighted snippet of its text; without, a hit's
 *     {@link SearchHit#snippet()} is empty and its text is neither read nor highlighted, which is
 *     cheaper for a caller that shows titles or ids only
 * @param facetValues at most how many values each facet returns, the most frequent first; {@link
 *     SearchRequestBuilder#ALL_FACET_VALUES} for every value
 */
public record SearchRequest(
    String text,
    Set<ConceptId> concepts,
    boolean includeNarrower,
    Set<CommunityId> communities,
    Set<ItemType> itemTypes,
    Set<HitKind> kinds,
    Set<Locale> languages,
    Optional<Instant> from,
    Optional<Instant> to,
    Set<ReviewState> reviewStates,
    SortOrder sort,
    int pageSize,
    Optional<String> after,
    List<FacetDimension> facets,
    Map<FacetDimension, Set<String>> drillDowns,
    Locale displayLanguage,
    boolean snippets,
    int facetValues) {

  /**
   * Validates and copies the request.
   *
   * @throws dev.convene.core.ValidationException naming the field: a missing value, a page size out
   *     of range, an instant not in the years 1 to 9999 ({@code range}), an empty set of review states
   *     or kinds, {@code from} not before {@code to}, a
   *     drill-down with no value, fewer than one facet value ({@code facetValues}, {@code positive})
   */
  public SearchRequest {
    Checks.required(text, "text");
    Checks.check(text.length() <= SearchRequestBuilder.MAX_TEXT_LENGTH, "text", "max-length",
        Map.of("limit", SearchRequestBuilder.MAX_TEXT_LENGTH), "must be at most %d characters",
        SearchRequestBuilder.MAX_TEXT_LENGTH);
    concepts = Set.copyOf(Checks.noNulls(concepts, "concepts"));
    communities = Set.copyOf(Checks.noNulls(communities, "communities"));
    itemTypes = Set.copyOf(Checks.noNulls(itemTypes, "itemTypes"));
    kinds = Set.copyOf(Checks.noNulls(kinds, "kinds"));
    Checks.check(!kinds.isEmpty(), "kinds", "not-empty", "needs at least one kind of hit");
    languages = Set.copyOf(Checks.noNulls(languages, "languages")).stream()
        .map(l -> Checks.language(l, "languages[]")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    Checks.required(from, "from").ifPresent(v -> Checks.instant(v, "from"));
    Checks.required(to, "to").ifPresent(v -> Checks.instant(v, "to"));
    Checks.check(from.isEmpty() || to.isEmpty() || from.get().isBefore(to.get()), "to", "after-from",
        "must be after from");
    reviewStates = Set.copyOf(Checks.noNulls(reviewStates, "reviewStates"));
    Checks.check(!reviewStates.isEmpty(), "reviewStates", "not-empty", "needs at least one review state");
    Checks.required(sort, "sort");
    Checks.check(pageSize >= 1 && pageSize <= SearchRequestBuilder.MAX_PAGE_SIZE, "pageSize", "range",
        Map.of("min", 1, "max", SearchRequestBuilder.MAX_PAGE_SIZE),
        "must be 1 to %d, not %d", SearchRequestBuilder.MAX_PAGE_SIZE, pageSize);
    Checks.required(after, "after").ifPresent(a -> Checks.text(a, "after", 1_000));
    facets = List.copyOf(Checks.noNulls(facets, "facets"));
    Checks.check(facets.stream().distinct().count() == facets.size(), "facets", "unique", "a facet is asked twice");
    Checks.required(drillDowns, "drillDowns");
    drillDowns.forEach((dimension, values) -> {
      Checks.required(dimension, "drillDowns.dimension");
      Checks.check(!Checks.noNulls(values, "drillDowns[" + dimension + "]").isEmpty(),
          "drillDowns[" + dimension + "]", "not-empty", "needs at least one value");
    });
    drillDowns = Map.copyOf(drillDowns.entrySet().stream()
        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue()))));
    displayLanguage = Checks.language(displayLanguage, "displayLanguage");
    Checks.check(facetValues >= 1, "facetValues", "positive", "must be at least 1, not %d", facetValues);
  }

  /**
   * Starts a request that matches every published item and community the actor may see.
   *
   * @return a builder with every default
   */
  public static SearchRequestBuilder builder() {
    return new SearchRequestBuilder();
  }

  /**
   * A builder holding this request's values, to derive another (the next page, a drill-down).
   *
   * @return a builder that builds this request unless changed
   */
  public SearchRequestBuilder toBuilder() {
    return new SearchRequestBuilder(this);
  }

  /**
   * The request for the page after {@code result}, or empty if it was the last page.
   *
   * @param result the page this request returned
   * @return the same request continued after {@code result}, or empty
   */
  public Optional<SearchRequest> next(SearchResult result) {
    return Checks.required(result, "result").nextCursor().map(cursor -> toBuilder().after(cursor).build());
  }
}
