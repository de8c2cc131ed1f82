package dev.convene.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.convene.core.model.Actor;
import dev.convene.core.model.ItemType;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Visibility;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Facets over more hits than the collector holds before it counts them (it counts a segment's hits a
 * buffer at a time): 5,000 items of five types, a quarter tagged with each of three concepts and a
 * quarter untagged, every third one holding the word "river". The expected counts are worked out
 * here, item by item, from how the items were made.
 */
@DisplayName("facet counts over thousands of hits are exact")
class ManyHitsFacetTest {
  private static final int ITEMS = 5_000;
  private static final ItemType[] TYPES = {ItemType.DOCUMENT, ItemType.EVENT, ItemType.ANNOUNCEMENT,
      ItemType.DISCUSSION, ItemType.POLL};
  private static final String[] CONCEPTS = {TaxonomyFixture.PENSIONS.value(), TaxonomyFixture.UNEMPLOYMENT.value(),
      TaxonomyFixture.HEALTH.value()};

  private final Fixture world = new Fixture();

  @Test
  @DisplayName("a browse and a text query count every hit once in the type and concept facets")
  void everyHitCountedOnce() {
    world.taxonomy(TaxonomyFixture.taxonomy());
    world.community("water", c -> c);
    for (int i = 0; i < ITEMS; i++) {
      String text = i % 3 == 0 ? "river delta survey" : "lake survey";
      String[] concepts = i % 4 < 3 ? new String[] {CONCEPTS[i % 4]} : new String[0];
      world.item("i" + i, TYPES[i % 5], "water", "author", "Item " + i, text, Locale.ENGLISH, Visibility.PUBLIC,
          ReviewState.PUBLISHED, Fixture.START, concepts);
    }
    try (SearchIndex index = SearchIndex.builder().storage(world.storage).directory(new ByteBuffersDirectory())
        .clock(world.clock).build()) {
      index.catchUp();
      SearchRequest browse = SearchRequest.builder().kinds(HitKind.ITEM)
          .facets(FacetDimension.TYPE, FacetDimension.concepts(TaxonomyFixture.THEMES)).build();
      check(index.search(Actor.anonymous(), browse), i -> true);
      check(index.search(Actor.anonymous(), browse.toBuilder().text("river").build()), i -> i % 3 == 0);
    }
  }

  private static void check(SearchResult result, java.util.function.IntPredicate hit) {
    Map<String, Long> types = new TreeMap<>();
    Map<String, Long> concepts = new TreeMap<>();
    long total = 0;
    for (int i = 0; i < ITEMS; i++) {
      if (!hit.test(i)) {
        continue;
      }
      total++;
      types.merge(TYPES[i % 5].name().toLowerCase(Locale.ROOT), 1L, Long::sum);
      if (i % 4 < 3) {
        concepts.merge(CONCEPTS[i % 4], 1L, Long::sum);
        if (i % 4 < 2) { // pensions and unemployment are narrower than social protection
          concepts.merge(TaxonomyFixture.SOCIAL.value(), 1L, Long::sum);
        }
      }
    }
    assertEquals(total, result.total());
    assertEquals(types, counts(result.facets().get(0)));
    assertEquals(concepts, counts(result.facets().get(1)));
  }

  private static Map<String, Long> counts(FacetResult facet) {
    return facet.values().stream().collect(Collectors.toMap(FacetValue::value, FacetValue::count, (a, b) -> a,
        TreeMap::new));
  }
}
