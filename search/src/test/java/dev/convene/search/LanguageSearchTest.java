package dev.convene.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.model.Actor;
import dev.convene.core.model.ItemType;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Visibility;
import dev.convene.search.internal.Analyzers;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LanguageSearchTest {
  private final Fixture world = new Fixture();
  private SearchIndex index;

  @BeforeEach
  void setUp() {
    world.taxonomy(TaxonomyFixture.taxonomy());
    world.community("water", c -> c.name("Water"));
    world.document("en1", "water", "Coverage of old people in Chile", "Benefits paid to retired workers.",
        TaxonomyFixture.PENSIONS.value());
    fr("fr1", "Les réformes de la sécurité sociale", "Une étude des régimes de retraite.");
    es("es1", "Políticas de empleo", "Análisis del desempleo juvenil.");
    item("de1", Locale.GERMAN, "Rentenreform in Deutschland", "Eine Übersicht.");
    index = world.index();
  }

  @AfterEach
  void close() {
    index.close();
  }

  private void fr(String id, String title, String text) {
    item(id, Locale.FRENCH, title, text);
  }

  private void es(String id, String title, String text) {
    item(id, Locale.forLanguageTag("es"), title, text);
  }

  private void item(String id, Locale language, String title, String text) {
    world.item(id, ItemType.DOCUMENT, "water", "author", title, text, language, Visibility.PUBLIC,
        ReviewState.PUBLISHED, Fixture.START);
  }

  private List<String> found(String text, Locale... languages) {
    return index.search(Actor.anonymous(), SearchRequest.builder().text(text).languages(languages).build()).hits()
        .stream().map(h -> h.item().map(Object::toString).orElse("c:" + h.community())).sorted().toList();
  }

  @Test
  @DisplayName("a French query finds English documents tagged with the concept its words name")
  void frenchQueryFindsEnglishDocumentByConcept() {
    assertEquals(List.of("en1", "fr1"), found("retraites"), "the French document by its words, the English by its tag");
    assertEquals(List.of("en1"), found("\"protection sociale\""));
    assertEquals(List.of("en1"), found("protection sociale"), "the whole query names the broader concept");
    assertEquals(List.of("en1"), found("PROTECCION SOCIAL"), "any language, case and accents ignored");
  }

  @Test
  @DisplayName("French, Spanish and English words are found stemmed and without their accents")
  void stemmingAndFolding() {
    assertEquals(List.of("fr1"), found("reforme"));
    assertEquals(List.of("fr1"), found("securite"));
    assertEquals(List.of("fr1"), found("régimes"));
    assertEquals(List.of("es1"), found("politica"));
    assertEquals(List.of("es1"), found("desempleo"));
    assertEquals(List.of("en1"), found("benefit"));
    assertEquals(List.of("en1"), found("retire"));
    assertEquals(List.of("de1"), found("ubersicht"), "other languages are folded too");
  }

  @Test
  @DisplayName("a stop word of one language does not stop a query from matching in that language")
  void stopWordsPerLanguage() {
    assertEquals(List.of("en1"), found("the coverage"));
    assertEquals(List.of("fr1"), found("la sécurité"));
  }

  @Test
  @DisplayName("restricting languages searches and keeps only documents in those languages")
  void languageRestriction() {
    assertEquals(List.of("es1"), found("desempleo", Locale.forLanguageTag("es")));
    assertEquals(List.of(), found("desempleo", Locale.FRENCH));
  }

  @Test
  @DisplayName("phrases, exclusions and prefixes")
  void syntax() {
    assertEquals(List.of("en1"), found("\"old people\""));
    assertEquals(List.of(), found("\"people old\""));
    assertEquals(List.of("es1"), found("poli*"));
    assertEquals(List.of("fr1"), found("retrait* -politica"));
    assertEquals(List.of("en1"), found("retir*"), "prefixes match the stemmed words: retired is retir");
    assertEquals(List.of("c:water", "es1", "fr1"), found("-chile -rentenreform"), "communities too");
  }

  @Test
  @DisplayName("the snippet highlights the matched words and escapes the text")
  void snippets() {
    SearchHit hit = index.search(Actor.anonymous(), SearchRequest.builder().text("retired").build()).hits().get(0);
    assertTrue(hit.snippet().contains("<mark>retired</mark>"), hit.snippet());
    assertEquals("Coverage of old people in Chile", hit.title());
  }

  @Test
  @DisplayName("a request without snippets finds the same hits, with their titles and concepts, and no snippet")
  void withoutSnippets() {
    SearchRequest with = SearchRequest.builder().text("retired").build();
    SearchRequest without = with.toBuilder().snippets(false).build();
    assertTrue(with.snippets());
    assertEquals(false, without.snippets());
    SearchResult full = index.search(Actor.anonymous(), with);
    SearchResult bare = index.search(Actor.anonymous(), without);
    assertEquals(1, bare.total());
    SearchHit hit = bare.hits().get(0);
    assertEquals(full.hits().get(0).item(), hit.item());
    assertEquals("Coverage of old people in Chile", hit.title());
    assertEquals(full.hits().get(0).concepts(), hit.concepts());
    assertEquals("", hit.snippet());
    SearchHit browsed = index.search(Actor.anonymous(), SearchRequest.builder().kinds(HitKind.ITEM).snippets(false)
        .build()).hits().get(0);
    assertEquals("", browsed.snippet(), "a browse shows no opening of the text either");
  }

  @Test
  @DisplayName("the words of the randomized test pass every analyzer unchanged")
  void randomWordsAreStable() throws IOException {
    Analyzers analyzers = new Analyzers();
    for (String language : List.of("en", "fr", "es", "std")) {
      for (String word : RandomWorld.WORDS) {
        assertEquals(List.of(word), tokens(analyzers, language, word), language + " " + word);
      }
    }
  }

  private static List<String> tokens(Analyzers analyzers, String language, String text) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzers.forLanguage(language).tokenStream("body." + language, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    }
    return tokens;
  }
}
