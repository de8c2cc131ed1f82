package dev.convene.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.convene.core.model.Actor;
import dev.convene.core.taxonomy.Taxonomy;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What a search keeps per segment between searches: the concepts each ordinal counts under (per
 * scheme and taxonomy) and the privacy filter's bits. Repeated searches, searches over segments
 * added since, and a changed hierarchy must count exactly as a first search would.
 */
class PerSegmentCachesTest {
  private final Fixture world = new Fixture();
  private SearchIndex index;

  @BeforeEach
  void setUp() {
    world.taxonomy(TaxonomyFixture.taxonomy());
    world.community("water", c -> c);
    world.document("a", "water", "Pension reform", "Old age.", TaxonomyFixture.PENSIONS.value());
    world.document("b", "water", "Jobless benefits", "Work.", TaxonomyFixture.UNEMPLOYMENT.value());
    index = world.index();
  }

  @AfterEach
  void close() {
    index.close();
  }

  @Test
  @DisplayName("concept counts stay right when searched again, over a new segment, and after the hierarchy moves")
  void conceptCounts() {
    Map<String, Long> first = counts();
    assertEquals(Map.of("social-protection", 2L, "pensions", 1L, "unemployment", 1L), first);
    assertEquals(first, counts(), "the cached ordinals count as the first search did");

    world.document("c", "water", "Clinics", "Care.", TaxonomyFixture.HEALTH.value(), TaxonomyFixture.PENSIONS.value());
    index.awaitCurrent(Duration.ofSeconds(5));
    assertEquals(Map.of("social-protection", 3L, "pensions", 2L, "unemployment", 1L, "health", 1L), counts());

    // pensions moves under health: a new taxonomy, so every segment's ordinals are resolved again
    Taxonomy current = world.storage.read(tx -> tx.taxonomy().current().taxonomy());
    world.taxonomy(current.with(current.require(TaxonomyFixture.PENSIONS)
        .withBroader(Set.of(TaxonomyFixture.HEALTH))));
    assertEquals(Map.of("social-protection", 1L, "unemployment", 1L, "health", 2L, "pensions", 2L), counts());

    SearchResult drilled = index.search(Actor.anonymous(), SearchRequest.builder()
        .facets(FacetDimension.concepts(TaxonomyFixture.THEMES))
        .drillDown(FacetDimension.concepts(TaxonomyFixture.THEMES), TaxonomyFixture.HEALTH.value()).build());
    assertEquals(List.of("a", "c"), drilled.hits().stream().map(h -> h.item().orElseThrow().value()).sorted().toList());
  }

  @Test
  @DisplayName("the privacy filter finds the same documents whether its bits are computed or cached")
  void privacyBitsCachedOrNot() {
    long total = index.search(Actor.anonymous(), SearchRequest.builder().build()).total();
    IndexStats afterFirst = index.stats();
    assertEquals(total, index.search(Actor.anonymous(), SearchRequest.builder().build()).total());
    assertEquals(afterFirst.filterCacheMisses(), index.stats().filterCacheMisses(), "the second search computed nothing");
    world.document("d", "water", "Another", "Text.");
    index.awaitCurrent(Duration.ofSeconds(5));
    assertEquals(total + 1, index.search(Actor.anonymous(), SearchRequest.builder().build()).total());
  }

  private Map<String, Long> counts() {
    SearchResult result = index.search(Actor.anonymous(), SearchRequest.builder()
        .facets(FacetDimension.concepts(TaxonomyFixture.THEMES)).build());
    Map<String, Long> counts = new LinkedHashMap<>();
    result.facets().getFirst().values().forEach(value -> counts.put(value.value(), value.count()));
    return counts;
  }
}
