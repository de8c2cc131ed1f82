package dev.convene.core.taxonomy;

import static dev.convene.core.taxonomy.Fixture.ids;
import static dev.convene.core.taxonomy.Fixture.paths;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.convene.core.model.ConceptId;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.SchemeId;
import dev.convene.core.taxonomy.TurtleReader.Literal;
import dev.convene.core.taxonomy.TurtleReader.Triple;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.jspecify.annotations.Nullable;

/**
 * Builds a taxonomy from the real UNESCO thesaurus (4,420 concepts labelled in English, French,
 * Spanish and Russian), read from {@code shared/data/unesco-thesaurus.ttl} beside the repository.
 * Skipped when the file is absent. Expected values were read from the file by hand.
 */
class UnescoThesaurusTest {
  private static final String FILE = "shared/data/unesco-thesaurus.ttl";
  private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
  private static final SchemeId UNESCO = SchemeId.of("unesco");
  private static final ConceptId SOCIAL_SECURITY = ConceptId.of("concept5090");

  private static final Optional<Path> LOCATION = locate();
  private static @Nullable Taxonomy loaded;

  private Taxonomy taxonomy = Taxonomy.empty();

  /** Skips each test, visibly, when the file is absent; reads it once for the whole class. */
  @BeforeEach
  void load() throws IOException {
    Assumptions.assumeTrue(LOCATION.isPresent(), FILE + " was not found beside the repository; skipping");
    if (loaded == null) {
      loaded = toTaxonomy(TurtleReader.read(LOCATION.orElseThrow()));
    }
    taxonomy = loaded;
  }

  /** Walks up from the working directory (the module when Maven runs the tests). */
  private static Optional<Path> locate() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(FILE);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static Taxonomy toTaxonomy(List<Triple> triples) {
    Map<String, ConceptBuilder> concepts = new LinkedHashMap<>();
    for (Triple t : triples) {
      if (t.predicate().equals(TurtleReader.RDF_TYPE) && t.object().equals(SKOS + "Concept")) {
        concepts.put(t.subject(), Concept.builder(id(t.subject()), UNESCO));
      }
    }
    for (Triple t : triples) {
      ConceptBuilder concept = concepts.get(t.subject());
      if (concept == null || !t.predicate().startsWith(SKOS)) {
        continue;
      }
      switch (t.predicate().substring(SKOS.length())) {
        case "prefLabel" -> concept.prefLabel(((Literal) t.object()).language(), ((Literal) t.object()).text());
        case "altLabel" -> concept.altLabel(((Literal) t.object()).language(), ((Literal) t.object()).text());
        case "broader" -> concept.broader(id((String) t.object()));
        case "related" -> concept.related(id((String) t.object()));
        default -> { } // narrower is the inverse of broader; notes and collections are not needed here
      }
    }
    return Taxonomy.builder()
        .scheme(ConceptScheme.of(UNESCO, LocalizedText.of("en", "UNESCO Thesaurus"), Locale.ENGLISH))
        .concepts(concepts.values().stream().map(ConceptBuilder::build).toList())
        .build();
  }

  private static ConceptId id(String iri) {
    return ConceptId.of(iri.substring(iri.lastIndexOf('/') + 1));
  }

  private static ConceptId c(String id) {
    return ConceptId.of(id);
  }

  @Test
  @DisplayName("every concept of the thesaurus is in the taxonomy")
  void size() {
    assertEquals(4420, taxonomy.concepts().size());
    assertEquals(4420, taxonomy.concepts(UNESCO).size());
    assertEquals(Optional.of("Sécurité sociale"), taxonomy.label(SOCIAL_SECURITY, Locale.FRENCH));
  }

  @Test
  @DisplayName("real French and Spanish labels match without accents or case")
  void accentInsensitiveLabels() {
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
    assertEquals(List.of(c("concept3119"), c("concept8104")), ids(taxonomy.narrower(SOCIAL_SECURITY)));
    assertEquals(List.of(SOCIAL_SECURITY, c("concept414")), ids(taxonomy.ancestors(c("concept8104"))));
    // India is under both South Asia and the E-9 countries
    assertEquals(List.of(List.of(c("concept17100"), c("concept12233")), List.of(c("concept867"), c("concept12233"))),
        paths(taxonomy.pathsToTop(c("concept12233"), 10)));
    // the E-9 countries have no Russian label: English, the scheme's default language
    assertEquals(Optional.of("E-9 countries"), taxonomy.label(c("concept17100"), Locale.forLanguageTag("ru")));
  }
}
