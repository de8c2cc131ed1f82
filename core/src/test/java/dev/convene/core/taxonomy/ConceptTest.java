package dev.convene.core.taxonomy;

import static dev.convene.core.taxonomy.Fixture.THEMES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.ValidationException;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.LocalizedText;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConceptTest {
  private static final ConceptId X = ConceptId.of("x");
  private static final ConceptId Y = ConceptId.of("y");

  private static ConceptBuilder x() {
    return Concept.builder(X, THEMES).prefLabel("en", "Pensions");
  }

  static Stream<Arguments> brokenConcepts() {
    return Stream.of(
        row("broader than itself", () -> x().broader(X).build(), "concept[x].broader", "not-self"),
        row("related to itself", () -> x().related(X).build(), "concept[x].related", "not-self"),
        row("both broader and related (S27)", () -> x().broader(Y).related(Y).build(), "concept[x].related",
            "related-not-broader"),
        row("preferred label also alternative (S13)", () -> x().altLabel("en", "Pensions").build(),
            "concept[x].altLabels[en]", "distinct-labels"),
        row("preferred label also hidden (S13)", () -> x().hiddenLabel("en", "Pensions").build(),
            "concept[x].hiddenLabels[en]", "distinct-labels"),
        row("alternative label also hidden (S13)", () -> x().altLabel("fr", "Retraite").hiddenLabel("fr", "Retraite")
            .build(), "concept[x].hiddenLabels[fr]", "distinct-labels"),
        row("no preferred label", () -> Concept.builder(X, THEMES).build(), "concept[x].prefLabels", "required"),
        row("blank alternative label", () -> x().altLabel("en", " ").build(), "concept[x].altLabels[en]",
            "not-blank"),
        row("blank preferred label", () -> Concept.builder(X, THEMES).prefLabel("fr", " ").build(),
            "concept[x].prefLabels[fr]", "not-blank"),
        row("blank definition", () -> x().definition("en", "  ").build(), "concept[x].definition[en]", "not-blank"),
        row("label too long", () -> x().prefLabel("fr", "a".repeat(1001)).build(), "concept[x].prefLabels[fr]",
            "max-length"),
        row("malformed language", () -> x().altLabel("not a tag!", "Rentes"), "concept[x].altLabels",
            "language-tag"),
        row("second preferred label in one language (S14)", () -> x().prefLabel("en", "Old-age pensions"),
            "concept[x].prefLabels[en]", "one-pref-label"),
        row("second notation", () -> x().notation("1").notation("2"), "concept[x].notation", "already-set"),
        row("second definition in one language", () -> x().definition("en", "a").definition("en", "b"),
            "concept[x].definition[en]", "already-set"),
        row("notation with surrounding white space", () -> x().notation(" 1").build(), "concept[x].notation",
            "trimmed"),
        row("relative URI", () -> x().uri(URI.create("concepts/x")).build(), "concept[x].uri", "absolute-uri"),
        row("URI too long", () -> x().uri(URI.create("http://example.org/" + "a".repeat(1990))).build(),
            "concept[x].uri", "max-length"),
        row("negative version", () -> x().version(-1).build(), "concept[x].version", "non-negative"));
  }

  private static Arguments row(String name, Executable build, String field, String rule) {
    return Arguments.of(name, build, field, rule);
  }

  @DisplayName("a concept that breaks a rule of its own is rejected, naming the field and the rule")
  @ParameterizedTest(name = "{0}: {2} [{3}]")
  @MethodSource("brokenConcepts")
  void rejects(String name, Executable build, String field, String rule) {
    ValidationException e = assertThrows(ValidationException.class, build);
    assertEquals(field, e.field());
    assertEquals(rule, e.rule());
  }

  @Test
  @DisplayName("the same label may be preferred in one language and alternative in another")
  void labelsAreDistinctPerLanguage() {
    Concept concept = x().altLabel("fr", "Pensions").prefLabel("en", "Pensions").build();
    assertEquals(Map.of(Locale.FRENCH, Set.of("Pensions")), concept.altLabels());
  }

  @Test
  @DisplayName("synonyms are copied immutably, by normalised language, in the order given")
  void copiesSynonyms() {
    Map<Locale, Set<String>> given = new HashMap<>();
    given.put(Locale.forLanguageTag("fr-CA"), Set.of("Rentes"));
    Concept concept = x().build().withAltLabels(given);
    given.clear();
    assertEquals(Set.of("Rentes"), concept.altLabels().get(Locale.CANADA_FRENCH));

    Concept merged = x().altLabel("FR_ca", "b", "a").altLabel("fr-CA", "c", "a").build();
    assertEquals(List.of("b", "a", "c"), new ArrayList<>(merged.altLabels().get(Locale.CANADA_FRENCH)));
    assertThrows(UnsupportedOperationException.class, () -> merged.altLabels().put(Locale.ENGLISH, Set.of()));
    assertThrows(UnsupportedOperationException.class, () -> merged.altLabels().get(Locale.CANADA_FRENCH).add("d"));
  }

  @Test
  @DisplayName("broader and related concepts iterate in id order")
  void linksInIdOrder() {
    Concept concept = x().broader(ConceptId.of("z"), ConceptId.of("b")).related(Y, ConceptId.of("a")).build();
    assertEquals(List.of(ConceptId.of("b"), ConceptId.of("z")), new ArrayList<>(concept.broader()));
    assertEquals(List.of(ConceptId.of("a"), Y), new ArrayList<>(concept.related()));
    assertFalse(concept.isTop());
  }

  @Test
  @DisplayName("setting the same preferred label or notation twice is not a conflict")
  void repeatedSameValue() {
    Concept concept = x().prefLabel("en", "Pensions").notation("1").notation("1").build();
    assertEquals(Optional.of("1"), concept.notation());
  }

  @Test
  @DisplayName("withX copies change one thing and are validated")
  void copies() {
    Concept concept = x().notation("1").build();
    Concept relabelled = concept.withPrefLabel(Locale.ENGLISH, "Old-age pensions");
    assertEquals(Optional.of("Old-age pensions"), relabelled.prefLabels().get(Locale.ENGLISH));
    assertEquals(Optional.of("Pensions"), concept.prefLabels().get(Locale.ENGLISH));
    assertEquals(Optional.empty(), concept.withNotation(null).notation());
    assertTrue(concept.withDeprecated(true).deprecated());
    assertEquals(7, concept.withVersion(7).version());
    assertEquals(LocalizedText.of("en", "Old age"), concept.withDefinition(LocalizedText.of("en", "Old age"))
        .definition());
    ValidationException e = assertThrows(ValidationException.class, () -> concept.withBroader(Set.of(X)));
    assertEquals("not-self", e.rule());
  }

  @Test
  @DisplayName("a scheme validates its title and normalises its default language")
  void scheme() {
    ConceptScheme scheme = ConceptScheme.of(THEMES, LocalizedText.of("en", "Themes"), Locale.forLanguageTag("EN"));
    assertEquals(Locale.ENGLISH, scheme.defaultLanguage());
    ValidationException e = assertThrows(ValidationException.class,
        () -> ConceptScheme.of(THEMES, LocalizedText.empty(), Locale.ENGLISH));
    assertEquals("scheme[themes].title", e.field());
    assertEquals("required", e.rule());
  }
}
