package dev.convene.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.InvalidQueryException;
import dev.convene.core.ValidationException;
import dev.convene.core.model.Actor;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A query error carries a code a host can translate, and the position it is at, counted by hand. */
class InvalidQueryCodeTest {
  private final Fixture world = new Fixture();
  private SearchIndex index;

  @BeforeEach
  void setUp() {
    world.community("water", c -> c.name("Water"));
    world.document("d1", "water", "Report", "alpha beta");
    index = SearchIndex.builder().storage(world.storage).directory(new org.apache.lucene.store.ByteBuffersDirectory())
        .build();
    index.catchUp();
  }

  @AfterEach
  void close() {
    index.close();
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("each query error has the code invalid-query.<rule>, the field text and the position")
  @CsvSource(delimiter = '|', value = {
      "'report \"annual'|invalid-query.unclosed-quote|8",
      "'re*port'|invalid-query.star-position|3",
      "'\"annual rep*\"'|invalid-query.star-in-phrase|1",
      "'beta OR alpha'|invalid-query.unsupported-syntax|6"})
  void codeAndPosition(String text, String code, int position) {
    InvalidQueryException e = assertThrows(InvalidQueryException.class,
        () -> index.search(Actor.anonymous(), SearchRequest.builder().text(text).build()));
    assertEquals(code, e.code());
    assertEquals("text", e.arguments().get("field"));
    assertEquals(position, e.arguments().get("position"));
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("a prefix too short names the minimum, and a text too long the limit")
  @CsvSource(delimiter = '|', value = {"'beta a*'"})
  void limits(String text) {
    InvalidQueryException shortPrefix = assertThrows(InvalidQueryException.class,
        () -> index.search(Actor.anonymous(), SearchRequest.builder().text(text).build()));
    assertEquals("invalid-query.prefix-too-short", shortPrefix.code());
    // "beta a*": the a is the 6th character; the index's default minimum is 2 letters
    assertEquals(Map.of("field", "text", "position", 6, "minimum", 2), shortPrefix.arguments());
    ValidationException tooLong = assertThrows(ValidationException.class,
        () -> SearchRequest.builder().text("a".repeat(SearchRequestBuilder.MAX_TEXT_LENGTH + 1)).build());
    assertEquals("validation.max-length", tooLong.code());
    assertEquals(Map.of("field", "text", "limit", SearchRequestBuilder.MAX_TEXT_LENGTH), tooLong.arguments());
  }
}
