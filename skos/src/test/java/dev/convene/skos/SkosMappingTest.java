package dev.convene.skos;

import static dev.convene.skos.Fixtures.EN;
import static dev.convene.skos.Fixtures.FR;
import static dev.convene.skos.Fixtures.THEMES;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.convene.skos.SkosReport.Reason;
import dev.convene.skos.SkosReport.Skipped;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every mapping rule and most report reasons, read from the same hand-written statements in each
 * syntax: mapping.ttl, mapping.nt and mapping.rdf.
 */
class SkosMappingTest {
  private static final SkosOptions EN_FR = SkosOptions.defaults().withLanguages(EN, FR);

  @ParameterizedTest(name = "{0}")
  @CsvSource({"mapping.ttl, TURTLE", "mapping.nt, N_TRIPLES", "mapping.rdf, RDF_XML"})
  @DisplayName("schemes, concepts, labels, notation, definition, links both ways and deprecation are read")
  void mapping(String file, SkosFormat format) {
    assertEquals(Fixtures.mappingInEnglishAndFrench(), Fixtures.read(file, format, EN_FR).taxonomy());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"mapping.ttl, TURTLE", "mapping.nt, N_TRIPLES", "mapping.rdf, RDF_XML"})
  @DisplayName("the report counts what was kept and lists what was skipped, and why")
  void report(String file, SkosFormat format) {
    SkosReport report = Fixtures.read(file, format, EN_FR).report();
    assertEquals(1, report.schemes());
    assertEquals(4, report.concepts());
    // en: Society, Pensions, Retirement, Pensoins, Work, Old age; fr: Société, Retraites
    assertEquals(Map.of("en", 6, "fr", 2), report.labels());
    // pensions broader society (stated as society narrower pensions), old broader society, pensions related work
    assertEquals(3, report.links());
    assertEquals(Map.of("http://purl.org/dc/terms/modified", 1, "http://www.w3.org/2004/02/skos/core#scopeNote", 1),
        report.counts(Reason.UNKNOWN_PROPERTY));
    assertEquals(Map.of("ru", 2), report.counts(Reason.LANGUAGE_NOT_KEPT)); // the scheme's title, a label
    assertEquals(List.of(
        new Skipped(Reason.DANGLING_LINK, THEMES + "pensions", 1, "skos:related " + THEMES + "elsewhere"),
        new Skipped(Reason.DANGLING_LINK, THEMES + "work", 1, "skos:broader " + THEMES + "missing")),
        report.skipped(Reason.DANGLING_LINK));
    assertEquals(List.of(new Skipped(Reason.COLLECTION, THEMES + "groups", 2, "the taxonomy holds no collections")),
        report.skipped(Reason.COLLECTION));
    assertEquals(1, report.skipped(Reason.BLANK_NODE).size());
    assertEquals(List.of(), report.skipped(Reason.EXTRA_SCHEME));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"mapping.ttl, TURTLE", "mapping.nt, N_TRIPLES", "mapping.rdf, RDF_XML"})
  @DisplayName("with every language kept, the Russian label and title are read too")
  void everyLanguage(String file, SkosFormat format) {
    SkosImport read = Fixtures.read(file, format, SkosOptions.defaults());
    Locale ru = Locale.forLanguageTag("ru");
    assertEquals("Пенсии", read.taxonomy().concept(Fixtures.id("pensions")).orElseThrow().prefLabels().get(ru)
        .orElseThrow());
    assertEquals("Темы", read.taxonomy().scheme(Fixtures.SCHEME).orElseThrow().title().get(ru).orElseThrow());
    assertEquals(Map.of("en", 6, "fr", 2, "ru", 1), read.report().labels());
    assertEquals(Map.of(), read.report().counts(Reason.LANGUAGE_NOT_KEPT));
  }
}
