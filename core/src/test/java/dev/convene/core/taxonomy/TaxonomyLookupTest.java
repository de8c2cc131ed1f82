package dev.convene.core.taxonomy;

import static dev.convene.core.taxonomy.Fixture.AFRICA;
import static dev.convene.core.taxonomy.Fixture.COTE_DIVOIRE;
import static dev.convene.core.taxonomy.Fixture.EUROPE;
import static dev.convene.core.taxonomy.Fixture.HEALTH;
import static dev.convene.core.taxonomy.Fixture.HEALTH_INSURANCE;
import static dev.convene.core.taxonomy.Fixture.LONG_TERM_CARE;
import static dev.convene.core.taxonomy.Fixture.OLD_AGE;
import static dev.convene.core.taxonomy.Fixture.PENSIONS;
import static dev.convene.core.taxonomy.Fixture.PUBLIC_HEALTH;
import static dev.convene.core.taxonomy.Fixture.REGIONS;
import static dev.convene.core.taxonomy.Fixture.SOCIAL_INSURANCE;
import static dev.convene.core.taxonomy.Fixture.SOCIAL_PROTECTION;
import static dev.convene.core.taxonomy.Fixture.SOCIAL_SECURITY;
import static dev.convene.core.taxonomy.Fixture.THEMES;
import static dev.convene.core.taxonomy.Fixture.WEST_AFRICA;
import static dev.convene.core.taxonomy.Fixture.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.NotFoundException;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.SchemeId;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaxonomyLookupTest {
  private static final Taxonomy TAXONOMY = Fixture.taxonomy();
  private static final ConceptId UNKNOWN = ConceptId.of("unknown");

  @Test
  @DisplayName("concepts and schemes come by id")
  void byId() {
    assertEquals(Optional.of("Pensions"), TAXONOMY.concept(PENSIONS).flatMap(c -> c.prefLabels().get(Locale.ENGLISH)));
    assertEquals(PENSIONS, TAXONOMY.require(PENSIONS).id());
    assertEquals(Optional.empty(), TAXONOMY.concept(UNKNOWN));
    assertThrows(NotFoundException.class, () -> TAXONOMY.require(UNKNOWN));
    assertEquals(Locale.FRENCH, TAXONOMY.scheme(REGIONS).orElseThrow().defaultLanguage());
    assertEquals(Optional.empty(), TAXONOMY.scheme(SchemeId.of("programmes")));
    assertEquals(List.of(REGIONS, THEMES), TAXONOMY.schemes().stream().map(ConceptScheme::id).toList());
  }

  @Test
  @DisplayName("concepts list by id, in all schemes or in one")
  void lists() {
    assertEquals(List.of(AFRICA, COTE_DIVOIRE, EUROPE, HEALTH, HEALTH_INSURANCE, LONG_TERM_CARE, OLD_AGE, PENSIONS,
        PUBLIC_HEALTH, SOCIAL_INSURANCE, SOCIAL_PROTECTION, SOCIAL_SECURITY, WEST_AFRICA), ids(TAXONOMY.concepts()));
    assertEquals(List.of(AFRICA, COTE_DIVOIRE, EUROPE, WEST_AFRICA), ids(TAXONOMY.concepts(REGIONS)));
    assertEquals(List.of(HEALTH, SOCIAL_PROTECTION), ids(TAXONOMY.topConcepts(THEMES)));
    assertEquals(List.of(AFRICA, EUROPE), ids(TAXONOMY.topConcepts(REGIONS)));
    assertThrows(NotFoundException.class, () -> TAXONOMY.concepts(SchemeId.of("programmes")));
    assertThrows(NotFoundException.class, () -> TAXONOMY.topConcepts(SchemeId.of("programmes")));
  }

  @Test
  @DisplayName("notations are looked up exactly, within one scheme")
  void byNotation() {
    assertEquals(Optional.of(HEALTH_INSURANCE), TAXONOMY.byNotation(THEMES, "1.1.2").map(Concept::id));
    assertEquals(Optional.of(COTE_DIVOIRE), TAXONOMY.byNotation(REGIONS, "1.1.1").map(Concept::id));
    assertEquals(Optional.empty(), TAXONOMY.byNotation(THEMES, "9"));
    assertEquals(Optional.empty(), TAXONOMY.byNotation(THEMES, " 1.1.2"));
    assertEquals(Optional.empty(), TAXONOMY.byNotation(SchemeId.of("programmes"), "1"));
  }

  @Test
  @DisplayName("concepts and schemes are looked up by their URI, exactly")
  void byUri() {
    URI health = URI.create("http://example.org/concepts/health");
    URI themes = URI.create("http://example.org/schemes/themes");
    Taxonomy withUris = TAXONOMY.with(TAXONOMY.require(HEALTH_INSURANCE).withUri(health))
        .with(TAXONOMY.scheme(THEMES).orElseThrow().withUri(themes));
    assertEquals(Optional.of(HEALTH_INSURANCE), withUris.byUri(health).map(Concept::id));
    assertEquals(Optional.of(THEMES), withUris.schemeByUri(themes).map(ConceptScheme::id));
    assertEquals(Optional.empty(), withUris.byUri(URI.create("http://example.org/concepts/Health")));
    assertEquals(Optional.empty(), withUris.byUri(themes));
    assertEquals(Optional.empty(), TAXONOMY.byUri(health));
  }

  @DisplayName("labels match in any language, whatever the case, accents and spacing")
  @ParameterizedTest(name = "\"{0}\" finds {1}")
  @CsvSource(delimiter = '|', value = {
      "Social protection|social-protection",
      "social protection|social-protection",
      "Protection sociale|social-protection",
      "PROTECTION SOCIALE|social-protection",
      "  protection   sociale |social-protection",
      "Protección social|social-protection",
      "PROTECCIÓN SOCIAL|social-protection",
      "proteccion social|social-protection",
      "social welfare|social-protection",
      "Social protecion|social-protection",
      "Seguridad social|social-security",
      "assurance sante|health-insurance",
      "SEGURO MÉDICO|health-insurance",
      "seguro de salud|health-insurance",
      "long–term care|long-term-care",
      "soins de longue duree|long-term-care",
      "Salud publica|public-health",
      "retirement benefits|pensions",
      "retraites|pensions",
      "cote d'ivoire|cote-divoire",
      "Côte d’Ivoire|cote-divoire",
      "afrique de l’ouest|west-africa",
      "AFRICA|africa",
      "europa|europe",
  })
  void findsByLabel(String text, String id) {
    assertEquals(List.of(ConceptId.of(id)), ids(TAXONOMY.findByLabel(text)));
  }

  @Test
  @DisplayName("a label shared by concepts finds all, preferred-label matches first")
  void sharedLabel() {
    // social-security's preferred French label; social-protection's alternative one
    List<ConceptId> expected = List.of(SOCIAL_SECURITY, SOCIAL_PROTECTION);
    assertEquals(expected, ids(TAXONOMY.findByLabel("Sécurité sociale")));
    assertEquals(expected, ids(TAXONOMY.findByLabel("securite sociale")));
    assertEquals(expected, ids(TAXONOMY.findByLabel("SÉCURITÉ SOCIALE")));
  }

  @Test
  @DisplayName("a language restricts the labels that match; regional variants count as the language")
  void inLanguage() {
    assertEquals(List.of(SOCIAL_PROTECTION), ids(TAXONOMY.findByLabel("protection sociale", Locale.FRENCH)));
    assertEquals(List.of(SOCIAL_PROTECTION), ids(TAXONOMY.findByLabel("protection sociale", Locale.CANADA_FRENCH)));
    assertEquals(List.of(), ids(TAXONOMY.findByLabel("protection sociale", Locale.ENGLISH)));
    assertEquals(List.of(), ids(TAXONOMY.findByLabel("social protection", Locale.FRENCH)));
    assertEquals(List.of(SOCIAL_SECURITY), ids(TAXONOMY.findByLabel("social security", Locale.ENGLISH)));
    assertEquals(List.of(SOCIAL_SECURITY, SOCIAL_PROTECTION),
        ids(TAXONOMY.findByLabel("securite sociale", Locale.FRENCH)));
    assertEquals(List.of(HEALTH_INSURANCE), ids(TAXONOMY.findByLabel("seguro medico", Locale.forLanguageTag("es"))));
  }

  @Test
  @DisplayName("only whole labels match, and blank text finds nothing")
  void noPartialMatches() {
    assertEquals(List.of(), TAXONOMY.findByLabel("social"));
    assertEquals(List.of(), TAXONOMY.findByLabel("insurance"));
    assertEquals(List.of(), TAXONOMY.findByLabel("   "));
  }

  @Test
  @DisplayName("deprecated concepts still resolve by id, notation and label")
  void deprecated() {
    assertTrue(TAXONOMY.require(OLD_AGE).deprecated());
    assertEquals(Optional.of(OLD_AGE), TAXONOMY.byNotation(THEMES, "1.9").map(Concept::id));
    assertEquals(List.of(OLD_AGE), ids(TAXONOMY.findByLabel("prestations de vieillesse")));
  }

  @Test
  @DisplayName("related is symmetric even when one side states it")
  void related() {
    assertEquals(List.of(PUBLIC_HEALTH), ids(TAXONOMY.related(HEALTH_INSURANCE)));
    assertEquals(List.of(HEALTH_INSURANCE), ids(TAXONOMY.related(PUBLIC_HEALTH)));
    assertEquals(List.of(PENSIONS), ids(TAXONOMY.related(OLD_AGE)));
    assertEquals(List.of(), ids(TAXONOMY.related(HEALTH)));
  }

  @Test
  @DisplayName("labels resolve in the requested language, then the scheme's default language")
  void labels() {
    assertEquals(Optional.of("Retraites"), TAXONOMY.label(PENSIONS, Locale.FRENCH));
    assertEquals(Optional.of("Retraites"), TAXONOMY.label(PENSIONS, Locale.CANADA_FRENCH));
    assertEquals(Optional.of("Pensiones"), TAXONOMY.label(PENSIONS, Locale.forLanguageTag("es")));
    // no German label: the themes' default language, English
    assertEquals(Optional.of("Pensions"), TAXONOMY.label(PENSIONS, Locale.GERMAN));
    // no Spanish label: the regions' default language, French, before English
    assertEquals(Optional.of("Afrique de l'Ouest"), TAXONOMY.label(WEST_AFRICA, Locale.forLanguageTag("es")));
    assertEquals(Optional.of("West Africa"), TAXONOMY.label(WEST_AFRICA, Locale.ENGLISH));
    assertEquals(Optional.empty(), TAXONOMY.label(UNKNOWN, Locale.ENGLISH));
  }
}
