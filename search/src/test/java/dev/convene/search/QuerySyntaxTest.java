package dev.convene.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.InvalidQueryException;
import dev.convene.core.ValidationException;
import dev.convene.core.model.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuerySyntaxTest {
  private final Fixture world = new Fixture();
  private SearchIndex index;

  @BeforeEach
  void setUp() {
    world.community("water", c -> c.name("Water"));
    for (int i = 0; i < 30; i++) {
      world.document("d" + i, "water", "Report " + i, "alpha" + i + " beta");
    }
    index = SearchIndex.builder().storage(world.storage).directory(new org.apache.lucene.store.ByteBuffersDirectory())
        .build();
    index.catchUp();
  }

  @AfterEach
  void close() {
    index.close();
  }

  private InvalidQueryException error(String text) {
    return assertThrows(InvalidQueryException.class,
        () -> index.search(Actor.anonymous(), SearchRequest.builder().text(text).build()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "'report \"annual'|unclosed-quote|The quote at position 8 is never closed: add a closing \" after the phrase, or remove the quote.",
      "'*'|star-position|The * at position 1 must follow at least one letter or digit, as in \"pens*\".",
      "'beta -*'|star-position|The * at position 7 must follow at least one letter or digit, as in \"pens*\".",
      "'re*port'|star-position|A * can only end a word, as in \"pens*\"; the one at position 3 does not.",
      "'\"annual rep*\"'|star-in-phrase|A * cannot be used inside the phrase at position 1: remove it, or take the word out of the quotes.",
      "'beta a*'|prefix-too-short|\"a*\" at position 6 is too short to end with a *: type at least 2 letters or digits before it.",
      "'-é*'|prefix-too-short|\"é*\" at position 1 is too short to end with a *: type at least 2 letters or digits before it.",
      "'(('|no-words|The query has no word to search for: type at least one word with a letter or digit, or leave the text empty to list everything.",
      "'pension~2'|unsupported-syntax|The ~ at position 8 is not part of the search syntax (there is no fuzzy search): remove it; words already match their other forms, and \"pens*\" finds every word starting with pens.",
      "'beta chile^3'|unsupported-syntax|The ^ at position 11 is not part of the search syntax (words cannot be weighted): remove it; a word in a title already counts more.",
      "'beta OR gamma'|unsupported-syntax|OR at position 6 is not part of the search syntax: every word must match; to find either word, search for each on its own.",
      "'NOT beta'|unsupported-syntax|NOT at position 1 is not part of the search syntax: put a - right before a word to leave out what has it, as in -draft."})
  @DisplayName("a query the parser cannot accept says what to change, and where, on the field text with a rule")
  void clearMessages(String text, String rule, String message) {
    InvalidQueryException e = error(text);
    assertEquals("text", e.field());
    assertEquals(rule, e.rule());
    assertEquals("text: " + message + " [" + rule + "]", e.getMessage());
  }

  @Test
  @DisplayName("stray operators and punctuation are forgiven")
  void forgiving() {
    assertEquals(30, index.search(Actor.anonymous(), SearchRequest.builder().text("beta + - : (").build()).total());
    assertEquals(1, index.search(Actor.anonymous(), SearchRequest.builder().text("+alpha3 beta!").build()).total());
    assertEquals(11, index.search(Actor.anonymous(), SearchRequest.builder().text("alpha1*").build()).total());
  }

  @Test
  @DisplayName("pages follow each other with a cursor, each hit once; a foreign cursor is refused")
  void paging() {
    SearchRequest request = SearchRequest.builder().text("beta").pageSize(7).sort(SortOrder.DATE).build();
    java.util.Set<String> seen = new java.util.HashSet<>();
    SearchResult page = index.search(Actor.anonymous(), request);
    int pages = 1;
    seen.addAll(page.hits().stream().map(h -> h.item().orElseThrow().value()).toList());
    while (page.nextCursor().isPresent()) {
      page = index.search(Actor.anonymous(), request.next(page).orElseThrow());
      page.hits().forEach(h -> assertTrue(seen.add(h.item().orElseThrow().value())));
      pages++;
    }
    assertEquals(30, seen.size());
    assertEquals(5, pages);
    SearchResult first = index.search(Actor.anonymous(), request);
    ValidationException wrong = assertThrows(ValidationException.class, () -> index.search(Actor.anonymous(),
        request.toBuilder().sort(SortOrder.RELEVANCE).after(first.nextCursor().orElseThrow()).build()));
    assertTrue(wrong.getMessage().contains("not a cursor this search gave out"), wrong.getMessage());
    assertThrows(ValidationException.class, () -> index.search(Actor.anonymous(),
        request.toBuilder().after("garbage").build()));
  }

  @Test
  @DisplayName("a phrase is found within one text: never across a discussion's body and its replies, or two replies")
  void phraseStaysWithinOneText() {
    world.item("talk", dev.convene.core.model.ItemType.DISCUSSION, "water", "author", "Talk", "kappa lambda",
        java.util.Locale.ENGLISH, dev.convene.core.model.Visibility.PUBLIC, dev.convene.core.model.ReviewState.PUBLISHED,
        Fixture.START);
    world.storage.useTransaction(tx -> {
      var talk = (dev.convene.core.model.Discussion) tx.items().get(dev.convene.core.model.ItemId.of("talk"))
          .orElseThrow();
      tx.items().update(talk.withReplies(java.util.List.of(
          reply("r1", "omicron sigma", false), reply("r2", "upsilon phi", true), reply("r3", "chi psi", false))));
    });
    index.catchUp();
    assertEquals(1, phrase("kappa lambda"));
    assertEquals(1, phrase("omicron sigma"));
    assertEquals(1, phrase("chi psi"));
    assertEquals(0, phrase("lambda omicron"), "across the body and the first reply");
    assertEquals(0, phrase("sigma chi"), "across two replies, the hidden one between them left out");
    assertEquals(0, phrase("upsilon phi"), "a hidden reply");
    String snippet = index.search(Actor.anonymous(), SearchRequest.builder().text("psi").build()).hits().get(0)
        .snippet();
    assertTrue(snippet.contains("<mark>psi</mark>"), snippet);
    assertTrue(!snippet.contains("upsilon"), snippet);
  }

  private long phrase(String words) {
    return index.search(Actor.anonymous(), SearchRequest.builder().text("\"" + words + "\"").build()).total();
  }

  private static dev.convene.core.model.Reply reply(String id, String body, boolean hidden) {
    return new dev.convene.core.model.Reply(dev.convene.core.model.ReplyId.of(id),
        dev.convene.core.model.UserId.of("author"), body, Fixture.START, hidden);
  }
}
