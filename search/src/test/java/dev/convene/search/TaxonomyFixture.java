package dev.convene.search;

import dev.convene.core.model.ConceptId;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.SchemeId;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.ConceptScheme;
import dev.convene.core.taxonomy.Taxonomy;
import java.util.Locale;

/** A small bilingual taxonomy: social protection, with pensions and unemployment under it. */
final class TaxonomyFixture {
  static final SchemeId THEMES = SchemeId.of("themes");
  static final ConceptId SOCIAL = ConceptId.of("social-protection");
  static final ConceptId PENSIONS = ConceptId.of("pensions");
  static final ConceptId UNEMPLOYMENT = ConceptId.of("unemployment");
  static final ConceptId HEALTH = ConceptId.of("health");

  private TaxonomyFixture() {}

  static Taxonomy taxonomy() {
    return Taxonomy.builder()
        .scheme(ConceptScheme.of(THEMES, LocalizedText.of("en", "Themes"), Locale.ENGLISH))
        .concept(Concept.builder(SOCIAL, THEMES).prefLabel("en", "Social protection")
            .prefLabel("fr", "Protection sociale").prefLabel("es", "Protección social").build())
        .concept(Concept.builder(PENSIONS, THEMES).prefLabel("en", "Pensions").prefLabel("fr", "Retraites")
            .altLabel("en", "Old-age benefits").broader(SOCIAL).build())
        .concept(Concept.builder(UNEMPLOYMENT, THEMES).prefLabel("en", "Unemployment").prefLabel("fr", "Chômage")
            .broader(SOCIAL).build())
        .concept(Concept.builder(HEALTH, THEMES).prefLabel("en", "Health").prefLabel("fr", "Santé")
            .hiddenLabel("en", "helth").build())
        .build();
  }
}
