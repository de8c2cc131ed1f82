package dev.convene.skos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.convene.core.model.ConceptId;
import dev.convene.core.model.SchemeId;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.Taxonomy;
import dev.convene.skos.SkosReport.Reason;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The real UNESCO thesaurus (4,420 concepts labelled in English, French, Spanish and Russian) read
 * keeping English, French and Spanish. Expected values were read from the file by hand (labels,
 * hierarchy) or counted in it with a throwaway script independent of this module (report counts).
 */
class UnescoThesaurusTest {
  private static final SchemeId UNESCO = SchemeId.of("thesaurus");
  private static final ConceptId SOCIAL_SECURITY = ConceptId.of("concept5090");

  private static Taxonomy taxonomy() {
    return UnescoThesaurus.read().taxonomy();
  }

  private static List<ConceptId> ids(List<Concept> concepts) {
    return concepts.stream().map(Concept::id).toList();
  }

  private static ConceptId c(String id) {
    return ConceptId.of(id);
  }

  @Test
  @DisplayName("every concept of the thesaurus is in the taxonomy, in its one scheme")
  void size() {
    assertEquals(4420, taxonomy().concepts().size());
    assertEquals(4420, taxonomy().concepts(UNESCO).size());
    assertEquals(Locale.ENGLISH, taxonomy().scheme(UNESCO).orElseThrow().defaultLanguage());
    assertEquals(Optional.of("Sécurité sociale"), taxonomy().label(SOCIAL_SECURITY, Locale.FRENCH));
    assertEquals(Optional.of("UNESCO Thesaurus"), taxonomy().scheme(UNESCO).orElseThrow().title().get(Locale.ENGLISH));
  }

  @Test
  @DisplayName("real French and Spanish labels match without accents or case")
  void accentInsensitiveLabels() {
    Taxonomy taxonomy = taxonomy();
    assertEquals(List.of(SOCIAL_SECURITY), ids(taxonomy.findByLabel("securite sociale")));
    assertEquals(List.of(SOCIAL_SECURITY), ids(taxonomy.findByLabel("SEGURIDAD SOCIAL", Locale.forLanguageTag("es"))));
    assertEquals(List.of(), ids(taxonomy.findByLabel("securite sociale", Locale.ENGLISH)));
    assertEquals(List.of(SOCIAL_SECURITY), ids(taxonomy.findByLabel("assurance maladie")));
    assertEquals(List.of(c("concept10")), ids(taxonomy.findByLabel("DROIT A L'EDUCATION")));
    assertEquals(List.of(c("concept10")), ids(taxonomy.findByLabel("derecho a la educacion")));
    assertEquals(List.of(c("concept17100")), ids(taxonomy.findByLabel("pays de l’e-9")));
  }

  @Test
  @DisplayName("the hierarchy, with polyhierarchy, and the default-language fallback")
  void hierarchy() {
    Taxonomy taxonomy = taxonomy();
    assertEquals(List.of(c("concept3119"), c("concept8104")), ids(taxonomy.narrower(SOCIAL_SECURITY)));
    assertEquals(List.of(SOCIAL_SECURITY, c("concept414")), ids(taxonomy.ancestors(c("concept8104"))));
    // India is under both South Asia and the E-9 countries
    assertEquals(List.of(List.of(c("concept17100"), c("concept12233")), List.of(c("concept867"), c("concept12233"))),
        taxonomy.pathsToTop(c("concept12233"), 10).stream().map(UnescoThesaurusTest::ids).toList());
    // Russian is not kept: English, the scheme's default language
    assertEquals(Optional.of("E-9 countries"), taxonomy.label(c("concept17100"), Locale.forLanguageTag("ru")));
  }

  @Test
  @DisplayName("the report: labels per language, links, Russian not kept, collections and unknown properties")
  void report() {
    SkosReport report = UnescoThesaurus.read().report();
    assertEquals(1, report.schemes());
    assertEquals(4420, report.concepts());
    assertEquals(Map.of("en", 7236, "fr", 8705, "es", 8701), report.labels());
    // 4,264 broader links (skos:broader and skos:narrower merged) and 12,220 related ones
    assertEquals(16484, report.links());
    // 4,377 preferred and 2,604 alternative labels of concepts, and the scheme's dct:title and skos:prefLabel
    assertEquals(Map.of("ru", 6983), report.counts(Reason.LANGUAGE_NOT_KEPT));
    assertEquals(95, report.skipped(Reason.COLLECTION).size());
    Map<String, Integer> unknown = report.counts(Reason.UNKNOWN_PROPERTY);
    assertEquals(2576, unknown.get("http://www.w3.org/2004/02/skos/core#scopeNote"));
    assertEquals(4421, unknown.get("http://purl.org/dc/terms/modified"));
    assertEquals(1, unknown.get("http://www.w3.org/2002/07/owl#imports"));
    assertEquals(List.of(), report.skipped(Reason.DANGLING_LINK));
  }
}
