package dev.convene.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.PlatformRole;
import dev.convene.core.model.SchemeId;
import dev.convene.core.model.Visibility;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.ConceptBuilder;
import dev.convene.core.taxonomy.ConceptScheme;
import dev.convene.core.taxonomy.Taxonomy;
import dev.convene.search.FacetDimension;
import dev.convene.search.FacetResult;
import dev.convene.search.SearchRequest;
import dev.convene.search.SuggestRequest;
import dev.convene.search.Suggestion;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/**
 * A taxonomy 10,000 concepts deep through the whole platform on the embedded database: stored as one
 * body, read back and validated on each change, used to tag, facet and suggest. The timeout only
 * guards against a hang; nothing is timed.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
class TaxonomyShapesOnH2Test {
  private static final Actor CURATOR = Actor.user("cora", PlatformRole.CURATOR);
  private static final Actor ADA = Actor.user("ada");
  private static final SchemeId SHAPES = SchemeId.of("shapes");
  private static final int DEPTH = 10_000;

  private final SharedDatabase database = SharedDatabase.h2();
  private final Convene convene = Convene.builder().storage(database.open()).search(new ByteBuffersDirectory())
      .build();

  @AfterEach
  void close() {
    convene.close();
    database.close();
  }

  private static ConceptId step(int i) {
    return ConceptId.of(String.format(Locale.ROOT, "c%05d", i));
  }

  private static Taxonomy chain() {
    List<Concept> concepts = new ArrayList<>();
    for (int i = 0; i < DEPTH; i++) {
      ConceptBuilder concept = Concept.builder(step(i), SHAPES).prefLabel("en", "Step " + i);
      concepts.add((i == 0 ? concept : concept.broader(step(i - 1))).build());
    }
    return Taxonomy.builder().scheme(ConceptScheme.of(SHAPES, LocalizedText.of("en", "Shapes"), Locale.ENGLISH))
        .concepts(concepts).build();
  }

  @Test
  @DisplayName("a 10,000-deep chain is stored, changed, used to tag, and faceted and suggested with counts")
  void deepChain() {
    convene.taxonomy().replace(CURATOR, chain(), 0);
    convene.taxonomy().change(CURATOR, t -> t.with(t.require(step(0)).withPrefLabel(Locale.ENGLISH, "Origin")));
    Community water = convene.communities().create(ADA, "water", c -> c.name("Water"));
    convene.content().submitOrPublish(ADA, convene.content().create(ADA, water.id(),
        ItemDraft.document("Deep down", Locale.ENGLISH, Visibility.PUBLIC).concepts(step(DEPTH - 1))).id());
    assertTrue(convene.awaitSearchable(Duration.ofSeconds(30)));

    FacetDimension shapes = FacetDimension.concepts(SHAPES);
    FacetResult facet = convene.search(Actor.anonymous(), SearchRequest.builder().facets(shapes).build())
        .facet(shapes).orElseThrow();
    assertEquals(DEPTH, facet.values().size());
    assertTrue(facet.values().stream().allMatch(v -> v.count() == 1), "the document once under every concept");
    assertEquals("Origin", facet.top().getFirst().label());
    List<Suggestion> suggested = convene.suggest(Actor.anonymous(), SuggestRequest.of("origin").withCounts(true));
    assertEquals(List.of(step(0)), suggested.stream().map(Suggestion::concept).toList());
    assertEquals(1, suggested.getFirst().count().orElseThrow());
  }
}
