package dev.convene.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.InvalidQueryException;
import dev.convene.core.ValidationException;
import dev.convene.core.model.Actor;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of input a search box receives, hostile ones included, has the outcome docs/search.md
 * states for it: a number of hits, or an {@link InvalidQueryException} on the field {@code text}
 * with a stable rule.
 */
class QueryInputsTest {
  private static final String NUL = "\u0000";

  private final Fixture world = new Fixture();
  private SearchIndex index;

  @BeforeEach
  void setUp() {
    world.community("water", c -> c.name("Water"));
    world.document("chile", "water", "Chile", "pension reform in chile");
    world.document("title", "water", "Title page", "about chile and its title");
    world.document("pension", "water", "Pensions", "pension plan 2");
    world.document("other", "water", "Water", "water quality");
    index = SearchIndex.builder().storage(world.storage).directory(new org.apache.lucene.store.ByteBuffersDirectory())
        .build();
    index.catchUp();
  }

  @AfterEach
  void close() {
    index.close();
  }

  private long hits(String text) {
    return index.search(Actor.anonymous(), SearchRequest.builder().text(text).build()).total();
  }

  /** Input, then the number of hits or the rule of the refusal. */
  static Stream<Arguments> inputs() {
    return Stream.of(
        // no text at all: everything (four documents and their community), as an empty box
        Arguments.of("", 5),
        Arguments.of("   ", 5),
        Arguments.of(NUL, 5),
        Arguments.of("\t\n\u00a0\u0007", 5),
        // plain words, and punctuation that only separates them
        Arguments.of("chile", 2),
        Arguments.of("chile pension", 1),
        Arguments.of("title:chile", 1),
        Arguments.of("title: chile", 1),
        Arguments.of(":chile", 2),
        Arguments.of("(chile)", 2),
        Arguments.of("((chile", 2),
        Arguments.of("chile?", 2),
        Arguments.of("chile\\", 2),
        Arguments.of("chile (", 2),
        Arguments.of("chile + - : ( ) ? \\", 2),
        Arguments.of("chile" + NUL + "pension", 1),
        Arguments.of("\u0007chile\u001b", 2),
        Arguments.of("chile\u2014pension", 1),
        Arguments.of("\u201cchile\u201d", 2),
        Arguments.of("\u00abchile", 2),
        Arguments.of("chile AND", 2),
        Arguments.of("AND chile", 2),
        Arguments.of("chile AND pension", 1),
        Arguments.of("or", 0),
        Arguments.of("chile 2", 0),
        Arguments.of("pension 2", 1),
        Arguments.of("a".repeat(2_000), 0),
        // exclusions: everything except (the community "Water" is a hit too)
        Arguments.of("-chile", 3),
        Arguments.of("-title:chile", 3),
        Arguments.of("-water -chile", 1),
        Arguments.of("chile -title", 1),
        Arguments.of("chile -", 2),
        // prefixes and phrases
        Arguments.of("ch*", 2),
        Arguments.of("pens*", 2),
        Arguments.of("\"pension reform\"", 1),
        Arguments.of("\"title: chile\"", 0),
        Arguments.of("\"title:chile\"", 0),
        // emoji are words: found where they are written
        Arguments.of("\ud83d\ude42", 0),
        Arguments.of("chile \ud83d\ude42", 0),
        // nothing to search for
        Arguments.of("((", InvalidQueryException.NO_WORDS),
        Arguments.of("()", InvalidQueryException.NO_WORDS),
        Arguments.of(":", InvalidQueryException.NO_WORDS),
        Arguments.of("?", InvalidQueryException.NO_WORDS),
        Arguments.of("\\", InvalidQueryException.NO_WORDS),
        Arguments.of("+", InvalidQueryException.NO_WORDS),
        Arguments.of("-", InvalidQueryException.NO_WORDS),
        Arguments.of("+ -", InvalidQueryException.NO_WORDS),
        Arguments.of("--", InvalidQueryException.NO_WORDS),
        Arguments.of("-(", InvalidQueryException.NO_WORDS),
        Arguments.of("AND", InvalidQueryException.NO_WORDS),
        Arguments.of("\"\"", InvalidQueryException.NO_WORDS),
        Arguments.of("\"" + NUL + "\"", InvalidQueryException.NO_WORDS),
        Arguments.of("\"(?)\"", InvalidQueryException.NO_WORDS),
        Arguments.of("\u200b", InvalidQueryException.NO_WORDS),
        Arguments.of("\u202e(\u202c", InvalidQueryException.NO_WORDS),
        Arguments.of("!@#$%&=[]{}|;,.<>/", InvalidQueryException.NO_WORDS),
        Arguments.of("\u2026 \u00ab\u00bb \u201c\u201d \u3001\u3002 \u00bf\u00a1", InvalidQueryException.NO_WORDS),
        Arguments.of("(".repeat(2_000), InvalidQueryException.NO_WORDS),
        // syntax of other engines
        Arguments.of("pension~2", InvalidQueryException.UNSUPPORTED_SYNTAX),
        Arguments.of("pension~", InvalidQueryException.UNSUPPORTED_SYNTAX),
        Arguments.of("chile^3", InvalidQueryException.UNSUPPORTED_SYNTAX),
        Arguments.of("OR", InvalidQueryException.UNSUPPORTED_SYNTAX),
        Arguments.of("chile OR pension", InvalidQueryException.UNSUPPORTED_SYNTAX),
        Arguments.of("NOT chile", InvalidQueryException.UNSUPPORTED_SYNTAX),
        // quotes and stars
        Arguments.of("\"chile", InvalidQueryException.UNCLOSED_QUOTE),
        Arguments.of("chile\"", InvalidQueryException.UNCLOSED_QUOTE),
        Arguments.of("\"\"\"", InvalidQueryException.UNCLOSED_QUOTE),
        Arguments.of("*", InvalidQueryException.STAR_POSITION),
        Arguments.of("-*", InvalidQueryException.STAR_POSITION),
        Arguments.of("(*", InvalidQueryException.STAR_POSITION),
        Arguments.of("ch*le", InvalidQueryException.STAR_POSITION),
        Arguments.of("\"ch*\"", InvalidQueryException.STAR_IN_PHRASE),
        Arguments.of("a*", InvalidQueryException.PREFIX_TOO_SHORT),
        Arguments.of("title:c*", InvalidQueryException.PREFIX_TOO_SHORT),
        // too much
        Arguments.of("chile ".repeat(65), InvalidQueryException.TOO_MANY_CLAUSES),
        Arguments.of("c ".repeat(1_000), InvalidQueryException.TOO_MANY_CLAUSES));
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @MethodSource("inputs")
  @DisplayName("each input has its documented outcome: hits, or a refusal on text with its rule")
  void outcome(String text, Object expected) {
    if (expected instanceof Integer count) {
      assertEquals(count.longValue(), hits(text), "hits of " + visible(text));
      return;
    }
    InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> hits(text), visible(text));
    assertEquals("text", e.field());
    assertEquals(expected, e.rule(), e.getMessage());
    for (String indexed : new String[] {"reform", "quality", "page", "plan", "water"}) {
      assertFalse(e.getMessage().toLowerCase(java.util.Locale.ROOT).contains(indexed), e.getMessage());
    }
    for (char c : e.getMessage().toCharArray()) {
      assertFalse(Character.isISOControl(c), "no control character in " + e.getMessage());
    }
  }

