package dev.convene.search;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.ItemType;
import dev.convene.core.model.ReviewState;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds a {@link SearchRequest}. Defaults: no text (everything), no filter, concepts with their
 * narrower concepts, items and communities, every language, published items only, by relevance, 20
 * hits a page, no facet (every value of each facet asked for), English labels, a snippet with every
 * hit.
 */
public final class SearchRequestBuilder {
  /** The largest page. */
  public static final int MAX_PAGE_SIZE = 1_000;
  /** The value of {@link #facetValues(int)} that keeps every value of a facet: the default. */
  public static final int ALL_FACET_VALUES = Integer.MAX_VALUE;
  /** The longest query text. */
  public static final int MAX_TEXT_LENGTH = 2_000;

  private String text = "";
  private Set<ConceptId> concepts = Set.of();
  private boolean includeNarrower = true;
  private Set<CommunityId> communities = Set.of();
  private Set<ItemType> itemTypes = Set.of();
  private Set<HitKind> kinds = EnumSet.allOf(HitKind.class);
  private Set<Locale> languages = Set.of();
  private Optional<Instant> from = Optional.empty();
  private Optional<Instant> to = Optional.empty();
  private Set<ReviewState> reviewStates = Set.of(ReviewState.PUBLISHED);
  private SortOrder sort = SortOrder.RELEVANCE;
  private int pageSize = 20;
  private Optional<String> after = Optional.empty();
  private List<FacetDimension> facets = List.of();
  private final Map<FacetDimension, Set<String>> drillDowns = new LinkedHashMap<>();
  private Locale displayLanguage = Locale.ENGLISH;
  private boolean snippets = true;
  private int facetValues = ALL_FACET_VALUES;

  SearchRequestBuilder() {}

  SearchRequestBuilder(SearchRequest r) {
    text = r.text();
    concepts = r.concepts();
    includeNarrower = r.includeNarrower();
    communities = r.communities();
    itemTypes = r.itemTypes();
    kinds = r.kinds();
    languages = r.languages();
    from = r.from();
    to = r.to();
    reviewStates = r.reviewStates();
    sort = r.sort();
    pageSize = r.pageSize();
    after = r.after();
    facets = r.facets();
    drillDowns.putAll(r.drillDowns());
    displayLanguage = r.displayLanguage();
    snippets = r.snippets();
    facetValues = r.facetValues();
  }

  /**
   * The user's query text; see {@link SearchRequest#text()} for the syntax.
   *
   * @param value the query text
   * @return this builder
   */
  public SearchRequestBuilder text(String value) {
    this.text = Checks.required(value, "text");
    return this;
  }

  /**
   * Keep documents tagged with one of these concepts (or, by default, a narrower one).
   *
   * @param values the concepts to filter by, replacing any set before
   * @return this builder
   */
  public SearchRequestBuilder concepts(ConceptId... values) {
    this.concepts = setOf("concepts", values);
    return this;
  }

  /**
   * Whether a concept filter keeps documents tagged with narrower concepts; true by default.
   *
   * @param value {@code false} to keep only documents tagged with the concepts themselves
   * @return this builder
   */
  public SearchRequestBuilder includeNarrower(boolean value) {
    this.includeNarrower = value;
    return this;
  }

  /**
   * Keep documents of these communities.
   *
   * @param values the communities to keep, replacing any set before
   * @return this builder
   */
  public SearchRequestBuilder communities(CommunityId... values) {
    this.communities = setOf("communities", values);
    return this;
  }

  /**
   * Keep items of these types (and no community).
   *
   * @param values the item types to keep, replacing any set before
   * @return this builder
   */
  public SearchRequestBuilder itemTypes(ItemType... values) {
    this.itemTypes = setOf("itemTypes", values);
    return this;
  }

  /**
   * Keep hits of these kinds; both by default.
   *
   * @param values the hit kinds to keep, replacing any set before
   * @return this builder
   */
  public SearchRequestBuilder kinds(HitKind... values) {
    this.kinds = setOf("kinds", values);
    return this;
  }

  /**
   * Search and keep these languages only; all by default.
   *
   * @param values the languages to search, replacing any set before
   * @return this builder
   */
  public SearchRequestBuilder languages(Locale... values) {
    this.languages = setOf("languages", values);
    return this;
  }

  /**
   * Keep items dated in {@code [from, to)}; either may be null for an open end.
   *
   * @param fromInclusive the earliest date kept, or null for no lower end
   * @param toExclusive the first date no longer kept, or null for no upper end
   * @return this builder
   * @throws dev.convene.core.ValidationException if an end is not in the years 1 to 9999 ({@code
   *     dateRange.from} or {@code dateRange.to}, {@code range})
   */
  public SearchRequestBuilder dateRange(@org.jspecify.annotations.Nullable Instant fromInclusive,
      @org.jspecify.annotations.Nullable Instant toExclusive) {
    this.from = Optional.ofNullable(fromInclusive).map(v -> Checks.instant(v, "dateRange.from"));
    this.to = Optional.ofNullable(toExclusive).map(v -> Checks.instant(v, "dateRange.to"));
    return this;
  }

