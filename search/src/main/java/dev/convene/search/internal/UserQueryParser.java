package dev.convene.search.internal;

import dev.convene.core.InvalidQueryException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the forgiving query syntax people type: words, {@code "quoted phrases"}, {@code +required},
 * {@code -excluded} and {@code prefix*}. Every word must match unless excluded. Anything else (other
 * punctuation, stray operators) is read as text and left to the analyzers. What cannot be read is
 * an {@link InvalidQueryException} saying what to change and where, counting characters from 1.
 */
public final class UserQueryParser {
  private UserQueryParser() {}

  /**
   * Parses {@code text}.
   *
   * @throws InvalidQueryException for an unclosed quote, a {@code *} that follows no letter or
   *     digit, or a {@code *} inside a word or a phrase
   */
  public static UserQuery parse(String text) {
    List<UserQuery.Clause> clauses = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int start = i;
      boolean excluded = false;
      while (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        excluded = text.charAt(i) == '-';
        i++;
      }
      if (i >= n || Character.isWhitespace(text.charAt(i))) {
        continue; // a lone + or -: nothing to apply it to
      }
      if (text.charAt(i) == '"') {
        int close = text.indexOf('"', i + 1);
        if (close < 0) {
          throw new InvalidQueryException("The quote at position " + (i + 1)
              + " is never closed: add a closing \" after the phrase, or remove the quote.");
        }
        String phrase = text.substring(i + 1, close);
        if (phrase.indexOf('*') >= 0) {
          throw new InvalidQueryException("A * cannot be used inside the phrase at position " + (i + 1)
              + ": remove it, or take the word out of the quotes.");
        }
        if (!phrase.isBlank()) {
          clauses.add(new UserQuery.Clause(UserQuery.Shape.PHRASE, phrase.strip(), excluded, start + 1));
        }
        i = close + 1;
        continue;
      }
      int end = i;
      while (end < n && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
        end++;
      }
      clauses.add(word(text.substring(i, end), excluded, start + 1, i + 1));
      i = end;
    }
    return new UserQuery(clauses);
  }

  private static UserQuery.Clause word(String word, boolean excluded, int position, int wordPosition) {
    int star = word.indexOf('*');
    if (star < 0) {
      return new UserQuery.Clause(UserQuery.Shape.WORD, word, excluded, position);
    }
    if (star != word.length() - 1) {
      throw new InvalidQueryException("A * can only end a word, as in \"pens*\"; the one at position "
          + (wordPosition + star) + " does not.");
    }
    String prefix = word.substring(0, star);
    if (prefix.codePoints().noneMatch(Character::isLetterOrDigit)) {
      throw new InvalidQueryException("The * at position " + (wordPosition + star)
          + " must follow at least one letter or digit, as in \"pens*\".");
    }
    return new UserQuery.Clause(UserQuery.Shape.PREFIX, prefix, excluded, position);
  }
}
