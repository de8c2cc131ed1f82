package dev.convene.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.ValidationException;
import dev.convene.core.model.Actor;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A request's dates and numbers are checked where they are given: a date range outside the years 1 to
 * 9999 or a page size out of range is a {@link ValidationException} naming the field, never an
 * {@code ArithmeticException} from the search.
 */
class RequestRangeTest {
  private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999999Z");

  private static void refused(String field, String rule, Executable call) {
    ValidationException e = assertThrows(ValidationException.class, call);
    assertEquals(field, e.field());
    assertEquals(rule, e.rule());
  }

  @Test
  @DisplayName("dateRange(Instant.MIN, null) and its kin are refused naming dateRange.from or dateRange.to")
  void dateRange() {
    refused("dateRange.from", "range", () -> SearchRequest.builder().dateRange(Instant.MIN, null));
    refused("dateRange.to", "range", () -> SearchRequest.builder().dateRange(null, Instant.MAX));
    refused("dateRange.from", "range", () -> SearchRequest.builder().dateRange(FIRST.minusNanos(1), null));
    refused("dateRange.to", "range", () -> SearchRequest.builder().dateRange(FIRST, LAST.plusNanos(1)));
  }

  @Test
  @DisplayName("a request made without the builder is checked too, naming from or to")
  void recordChecks() {
    SearchRequest valid = SearchRequest.builder().build();
    refused("from", "range", () -> new SearchRequest(valid.text(), valid.concepts(), valid.includeNarrower(),
        valid.communities(), valid.itemTypes(), valid.kinds(), valid.languages(), Optional.of(Instant.MIN),
        Optional.empty(), valid.reviewStates(), valid.sort(), valid.pageSize(), valid.after(), valid.facets(),
        valid.drillDowns(), valid.displayLanguage(), valid.snippets(), valid.facetValues()));
    refused("to", "range", () -> new SearchRequest(valid.text(), valid.concepts(), valid.includeNarrower(),
        valid.communities(), valid.itemTypes(), valid.kinds(), valid.languages(), Optional.empty(),
        Optional.of(Instant.MAX), valid.reviewStates(), valid.sort(), valid.pageSize(), valid.after(),
        valid.facets(), valid.drillDowns(), valid.displayLanguage(), valid.snippets(), valid.facetValues()));
  }

  @Test
  @DisplayName("a date range at the very ends of the years 1 to 9999 searches and finds what it holds")
  void widestRange() {
    Fixture world = new Fixture();
    world.community("water", c -> c.name("Water"));
    world.document("d1", "water", "Report", "text");
    try (SearchIndex index = world.index()) {
      assertEquals(1, index.search(Actor.anonymous(), SearchRequest.builder().dateRange(FIRST, LAST).build())
          .total());
      assertEquals(0, index.search(Actor.anonymous(), SearchRequest.builder().dateRange(FIRST,
          FIRST.plusSeconds(1)).build()).total());
    }
  }

  @Test
  @DisplayName("a negative, zero or huge page size is refused when it is set")
  void pageSize() {
    refused("pageSize", "range", () -> SearchRequest.builder().pageSize(-1));
    refused("pageSize", "range", () -> SearchRequest.builder().pageSize(0));
    refused("pageSize", "range", () -> SearchRequest.builder().pageSize(Integer.MAX_VALUE));
    refused("pageSize", "range", () -> SearchRequest.builder().pageSize(SearchRequestBuilder.MAX_PAGE_SIZE + 1));
    assertEquals(SearchRequestBuilder.MAX_PAGE_SIZE,
        SearchRequest.builder().pageSize(SearchRequestBuilder.MAX_PAGE_SIZE).build().pageSize());
  }

  @Test
  @DisplayName("a suggestion limit out of 1 to 100 is refused")
  void suggestLimit() {
    refused("limit", "range", () -> SuggestRequest.of("wat").withLimit(0));
    refused("limit", "range", () -> SuggestRequest.of("wat").withLimit(-3));
    refused("limit", "range", () -> SuggestRequest.of("wat").withLimit(101));
  }
}