  /**
   * The review states to consider; {@code PUBLISHED} by default. Other states still return only what
   * the policy lets the actor see: their own drafts, the submissions they review, the archive of the
   * communities they moderate.
   *
   * @param values the review states, replacing any set before
   * @return this builder
   */
  public SearchRequestBuilder reviewStates(ReviewState... values) {
    this.reviewStates = setOf("reviewStates", values);
    return this;
  }

  /**
   * The order of hits; relevance by default.
   *
   * @param value the sort order
   * @return this builder
   */
  public SearchRequestBuilder sort(SortOrder value) {
    this.sort = Checks.required(value, "sort");
    return this;
  }

  /**
   * Hits per page, 1 to {@value #MAX_PAGE_SIZE}; 20 by default.
   *
   * @param value the number of hits on a page
   * @return this builder
   * @throws dev.convene.core.ValidationException if out of range ({@code pageSize}, {@code range})
   */
  public SearchRequestBuilder pageSize(int value) {
    Checks.check(value >= 1 && value <= MAX_PAGE_SIZE, "pageSize", "range", Map.of("min", 1, "max", MAX_PAGE_SIZE),
        "must be 1 to %d, not %d",
        MAX_PAGE_SIZE, value);
    this.pageSize = value;
    return this;
  }

  /**
   * Continue after the page whose {@link SearchResult#nextCursor()} this is.
   *
   * @param cursor the cursor a previous result gave out
   * @return this builder
   */
  public SearchRequestBuilder after(String cursor) {
    this.after = Optional.of(Checks.required(cursor, "after"));
    return this;
  }

  /**
   * The facets to count, replacing any set before.
   *
   * @param values the dimensions to count
   * @return this builder
   */
  public SearchRequestBuilder facets(FacetDimension... values) {
    this.facets = List.copyOf(setOf("facets", values));
    return this;
  }

  /**
   * Narrow to documents carrying one of {@code values} in {@code dimension} (added to earlier
   * ones).
   *
   * @param dimension the facet dimension to narrow by
   * @param values the values of that dimension, as {@link FacetValue#value()} spells them
   * @return this builder
   */
  public SearchRequestBuilder drillDown(FacetDimension dimension, String... values) {
    Checks.required(dimension, "dimension");
    drillDowns.computeIfAbsent(dimension, d -> new LinkedHashSet<>()).addAll(setOf("values", values));
    return this;
  }

  /**
   * The language of labels and names; English by default.
   *
   * @param value the language to label concepts and name communities in
   * @return this builder
   */
  public SearchRequestBuilder displayLanguage(Locale value) {
    this.displayLanguage = Checks.required(value, "displayLanguage");
    return this;
  }

  /**
   * Whether each hit carries a highlighted snippet of its text; true by default. Without, a hit's
   * snippet is empty and the page reads and highlights no text.
   *
   * @param value {@code false} to leave snippets out
   * @return this builder
   */
  public SearchRequestBuilder snippets(boolean value) {
    this.snippets = value;
    return this;
  }

  /**
   * At most how many values each facet returns, the most frequent first, as {@link FacetResult#values()}
   * orders them; every value by default ({@link #ALL_FACET_VALUES}). A portal that shows the ten
   * largest values asks for ten, and the search then labels and returns ten. Counts are the same
   * either way; a concept value's {@link FacetValue#narrower()} lists only narrower concepts that are
   * values of the result.
   *
   * @param value 1 or more
   * @return this builder
   * @throws dev.convene.core.ValidationException on {@code facetValues} ({@code positive}) when less than 1
   */
  public SearchRequestBuilder facetValues(int value) {
    Checks.check(value >= 1, "facetValues", "positive", "must be at least 1, not %d", value);
    this.facetValues = value;
    return this;
  }

  /**
   * Builds the request.
   *
   * @return the request, immutable
   * @throws dev.convene.core.ValidationException as {@link SearchRequest}'s constructor does
   */
  public SearchRequest build() {
    return new SearchRequest(text, concepts, includeNarrower, communities, itemTypes, kinds, languages, from, to,
        reviewStates, sort, pageSize, after, facets, drillDowns, displayLanguage, snippets, facetValues);
  }

  @SafeVarargs
  private static <T> Set<T> setOf(String field, T... values) {
    Checks.required(values, field);
    Set<T> set = new LinkedHashSet<>();
    for (T value : values) {
      set.add(Checks.required(value, field + "[]"));
    }
    return set;
  }
}
