package dev.convene.skos;

import static dev.convene.skos.Fixtures.EN;
import static dev.convene.skos.Fixtures.FR;
import static dev.convene.skos.Fixtures.THEMES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.model.ConceptId;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.SchemeId;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.ConceptScheme;
import dev.convene.core.taxonomy.Taxonomy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.OWL;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The writer: what it states, and that what it writes reads back equal. */
class SkosWriterTest {
  private static final SimpleValueFactory VALUES = SimpleValueFactory.getInstance();

  private static byte[] write(SkosWriter writer, Taxonomy taxonomy, SkosFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(taxonomy, out, format);
    return out.toByteArray();
  }

  private static IRI iri(String value) {
    return VALUES.createIRI(value);
  }

  @ParameterizedTest
  @EnumSource(SkosFormat.class)
  @DisplayName("a taxonomy written and read back is equal, in every syntax")
  void roundTrip(SkosFormat format) {
    Taxonomy taxonomy = Fixtures.mappingInEnglishAndFrench();
    byte[] written = write(SkosWriter.create(), taxonomy, format);
    SkosImport read = SkosReader.create().read(new ByteArrayInputStream(written), format, URI.create(THEMES));
    assertEquals(taxonomy, read.taxonomy());
    assertEquals(List.of(), read.report().skipped());
  }

  @Test
  @DisplayName("narrower is written as well as broader, with top concepts both ways and deprecation")
  void statements() throws IOException {
    byte[] written = write(SkosWriter.create(), Fixtures.mappingInEnglishAndFrench(), SkosFormat.TURTLE);
    Model model = Rio.parse(new ByteArrayInputStream(written), THEMES, RDFFormat.TURTLE);
    assertTrue(model.contains(iri(THEMES + "pensions"), SKOS.BROADER, iri(THEMES + "society")));
    assertTrue(model.contains(iri(THEMES + "society"), SKOS.NARROWER, iri(THEMES + "pensions")));
    assertTrue(model.contains(iri(THEMES + "society"), SKOS.NARROWER, iri(THEMES + "old")));
    assertTrue(model.contains(iri(THEMES + "scheme"), SKOS.HAS_TOP_CONCEPT, iri(THEMES + "work")));
    assertTrue(model.contains(iri(THEMES + "work"), SKOS.TOP_CONCEPT_OF, iri(THEMES + "scheme")));
    assertFalse(model.contains(iri(THEMES + "old"), SKOS.TOP_CONCEPT_OF, null));
    assertTrue(model.contains(iri(THEMES + "old"), OWL.DEPRECATED, VALUES.createLiteral(true)));
    assertTrue(model.contains(iri(THEMES + "pensions"), SKOS.HIDDEN_LABEL, VALUES.createLiteral("Pensoins", "en")));
    assertTrue(model.contains(iri(THEMES + "pensions"), SKOS.NOTATION, VALUES.createLiteral("1.1")));
  }

  @Test
  @DisplayName("schemes and concepts without a URI get one under the namespace; only selected schemes are written")
  void mintedUrisAndSelection(@TempDir Path dir) throws IOException {
    SchemeId topics = SchemeId.of("topics");
    SchemeId other = SchemeId.of("other");
    Taxonomy taxonomy = Taxonomy.builder()
        .scheme(ConceptScheme.of(topics, LocalizedText.of(FR, "Sujets"), FR))
        .scheme(ConceptScheme.of(other, LocalizedText.of(EN, "Other"), EN))
        .concept(Concept.builder(ConceptId.of("eau douce"), topics).prefLabel(FR, "Eau douce").build())
        .concept(Concept.builder(ConceptId.of("x"), other).prefLabel(EN, "X").build())
        .build();
    Path file = dir.resolve("topics.rdf");
    SkosWriter.create(SkosOptions.defaults().withNamespace(URI.create("http://example.org/t/"))).onlySchemes(topics)
        .write(taxonomy, file);
    Model model;
    try (InputStream in = Files.newInputStream(file)) {
      model = Rio.parse(in, "", RDFFormat.RDFXML);
    }
    assertTrue(model.contains(iri("http://example.org/t/concept/eau%20douce"), SKOS.IN_SCHEME,
        iri("http://example.org/t/scheme/topics")));
    assertFalse(model.contains(iri("http://example.org/t/concept/x"), null, null));
    Taxonomy read = SkosReader.create(SkosOptions.defaults().withDefaultLanguage(FR)).read(file).taxonomy();
    assertEquals("Eau douce", read.label(ConceptId.of("eau douce"), Locale.FRENCH).orElseThrow());
  }
}
