package dev.convene.core.taxonomy;

import dev.convene.core.model.ConceptId;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.SchemeId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small multilingual taxonomy that the tests work out their expectations from by hand.
 *
 * <pre>
 * themes (default en)                         regions (default fr)
 *   1     social-protection                     1     africa
 *   1.1     social-insurance                    1.1     west-africa      (no es label)
 *   1.1.1     pensions                          1.1.1     cote-divoire
 *   1.1.2     health-insurance   (also 2)       2     europe
 *   1.1.3     long-term-care     (also 1.1.2)
 *   1.2     social-security
 *   1.9     old-age              (deprecated)
 *   2     health
 *   2.1     public-health
 * </pre>
 *
 * Related: health-insurance ~ public-health, pensions ~ old-age (each stated on one side only).
 * "Sécurité sociale" is the French preferred label of social-security and an alternative French
 * label of social-protection; "Social protecion" is a hidden misspelling of social-protection.
 */
final class Fixture {
  static final SchemeId THEMES = SchemeId.of("themes");
  static final SchemeId REGIONS = SchemeId.of("regions");

  static final ConceptId SOCIAL_PROTECTION = ConceptId.of("social-protection");
  static final ConceptId SOCIAL_INSURANCE = ConceptId.of("social-insurance");
  static final ConceptId PENSIONS = ConceptId.of("pensions");
  static final ConceptId HEALTH_INSURANCE = ConceptId.of("health-insurance");
  static final ConceptId LONG_TERM_CARE = ConceptId.of("long-term-care");
  static final ConceptId SOCIAL_SECURITY = ConceptId.of("social-security");
  static final ConceptId OLD_AGE = ConceptId.of("old-age");
  static final ConceptId HEALTH = ConceptId.of("health");
  static final ConceptId PUBLIC_HEALTH = ConceptId.of("public-health");
  static final ConceptId AFRICA = ConceptId.of("africa");
  static final ConceptId WEST_AFRICA = ConceptId.of("west-africa");
  static final ConceptId COTE_DIVOIRE = ConceptId.of("cote-divoire");
  static final ConceptId EUROPE = ConceptId.of("europe");

  private Fixture() {}

  static List<ConceptScheme> schemes() {
    return List.of(
        ConceptScheme.of(THEMES, LocalizedText.of(Map.of(Locale.ENGLISH, "Themes", Locale.FRENCH, "Thèmes")),
            Locale.ENGLISH),
        ConceptScheme.of(REGIONS, LocalizedText.of("fr", "Régions"), Locale.FRENCH));
  }

  static List<Concept> concepts() {
    return List.of(
        theme(SOCIAL_PROTECTION, "1", "Social protection", "Protection sociale", "Protección social")
            .altLabel("en", "Social welfare").altLabel("fr", "Sécurité sociale").hiddenLabel("en", "Social protecion")
            .definition("en", "Measures that protect people against social risks.").build(),
        theme(SOCIAL_INSURANCE, "1.1", "Social insurance", "Assurance sociale", "Seguro social")
            .broader(SOCIAL_PROTECTION).build(),
        theme(PENSIONS, "1.1.1", "Pensions", "Retraites", "Pensiones")
            .altLabel("en", "Retirement benefits").broader(SOCIAL_INSURANCE).related(OLD_AGE).build(),
        theme(HEALTH_INSURANCE, "1.1.2", "Health insurance", "Assurance maladie", "Seguro de salud")
            .altLabel("fr", "Assurance santé").altLabel("es", "Seguro médico")
            .broader(SOCIAL_INSURANCE, HEALTH).related(PUBLIC_HEALTH).build(),
        theme(LONG_TERM_CARE, "1.1.3", "Long-term care", "Soins de longue durée", "Cuidados de larga duración")
            .broader(HEALTH_INSURANCE, SOCIAL_INSURANCE).build(),
        theme(SOCIAL_SECURITY, "1.2", "Social security", "Sécurité sociale", "Seguridad social")
            .broader(SOCIAL_PROTECTION).build(),
        theme(OLD_AGE, "1.9", "Old age benefits", "Prestations de vieillesse", "Prestaciones de vejez")
            .broader(SOCIAL_PROTECTION).deprecated(true).build(),
        theme(HEALTH, "2", "Health", "Santé", "Salud").build(),
        theme(PUBLIC_HEALTH, "2.1", "Public health", "Santé publique", "Salud pública").broader(HEALTH).build(),
        region(AFRICA, "1", "Africa", "Afrique").prefLabel("es", "África").build(),
        region(WEST_AFRICA, "1.1", "West Africa", "Afrique de l'Ouest").broader(AFRICA).build(),
        region(COTE_DIVOIRE, "1.1.1", "Ivory Coast", "Côte d’Ivoire").prefLabel("es", "Costa de Marfil")
            .altLabel("en", "Côte d'Ivoire").broader(WEST_AFRICA).build(),
        region(EUROPE, "2", "Europe", "Europe").prefLabel("es", "Europa").build());
  }

  static Taxonomy taxonomy() {
    return Taxonomy.builder().schemes(schemes()).concepts(concepts()).build();
  }

  static ConceptBuilder theme(ConceptId id, String notation, String en, String fr, String es) {
    return Concept.builder(id, THEMES).notation(notation).prefLabel("en", en).prefLabel("fr", fr).prefLabel("es", es);
  }

  static ConceptBuilder region(ConceptId id, String notation, String en, String fr) {
    return Concept.builder(id, REGIONS).notation(notation).prefLabel("en", en).prefLabel("fr", fr);
  }

  static List<ConceptId> ids(List<Concept> concepts) {
    return concepts.stream().map(Concept::id).toList();
  }

  static List<List<ConceptId>> paths(List<List<Concept>> paths) {
    return paths.stream().map(Fixture::ids).toList();
  }
}
