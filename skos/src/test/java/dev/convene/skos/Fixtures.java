package dev.convene.skos;

import dev.convene.core.model.ConceptId;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.SchemeId;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.ConceptScheme;
import dev.convene.core.taxonomy.Taxonomy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The fixture files of the tests, and the taxonomy mapping.* holds, written out by hand. */
final class Fixtures {
  static final String THEMES = "http://example.org/themes/";
  static final SchemeId SCHEME = SchemeId.of("scheme");
  static final Locale FR = Locale.FRENCH;
  static final Locale EN = Locale.ENGLISH;

  private Fixtures() {}

  /** The fixture file {@code name}, beside this class. */
  static InputStream open(String name) {
    InputStream in = Fixtures.class.getResourceAsStream(name);
    if (in == null) {
      throw new UncheckedIOException(new IOException("no fixture " + name));
    }
    return in;
  }

  /** Reads the fixture {@code name} with {@code options}. */
  static SkosImport read(String name, SkosFormat format, SkosOptions options) {
    try (InputStream in = open(name)) {
      return SkosReader.create(options).read(in, format, URI.create("http://example.org/base/"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads Turtle given as text. */
  static SkosImport turtle(String text, SkosOptions options) {
    String prefixes = "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n@prefix ex: <http://example.org/> .\n";
    return SkosReader.create(options).read(new ByteArrayInputStream((prefixes + text).getBytes(StandardCharsets.UTF_8)),
        SkosFormat.TURTLE, URI.create("http://example.org/"));
  }

  static ConceptId id(String value) {
    return ConceptId.of(value);
  }

  /** What mapping.ttl (and .nt, .rdf) hold when English and French are kept. */
  static Taxonomy mappingInEnglishAndFrench() {
    return Taxonomy.builder()
        .scheme(new ConceptScheme(SCHEME, LocalizedText.of(Map.of(EN, "Themes", FR, "Thèmes")), EN,
            Optional.of(URI.create(THEMES + "scheme")), 0))
        .concept(Concept.builder(id("society"), SCHEME).uri(URI.create(THEMES + "society"))
            .prefLabel(EN, "Society").prefLabel(FR, "Société").notation("1").build())
        .concept(Concept.builder(id("pensions"), SCHEME).uri(URI.create(THEMES + "pensions"))
            .prefLabel(EN, "Pensions").prefLabel(FR, "Retraites").altLabel(EN, "Retirement").hiddenLabel(EN, "Pensoins")
            .definition(EN, "Money paid in old age.").notation("1.1").broader(id("society")).related(id("work")).build())
        .concept(Concept.builder(id("work"), SCHEME).uri(URI.create(THEMES + "work")).prefLabel(EN, "Work").build())
        .concept(Concept.builder(id("old"), SCHEME).uri(URI.create(THEMES + "old")).prefLabel(EN, "Old age")
            .broader(id("society")).deprecated(true).build())
        .build();
  }
}
