package dev.convene.core.taxonomy;

import static dev.convene.core.taxonomy.Fixture.EUROPE;
import static dev.convene.core.taxonomy.Fixture.HEALTH;
import static dev.convene.core.taxonomy.Fixture.PENSIONS;
import static dev.convene.core.taxonomy.Fixture.REGIONS;
import static dev.convene.core.taxonomy.Fixture.SOCIAL_INSURANCE;
import static dev.convene.core.taxonomy.Fixture.SOCIAL_PROTECTION;
import static dev.convene.core.taxonomy.Fixture.THEMES;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.ValidationException;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.SchemeId;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One row per rule of {@link TaxonomyBuilder#build()}: a change that breaks it, and one that does not. */
class TaxonomyValidationTest {
  private static final Taxonomy FIXTURE = Fixture.taxonomy();
  private static final ConceptId ENERGY = ConceptId.of("energy");
  private static final ConceptId NOWHERE = ConceptId.of("nowhere");

  private static ConceptBuilder energy() {
    return Concept.builder(ENERGY, THEMES).prefLabel("en", "Energy").prefLabel("fr", "Énergie");
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        row("unique-scheme", "scheme[themes]",
            () -> FIXTURE.toBuilder().scheme(Fixture.schemes().getFirst().withTitle(LocalizedText.of("en", "Topics"))),
            () -> FIXTURE.toBuilder().scheme(ConceptScheme.of(SchemeId.of("programmes"),
                LocalizedText.of("en", "Programme types"), Locale.ENGLISH))),
        row("unique-concept", "concept[pensions]",
            () -> FIXTURE.toBuilder().concept(FIXTURE.require(PENSIONS).withNotation("1.1.9")),
            () -> FIXTURE.toBuilder().concept(energy().build())),
        row("known-scheme", "concept[energy].scheme",
            () -> FIXTURE.toBuilder().concept(Concept.builder(ENERGY, SchemeId.of("programmes"))
                .prefLabel("en", "Energy").build()),
            () -> FIXTURE.toBuilder().concept(energy().build())),
        row("known-concept", "concept[energy].broader",
            () -> FIXTURE.toBuilder().concept(energy().broader(NOWHERE).build()),
            () -> FIXTURE.toBuilder().concept(energy().broader(HEALTH).build())),
        row("known-concept", "concept[energy].related",
            () -> FIXTURE.toBuilder().concept(energy().related(NOWHERE).build()),
            () -> FIXTURE.toBuilder().concept(energy().related(HEALTH).build())),
        row("same-scheme", "concept[energy].broader",
            () -> FIXTURE.toBuilder().concept(energy().broader(EUROPE).build()),
            () -> FIXTURE.toBuilder().concept(energy().related(EUROPE).build())),
        row("default-language-label", "concept[energy].prefLabels",
            () -> FIXTURE.toBuilder().concept(Concept.builder(ENERGY, THEMES).prefLabel("fr", "Énergie").build()),
            () -> FIXTURE.toBuilder().concept(Concept.builder(ENERGY, THEMES).prefLabel("en-GB", "Energy").build())),
        row("related-not-broader", "concept[social-insurance].related",
            () -> Taxonomy.builder().schemes(Fixture.schemes()).concepts(replace(SOCIAL_INSURANCE,
                c -> c.withRelated(Set.of(PENSIONS)))),
            () -> Taxonomy.builder().schemes(Fixture.schemes()).concepts(replace(SOCIAL_INSURANCE,
                c -> c.withRelated(Set.of(HEALTH))))),
        row("unique-notation", "concept[energy].notation",
            () -> FIXTURE.toBuilder().concept(energy().notation("1.1").build()),
            () -> FIXTURE.toBuilder().concept(energy().notation("3").build())),
        row("unique-uri", "concept[energy].uri",
            () -> FIXTURE.with(FIXTURE.require(HEALTH).withUri(URI.create("http://example.org/c/1"))).toBuilder()
                .concept(energy().uri(URI.create("http://example.org/c/1")).build()),
            () -> FIXTURE.with(FIXTURE.require(HEALTH).withUri(URI.create("http://example.org/c/1"))).toBuilder()
                .concept(energy().uri(URI.create("http://example.org/c/2")).build())),
        row("unique-uri", "concept[energy].uri",
            () -> FIXTURE.with(FIXTURE.scheme(THEMES).orElseThrow()
                    .withUri(URI.create("http://example.org/themes"))).toBuilder()
                .concept(energy().uri(URI.create("http://example.org/themes")).build()),
            () -> FIXTURE.with(FIXTURE.scheme(THEMES).orElseThrow()
                    .withUri(URI.create("http://example.org/themes"))).toBuilder()
                .concept(energy().uri(URI.create("http://example.org/themes/energy")).build())));
  }

  private static Arguments row(String rule, String field, Supplier<TaxonomyBuilder> broken,
      Supplier<TaxonomyBuilder> fine) {
    return Arguments.of(rule, field, broken, fine);
  }

  private static List<Concept> replace(ConceptId id, UnaryOperator<Concept> change) {
    return Fixture.concepts().stream().map(c -> c.id().equals(id) ? change.apply(c) : c).toList();
  }

  @DisplayName("build() rejects a taxonomy that breaks a rule, naming the concept and the rule")
  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("rules")
  void rejects(String rule, String field, Supplier<TaxonomyBuilder> broken, Supplier<TaxonomyBuilder> fine) {
    ValidationException e = assertThrows(ValidationException.class, () -> broken.get().build());
    assertEquals(field, e.field());
    assertEquals(rule, e.rule());
  }

  @DisplayName("build() accepts the nearest change that keeps the rule")
  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("rules")
  void accepts(String rule, String field, Supplier<TaxonomyBuilder> broken, Supplier<TaxonomyBuilder> fine) {
    assertDoesNotThrow(() -> fine.get().build());
  }

  @Test
  @DisplayName("a cycle of two concepts is rejected, naming one of them")
  void twoCycle() {
    TaxonomyBuilder builder = FIXTURE.toBuilder()
        .concept(energy().broader(ConceptId.of("fuel")).build())
        .concept(Concept.builder(ConceptId.of("fuel"), THEMES).prefLabel("en", "Fuel").broader(ENERGY).build());
    ValidationException e = assertThrows(ValidationException.class, builder::build);
    assertEquals("acyclic", e.rule());
    assertTrue(Set.of("concept[energy].broader", "concept[fuel].broader").contains(e.field()), e.field());
    assertTrue(e.getMessage().contains("energy") && e.getMessage().contains("fuel"), e.getMessage());
  }

  @Test
  @DisplayName("a longer cycle through existing concepts is rejected, naming a concept on it")
  void longCycle() {
    List<Concept> looped = replace(SOCIAL_PROTECTION, c -> c.withBroader(Set.of(PENSIONS)));
    ValidationException e = assertThrows(ValidationException.class,
        () -> Taxonomy.builder().schemes(Fixture.schemes()).concepts(looped).build());
    assertEquals("acyclic", e.rule());
    assertTrue(Set.of("concept[social-protection].broader", "concept[social-insurance].broader",
        "concept[pensions].broader").contains(e.field()), e.field());
    for (String onCycle : List.of("social-protection", "social-insurance", "pensions")) {
      assertTrue(e.getMessage().contains(onCycle), e.getMessage());
    }
  }

  @Test
  @DisplayName("polyhierarchy is not a cycle: the fixture's diamond builds")
  void diamondIsFine() {
    assertEquals(13, FIXTURE.concepts().size());
  }

  @Test
  @DisplayName("notations are unique per scheme, not across schemes")
  void notationsPerScheme() {
    assertEquals(HEALTH, FIXTURE.byNotation(THEMES, "2").orElseThrow().id());
    assertEquals(EUROPE, FIXTURE.byNotation(REGIONS, "2").orElseThrow().id());
  }
}