  @org.junit.jupiter.api.Test
  @DisplayName("an emoji is a word: a document that has it is found by it, alone or with other words")
  void emojiIsAWord() {
    world.document("smile", "water", "Smile", "chile \ud83d\ude42 fiesta");
    index.catchUp();
    assertEquals(1, hits("\ud83d\ude42"));
    assertEquals(1, hits("chile \ud83d\ude42"));
    assertEquals(2, hits("chile -\ud83d\ude42"));
  }

  @org.junit.jupiter.api.Test
  @DisplayName("a colon separates words, except inside quotes, which keep the one word the text makes")
  void colonInAndOutOfQuotes() {
    world.document("glued", "water", "Glued", "see title:chile here");
    index.catchUp();
    assertEquals(1, hits("\"title:chile\""), "the glued word, written so in one text");
    assertEquals(1, hits("title:chile"), "the two words, only in the text that has both apart");
    assertEquals(0, hits("see title"), "the glued word is neither of its parts");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("tooLong")
  @DisplayName("text longer than the request allows is a validation error on text")
  void tooLong(String text) {
    ValidationException e = assertThrows(ValidationException.class,
        () -> SearchRequest.builder().text(text).build());
    assertEquals("text", e.field());
    assertEquals("max-length", e.rule());
  }

  static Stream<String> tooLong() {
    return Stream.of("a".repeat(SearchRequestBuilder.MAX_TEXT_LENGTH + 1), "(".repeat(5_000),
        "\ud83d\ude42".repeat(1_001));
  }

  private static String visible(String text) {
    String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
    return shown.chars().mapToObj(c -> c < 0x20 ? String.format("\\u%04x", c) : String.valueOf((char) c))
        .reduce("", String::concat);
  }
}
