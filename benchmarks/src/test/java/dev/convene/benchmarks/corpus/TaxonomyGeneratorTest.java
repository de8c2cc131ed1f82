package dev.convene.benchmarks.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.model.SchemeId;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.Taxonomy;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@DisplayName("The taxonomy generator")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaxonomyGeneratorTest {
  private static final Vocabulary VOCABULARY = Vocabulary.of(TestWorlds.corpus());
  private final Taxonomy taxonomy = TaxonomyGenerator.generate(VOCABULARY, 3_000, 42);

  @Test
  @DisplayName("makes about 3,000 concepts in four schemes")
  void size() {
    assertEquals(3_000, taxonomy.concepts().size(), 5);
    assertEquals(4, taxonomy.schemes().size());
  }

  @Test
  @DisplayName("makes the themes five levels deep and the other schemes four")
  void depth() {
    Map<SchemeId, Integer> depths = taxonomy.concepts().stream().collect(Collectors.toMap(Concept::scheme,
        c -> taxonomy.depth(c.id()), Math::max));
    assertEquals(Map.of(SchemeId.of("themes"), 5, SchemeId.of("regions"), 4, SchemeId.of("programmes"), 4,
        SchemeId.of("methods"), 4), depths);
  }

  @Test
  @DisplayName("puts some concepts under two broader concepts and labels every one in English, French and Spanish")
  void polyhierarchyAndLabels() {
    long twoParents = taxonomy.concepts().stream().filter(c -> c.broader().size() == 2).count();
    assertTrue(twoParents > 50 && twoParents < 250, "concepts with two broader: " + twoParents);
    for (Concept concept : taxonomy.concepts()) {
      for (String language : List.of("en", "fr", "es")) {
        assertTrue(concept.prefLabels().get(Locale.forLanguageTag(language)).isPresent(), concept.id().value());
      }
    }
  }

  @Test
  @DisplayName("passes Taxonomy.builder validation and is the same for the same seed")
  void validAndDeterministic() {
    Taxonomy rebuilt = Taxonomy.builder().schemes(taxonomy.schemes()).concepts(taxonomy.concepts()).build();
    assertEquals(taxonomy, rebuilt);
    assertEquals(taxonomy, TaxonomyGenerator.generate(VOCABULARY, 3_000, 42));
  }

  @Test
  @DisplayName("spreads levels geometrically and never leaves one empty")
  void levels() {
    assertEquals(List.of(1, 1, 1, 1, 1), java.util.Arrays.stream(TaxonomyGenerator.levelSizes(5, 5)).boxed().toList());
    int[] themes = TaxonomyGenerator.levelSizes(1_500, 5);
    assertEquals(1_500, java.util.Arrays.stream(themes).sum());
    assertTrue(themes[0] >= 10 && themes[4] > themes[3]);
  }
}
