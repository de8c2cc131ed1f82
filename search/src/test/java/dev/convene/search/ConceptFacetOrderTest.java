package dev.convene.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.ValidationException;
import dev.convene.core.model.Actor;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A concept facet's values: largest count first, then by label in the display language, as many as asked. */
class ConceptFacetOrderTest {
  private final Fixture world = new Fixture();

  @Test
  @DisplayName("equal counts are ordered by the label in the display language, narrower concepts too")
  void largestFirstThenByLabel() {
    try (SearchIndex index = fourDocuments()) {
      SearchRequest english = SearchRequest.builder().kinds(HitKind.ITEM)
          .facets(FacetDimension.concepts(TaxonomyFixture.THEMES)).build();
      FacetResult inEnglish = index.search(Actor.anonymous(), english).facets().get(0);
      assertEquals(List.of("health 2 Health", "social-protection 2 Social protection", "pensions 1 Pensions",
          "unemployment 1 Unemployment"), describe(inEnglish));
      assertEquals(List.of("pensions", "unemployment"), narrower(inEnglish, "social-protection"));

      FacetResult inFrench = index.search(Actor.anonymous(), english.toBuilder().displayLanguage(Locale.FRENCH)
          .build()).facets().get(0);
      assertEquals(List.of("social-protection 2 Protection sociale", "health 2 Santé", "unemployment 1 Chômage",
          "pensions 1 Retraites"), describe(inFrench));
      assertEquals(List.of("unemployment", "pensions"), narrower(inFrench, "social-protection"));
    }
  }

  @Test
  @DisplayName("facetValues(n) returns the first n values with the same counts, and narrower concepts among them only")
  void theFirstValuesOnly() {
    try (SearchIndex index = fourDocuments()) {
      SearchRequest three = SearchRequest.builder().kinds(HitKind.ITEM)
          .facets(FacetDimension.concepts(TaxonomyFixture.THEMES), FacetDimension.TYPE).facetValues(3).build();
      SearchResult result = index.search(Actor.anonymous(), three);
      FacetResult concepts = result.facets().get(0);
      assertEquals(List.of("health 2 Health", "social-protection 2 Social protection", "pensions 1 Pensions"),
          describe(concepts));
      assertEquals(List.of("pensions"), narrower(concepts, "social-protection"), "unemployment is not returned");
      assertEquals(List.of("document 4 Document"), describe(result.facets().get(1)));
      assertEquals(4, result.total());

      FacetResult one = index.search(Actor.anonymous(), three.toBuilder().facetValues(1)
          .displayLanguage(Locale.FRENCH).build()).facets().get(0);
      assertEquals(List.of("social-protection 2 Protection sociale"), describe(one));
      assertEquals(List.of(), narrower(one, "social-protection"));
    }
  }

  @Test
  @DisplayName("fewer than one facet value is refused, naming the field")
  void atLeastOneValue() {
    ValidationException refused = assertThrows(ValidationException.class,
        () -> SearchRequest.builder().facetValues(0));
    assertEquals("facetValues", refused.field());
    assertEquals("validation.positive", refused.code());
  }

  /** Pensions and unemployment under social protection, health twice: four documents, caught up. */
  private SearchIndex fourDocuments() {
    world.taxonomy(TaxonomyFixture.taxonomy());
    world.community("water", c -> c);
    world.document("d1", "water", "First", "text", TaxonomyFixture.PENSIONS.value());
    world.document("d2", "water", "Second", "text", TaxonomyFixture.UNEMPLOYMENT.value());
    world.document("d3", "water", "Third", "text", TaxonomyFixture.HEALTH.value());
    world.document("d4", "water", "Fourth", "text", TaxonomyFixture.HEALTH.value());
    SearchIndex index = SearchIndex.builder().storage(world.storage).directory(new ByteBuffersDirectory())
        .clock(world.clock).build();
    index.catchUp();
    return index;
  }

  private static List<String> describe(FacetResult facet) {
    return facet.values().stream().map(v -> v.value() + " " + v.count() + " " + v.label()).toList();
  }

  private static List<String> narrower(FacetResult facet, String concept) {
    return facet.values().stream().filter(v -> v.value().equals(concept)).findFirst().orElseThrow().narrower();
  }
}
