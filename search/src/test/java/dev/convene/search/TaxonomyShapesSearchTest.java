package dev.convene.search;

import static dev.convene.search.TaxonomyShapes.lattice;
import static dev.convene.search.TaxonomyShapes.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.model.Actor;
import dev.convene.core.model.ConceptId;
import dev.convene.core.taxonomy.Taxonomy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/**
 * Facets, suggestions, filters and expansion over a chain 10,000 concepts deep and a lattice of 30
 * levels (2<sup>29</sup> paths from the top to a bottom concept), counted per document. The timeout
 * only guards against a hang; nothing is timed.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
class TaxonomyShapesSearchTest {
  private static final FacetDimension SHAPES = FacetDimension.concepts(TaxonomyShapes.SHAPES);
  private static final int DEPTH = 10_000;
  private static final int LEVELS = 30;

  private final Fixture world = new Fixture();
  private SearchIndex index;

  @AfterEach
  void close() {
    if (index != null) {
      index.close();
    }
  }

  private FacetResult facet(String text) {
    SearchRequestBuilder request = SearchRequest.builder().kinds(HitKind.ITEM).facets(SHAPES);
    return index.search(Actor.anonymous(), (text.isEmpty() ? request : request.text(text)).build()).facet(SHAPES)
        .orElseThrow();
  }

  private static Map<String, Long> counts(FacetResult facet) {
    Map<String, Long> counts = new HashMap<>();
    facet.values().forEach(v -> counts.put(v.value(), v.count()));
    return counts;
  }

  private long total(SearchRequestBuilder request) {
    return index.search(Actor.anonymous(), request.kinds(HitKind.ITEM).build()).total();
  }

  @Test
  @DisplayName("a 10,000-deep chain: each document counts once per ancestor; suggestions, filters and expansion work")
  void deepChain() {
    world.taxonomy(TaxonomyShapes.chain(DEPTH));
    world.community("water", c -> c.name("Water"));
    world.document("d1", "water", "Bottom", "alpha", step(DEPTH - 1).value());
    world.document("d2", "water", "Bottom and middle", "beta", step(DEPTH - 1).value(), step(5_000).value());
    world.document("d3", "water", "Middle", "gamma", step(4_999).value());
    index = world.index();

    FacetResult all = facet("");
    Map<String, Long> expected = new HashMap<>();
    for (int i = 0; i < DEPTH; i++) {
      expected.put(step(i).value(), i < 5_000 ? 3L : 2L); // d2 once at c05000, though tagged and below it
    }
    assertEquals(expected, counts(all));
    assertEquals(List.of(step(0).value()), all.top().stream().map(FacetValue::value).toList());
    assertEquals(List.of(step(1).value()), all.find(step(0).value()).orElseThrow().narrower());
    assertEquals(List.of(), all.find(step(DEPTH - 1).value()).orElseThrow().narrower());
    assertEquals("Step 9999", all.byValue().get(step(DEPTH - 1).value()).label());
    assertEquals(Map.of(), subtract(counts(facet("alpha")), DEPTH, 1L), "d1 alone: 1 under every concept");

    assertEquals(3, total(SearchRequest.builder().concepts(step(0)).includeNarrower(true)));
    assertEquals(2, total(SearchRequest.builder().drillDown(SHAPES, step(5_000).value())));
    assertEquals(3, total(SearchRequest.builder().text("\"step 0\"")), "the top concept's label expands to all");

    List<Suggestion> bottom = index.suggest(Actor.anonymous(), SuggestRequest.of("step 9999").withCounts(true));
    assertEquals(List.of(step(DEPTH - 1)), bottom.stream().map(Suggestion::concept).toList());
    assertEquals(2, bottom.getFirst().count().orElseThrow());
    List<Suggestion> top = index.suggest(Actor.anonymous(), SuggestRequest.of("step 0").withCounts(true));
    assertEquals(3, top.getFirst().count().orElseThrow());

    Taxonomy current = world.storage.read(tx -> tx.taxonomy().current().taxonomy());
    world.taxonomy(current.with(current.require(step(0)).withPrefLabel(java.util.Locale.ENGLISH, "Origin")));
    assertEquals("Origin", facet("").find(step(0).value()).orElseThrow().label(), "a changed chain is used at once");
  }

  /** What remains of {@code counts} after removing the first {@code n} steps of the chain with count {@code each}. */
  private static Map<String, Long> subtract(Map<String, Long> counts, int n, long each) {
    Map<String, Long> rest = new HashMap<>(counts);
    for (int i = 0; i < n; i++) {
      rest.remove(step(i).value(), each);
    }
    return rest;
  }

  @Test
  @DisplayName("a 30-level lattice: a document counts once under each concept above it, however many paths lead there")
  void lattice30() {
    world.taxonomy(TaxonomyShapes.lattice(LEVELS));
    world.community("water", c -> c.name("Water"));
    world.document("d1", "water", "Bottom", "alpha", lattice(LEVELS, 'a').value());
    world.document("d2", "water", "Both bottoms", "beta", lattice(LEVELS, 'a').value(), lattice(LEVELS, 'b').value());
    world.document("d3", "water", "Halfway", "gamma", lattice(15, 'b').value());
    index = world.index();

    Map<String, Long> alone = counts(facet("alpha"));
    assertEquals(2 * (LEVELS - 1) + 1, alone.size(), "the 58 concepts above the bottom one, and itself");
    assertTrue(alone.values().stream().allMatch(n -> n == 1), alone.toString());
    assertTrue(!alone.containsKey(lattice(LEVELS, 'b').value()));

    FacetResult all = facet("");
    Map<String, Long> expected = new HashMap<>();
    for (int level = 1; level < LEVELS; level++) {
      for (char side : new char[] {'a', 'b'}) {
        expected.put(lattice(level, side).value(), level < 15 || (level == 15 && side == 'b') ? 3L : 2L);
      }
    }
    expected.put(lattice(LEVELS, 'a').value(), 2L);
    expected.put(lattice(LEVELS, 'b').value(), 1L);
    assertEquals(expected, counts(all));
    assertEquals(List.of(lattice(1, 'a'), lattice(1, 'b')),
        all.top().stream().map(v -> ConceptId.of(v.value())).toList());
    assertEquals(List.of(lattice(16, 'a').value(), lattice(16, 'b').value()),
        all.find(lattice(15, 'b').value()).orElseThrow().narrower(), "each concept once, listing its narrower ones");
    assertEquals(2 * 2 * (LEVELS - 1), all.values().stream().mapToInt(v -> v.narrower().size()).sum(),
        "the result holds each link once: linear, not one copy per path");

    assertEquals(3, total(SearchRequest.builder().concepts(lattice(1, 'a')).includeNarrower(true)));
    assertEquals(2, total(SearchRequest.builder().drillDown(SHAPES, lattice(20, 'b').value())));
    List<Suggestion> top = index.suggest(Actor.anonymous(), SuggestRequest.of("lattice 01").withCounts(true));
    assertEquals(List.of(3L, 3L), top.stream().map(s -> s.count().orElseThrow()).toList());
  }
}
