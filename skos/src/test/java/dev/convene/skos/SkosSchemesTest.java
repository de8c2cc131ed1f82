package dev.convene.skos;

import static dev.convene.skos.Fixtures.EN;
import static dev.convene.skos.Fixtures.FR;
import static dev.convene.skos.Fixtures.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.ValidationException;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.SchemeId;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.ConceptScheme;
import dev.convene.core.taxonomy.Taxonomy;
import dev.convene.skos.SkosReport.Reason;
import dev.convene.skos.SkosReport.Skipped;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Which scheme a concept goes to, the schemes kept, titles, ids and default languages: schemes.ttl,
 * and the same statements in schemes.nt and schemes.rdf.
 */
class SkosSchemesTest {
  private static final SchemeId A = SchemeId.of("a");
  private static final SchemeId B = SchemeId.of("b");
  private static final SchemeId CONCEPTS = SchemeId.of("concepts");
  private static final String LEFT_OUT = "left out by the options, with the concepts only it holds";

  private static SkosImport read(SkosFormat format, SkosOptions options) {
    return Fixtures.read("schemes" + format.extensions().getFirst(), format, options);
  }

  private static SchemeId schemeOf(Taxonomy taxonomy, String concept) {
    return taxonomy.concept(id(concept)).orElseThrow().scheme();
  }

  @ParameterizedTest
  @EnumSource(SkosFormat.class)
  @DisplayName("a concept in two schemes goes to the first; one in none to the default scheme, in its majority language")
  void everyScheme(SkosFormat format) {
    SkosImport read = read(format, SkosOptions.defaults());
    Taxonomy taxonomy = read.taxonomy();
    assertEquals(List.of(
        // rdfs:label for A; dc:title before skos:prefLabel for B
        new ConceptScheme(A, LocalizedText.of("en", "Scheme A"), EN, Optional.of(URI.create("http://example.org/a")), 0),
        new ConceptScheme(B, LocalizedText.of("fr", "Schème B"), EN, Optional.of(URI.create("http://example.org/b")), 0),
        // Trois and Quatre against Three: French
        ConceptScheme.of(CONCEPTS, LocalizedText.of("fr", "concepts"), FR)), taxonomy.schemes());
    assertEquals(A, schemeOf(taxonomy, "one"));
    assertEquals(B, schemeOf(taxonomy, "two"));
    assertEquals(B, schemeOf(taxonomy, "five"));
    assertEquals(CONCEPTS, schemeOf(taxonomy, "three"));
    assertEquals(CONCEPTS, schemeOf(taxonomy, "four"));
    assertEquals(Set.of(id("one")), taxonomy.concept(id("two")).orElseThrow().related());
    assertEquals(List.of(new Skipped(Reason.EXTRA_SCHEME, "http://example.org/one", 1,
        "kept in http://example.org/a; also in [http://example.org/b]")), read.report().skipped(Reason.EXTRA_SCHEME));
    assertEquals(List.of(), read.report().skipped(Reason.SCHEME_NOT_KEPT));
  }

  @ParameterizedTest
  @EnumSource(SkosFormat.class)
  @DisplayName("keeping scheme B puts the concept of both in B and reports A as not kept")
  void onlyB(SkosFormat format) {
    SkosImport read = read(format, SkosOptions.defaults().withSchemes(URI.create("http://example.org/b")));
    assertEquals(B, schemeOf(read.taxonomy(), "one"));
    assertEquals(List.of(B, CONCEPTS), read.taxonomy().schemes().stream().map(ConceptScheme::id).toList());
    assertEquals(List.of(new Skipped(Reason.SCHEME_NOT_KEPT, "http://example.org/a", 0, LEFT_OUT)),
        read.report().skipped(Reason.SCHEME_NOT_KEPT));
    assertEquals(List.of(), read.report().skipped(Reason.EXTRA_SCHEME));
  }

  @ParameterizedTest
  @EnumSource(SkosFormat.class)
  @DisplayName("keeping scheme A leaves out the concepts only in B, and their links")
  void onlyA(SkosFormat format) {
    SkosImport read = read(format, SkosOptions.defaults().withSchemes(URI.create("http://example.org/a")));
    assertEquals(Optional.empty(), read.taxonomy().concept(id("two")));
    assertEquals(Optional.empty(), read.taxonomy().concept(id("five")));
    assertEquals(3, read.report().concepts());
    assertEquals(List.of(new Skipped(Reason.SCHEME_NOT_KEPT, "http://example.org/b", 2, LEFT_OUT)),
        read.report().skipped(Reason.SCHEME_NOT_KEPT));
  }

  @ParameterizedTest
  @EnumSource(SkosFormat.class)
  @DisplayName("ids can be the full URI, and the default scheme can be named")
  void idsAndDefaultScheme(SkosFormat format) {
    Taxonomy taxonomy = read(format, SkosOptions.defaults().withIds(SkosOptions.FULL_URI)
        .withDefaultScheme(SchemeId.of("misc"))).taxonomy();
    Concept one = taxonomy.concept(ConceptId.of("http://example.org/one")).orElseThrow();
    assertEquals(SchemeId.of("http://example.org/a"), one.scheme());
    assertEquals(SchemeId.of("misc"), taxonomy.concept(ConceptId.of("http://example.org/four")).orElseThrow().scheme());
  }

  @ParameterizedTest
  @EnumSource(SkosFormat.class)
  @DisplayName("with English as every scheme's default language, the concept labelled only in French is refused")
  void defaultLanguage(SkosFormat format) {
    ValidationException e = assertThrows(ValidationException.class,
        () -> read(format, SkosOptions.defaults().withDefaultLanguage(EN)));
    assertEquals("concept[four].prefLabels", e.field());
    assertEquals("default-language-label", e.rule());
  }

  @ParameterizedTest
  @EnumSource(SkosFormat.class)
  @DisplayName("keeping French and Spanish reports the English labels as not kept")
  void languages(SkosFormat format) {
    SkosImport read = read(format, SkosOptions.defaults().withLanguages(FR, Locale.forLanguageTag("es"))
        .withSchemes(URI.create("http://example.org/nothing")));
    // no named scheme is kept: only three and four, which name none, are read, into the default scheme
    assertEquals(Map.of("fr", 2, "es", 1), read.report().labels());
    assertEquals(Map.of("en", 1), read.report().counts(Reason.LANGUAGE_NOT_KEPT));
  }
}
