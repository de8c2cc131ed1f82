package dev.convene.core.taxonomy;

import static dev.convene.core.taxonomy.Fixture.HEALTH;
import static dev.convene.core.taxonomy.Fixture.HEALTH_INSURANCE;
import static dev.convene.core.taxonomy.Fixture.PENSIONS;
import static dev.convene.core.taxonomy.Fixture.REGIONS;
import static dev.convene.core.taxonomy.Fixture.SOCIAL_INSURANCE;
import static dev.convene.core.taxonomy.Fixture.THEMES;
import static dev.convene.core.taxonomy.Fixture.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.NotFoundException;
import dev.convene.core.ValidationException;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.SchemeId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TaxonomyChangeTest {
  private final Taxonomy taxonomy = Fixture.taxonomy();

  @Test
  @DisplayName("the empty taxonomy has nothing and accepts a first scheme")
  void empty() {
    assertEquals(List.of(), Taxonomy.empty().concepts());
    Taxonomy one = Taxonomy.empty().with(Fixture.schemes().getFirst());
    assertEquals(List.of(THEMES), one.schemes().stream().map(ConceptScheme::id).toList());
    assertEquals(List.of(), one.concepts(THEMES));
  }

  @Test
  @DisplayName("with(concept) replaces by id and re-indexes; the old taxonomy is unchanged")
  void replaces() {
    Concept relabelled = taxonomy.require(PENSIONS).withPrefLabel(Locale.ENGLISH, "Old-age pensions");
    Taxonomy changed = taxonomy.with(relabelled);
    assertEquals(List.of(PENSIONS), ids(changed.findByLabel("old‐age pensions")));
    assertEquals(List.of(), ids(changed.findByLabel("pensions")));
    assertEquals(List.of(PENSIONS), ids(taxonomy.findByLabel("pensions")));
    assertEquals(taxonomy.concepts().size(), changed.concepts().size());
    assertEquals(Fixture.taxonomy(), taxonomy);
  }

  @Test
  @DisplayName("a failed change throws and changes nothing")
  void allOrNothing() {
    Concept good = Concept.builder(ConceptId.of("energy"), THEMES).prefLabel("en", "Energy").build();
    Concept bad = taxonomy.require(HEALTH).withBroader(Set.of(HEALTH_INSURANCE)); // a cycle
    ValidationException e = assertThrows(ValidationException.class, () -> taxonomy.withAll(List.of(good, bad)));
    assertEquals("acyclic", e.rule());
    assertEquals(Fixture.taxonomy(), taxonomy);
    assertEquals(Optional.empty(), taxonomy.concept(ConceptId.of("energy")));
    assertEquals(List.of(), taxonomy.broader(HEALTH));
  }

  @Test
  @DisplayName("the same id twice in one batch is a duplicate")
  void duplicateInBatch() {
    Concept pensions = taxonomy.require(PENSIONS);
    ValidationException e = assertThrows(ValidationException.class,
        () -> taxonomy.withAll(List.of(pensions.withNotation("1.1.8"), pensions.withNotation("1.1.9"))));
    assertEquals("concept[pensions]", e.field());
    assertEquals("unique-concept", e.rule());
  }

  @Test
  @DisplayName("removing a concept that others still point to is rejected, naming the first of them")
  void removeReferenced() {
    ValidationException e = assertThrows(ValidationException.class, () -> taxonomy.without(SOCIAL_INSURANCE));
    assertEquals("concept[health-insurance].broader", e.field());
    assertEquals("known-concept", e.rule());
    assertThrows(NotFoundException.class, () -> taxonomy.without(ConceptId.of("unknown")));
  }

  @Test
  @DisplayName("removing a leaf, or a scheme with all its concepts")
  void removes() {
    Taxonomy withoutPensions = taxonomy.without(PENSIONS);
    assertEquals(Optional.empty(), withoutPensions.concept(PENSIONS));
    assertEquals(List.of(), withoutPensions.related(Fixture.OLD_AGE));
    Taxonomy themesOnly = taxonomy.without(REGIONS);
    assertEquals(9, themesOnly.concepts().size());
    assertEquals(List.of(THEMES), themesOnly.schemes().stream().map(ConceptScheme::id).toList());
    assertThrows(NotFoundException.class, () -> taxonomy.without(SchemeId.of("programmes")));
  }

  @Test
  @DisplayName("a new default language must be one every concept of the scheme is labelled in")
  void changeDefaultLanguage() {
    ConceptScheme regions = taxonomy.scheme(REGIONS).orElseThrow();
    ValidationException e = assertThrows(ValidationException.class,
        () -> taxonomy.with(regions.withDefaultLanguage(Locale.forLanguageTag("es"))));
    assertEquals("concept[west-africa].prefLabels", e.field());
    assertEquals("default-language-label", e.rule());
    Taxonomy english = taxonomy.with(regions.withDefaultLanguage(Locale.ENGLISH));
    assertEquals(Optional.of("West Africa"), english.label(Fixture.WEST_AFRICA, Locale.forLanguageTag("es")));
  }

  @Test
  @DisplayName("toBuilder adds to a copy; the original is untouched")
  void toBuilder() {
    Concept energy = Concept.builder(ConceptId.of("energy"), THEMES).prefLabel("en", "Energy").build();
    Taxonomy bigger = taxonomy.toBuilder().concept(energy).build();
    assertEquals(14, bigger.concepts().size());
    assertEquals(13, taxonomy.concepts().size());
    assertTrue(bigger.topConcepts(THEMES).contains(energy));
  }
}
