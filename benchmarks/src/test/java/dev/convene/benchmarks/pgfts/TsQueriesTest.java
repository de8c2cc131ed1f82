package dev.convene.benchmarks.pgfts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Translating user query syntax into a tsquery expression")
class TsQueriesTest {
  private static final List<String> ONE = List.of("s.en");

  @Test
  @DisplayName("requires every plain word, as the baseline's parser and Convene's syntax do")
  void plainWordsAreRequired() {
    TsQueries q = TsQueries.parse("cat dog", ONE);
    assertEquals("((plainto_tsquery('s.en', ?)) && (plainto_tsquery('s.en', ?)))", q.sql());
    assertEquals(List.of("cat", "dog"), q.parameters());
  }

  @Test
  @DisplayName("requires the + words and the plain ones, and excludes the - words")
  void requiredAndExcluded() {
    TsQueries q = TsQueries.parse("+cat dog -bird", ONE);
    assertEquals("((plainto_tsquery('s.en', ?)) && (plainto_tsquery('s.en', ?))) && (!!(plainto_tsquery('s.en', ?)))",
        q.sql());
    assertEquals(List.of("cat", "dog", "bird"), q.parameters());
  }

  @Test
  @DisplayName("keeps a quoted phrase whole, required or excluded too")
  void phrases() {
    TsQueries q = TsQueries.parse("+\"social protection\" -\"cash transfer\"", ONE);
    assertEquals("((phraseto_tsquery('s.en', ?))) && (!!(phraseto_tsquery('s.en', ?)))", q.sql());
    assertEquals(List.of("social protection", "cash transfer"), q.parameters());
  }

  @Test
  @DisplayName("translates each clause into every configuration, any translation matching, then combines the clauses")
  void everyConfiguration() {
    TsQueries q = TsQueries.parse("+a +b -c", List.of("s.en", "s.fr"));
    assertEquals("((plainto_tsquery('s.en', ?) || plainto_tsquery('s.fr', ?)) && "
        + "(plainto_tsquery('s.en', ?) || plainto_tsquery('s.fr', ?))) && "
        + "(!!(plainto_tsquery('s.en', ?) || plainto_tsquery('s.fr', ?)))", q.sql());
    assertEquals(List.of("a", "a", "b", "b", "c", "c"), q.parameters());
  }

  @Test
  @DisplayName("matches nothing when every clause is excluded")
  void onlyExcluded() {
    TsQueries q = TsQueries.parse("-cat -dog", ONE);
    assertEquals("NULL::tsquery", q.sql());
    assertTrue(q.parameters().isEmpty());
  }

  @Test
  @DisplayName("ignores operators and quotes without words, and refuses a text with no words at all")
  void noWords() {
    assertEquals(List.of("cat"), TsQueries.parse("+ cat - \"\"", ONE).parameters());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TsQueries.parse(" + - ", ONE));
    assertTrue(e.getMessage().contains("No words"), e.getMessage());
  }

  @Test
  @DisplayName("says where a quote is left open")
  void openQuote() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TsQueries.parse("cat \"dog house", ONE));
    assertTrue(e.getMessage().contains("quote at 4"), e.getMessage());
  }
}
