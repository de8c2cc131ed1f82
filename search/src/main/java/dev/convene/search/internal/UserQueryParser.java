package dev.convene.search.internal;

import dev.convene.core.InvalidQueryException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads the forgiving query syntax people type: words, {@code "quoted phrases"}, {@code +required},
 * {@code -excluded} and {@code prefix*}. Every word must match unless excluded; a query of exclusions
 * only matches everything except them. Every other character is text for the analyzers: {@code :}
 * separates words (so {@code title:chile} is the two words), brackets, {@code ?} and {@code \} are
 * word separators, control characters are spaces. A word or phrase with nothing searchable in it
 * (only punctuation), a lone {@code +} or {@code -} and an upper-case {@code AND} (every word must
 * match anyway) are no clause; text with no clause left is refused, so that stray punctuation never
 * silently finds nothing or everything. The syntax of other engines that Convene does not have
 * ({@code OR}, {@code NOT}, {@code word~2}, {@code word^3}) is refused with what to write instead.
 * Every refusal is an {@link InvalidQueryException} on the field {@code text} with a stable rule,
 * saying what to change and where, counting characters from 1; a message repeats only what was
 * typed, never anything from the index.
 */
public final class UserQueryParser {
  private UserQueryParser() {}

  /**
   * Parses {@code text}; a word or phrase is searchable if it has a letter or digit.
   *
   * @throws InvalidQueryException as {@link #parse(String, Predicate)}
   */
  public static UserQuery parse(String text) {
    return parse(text, UserQueryParser::hasLetterOrDigit);
  }

  /**
   * Parses {@code text}. Blank text is the empty query (everything, as an empty search box).
   *
   * @param searchable whether a word (without operators or star) or a phrase has anything to search
   *     for; one that has not is dropped
   * @throws InvalidQueryException for an unclosed quote ({@value InvalidQueryException#UNCLOSED_QUOTE}),
   *     a {@code *} that follows no letter or digit or is inside a word ({@value
   *     InvalidQueryException#STAR_POSITION}) or inside a phrase ({@value
   *     InvalidQueryException#STAR_IN_PHRASE}), {@code OR}, {@code NOT}, {@code ~} or {@code ^} after a
   *     word ({@value InvalidQueryException#UNSUPPORTED_SYNTAX}), or non-blank text with nothing to
   *     search for ({@value InvalidQueryException#NO_WORDS})
   */
  public static UserQuery parse(String text, Predicate<String> searchable) {
    List<UserQuery.Clause> clauses = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (isSeparator(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      boolean excluded = false;
      while (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        excluded = text.charAt(i) == '-';
        i++;
      }
      if (i >= n || isSeparator(text.charAt(i))) {
        continue; // a lone + or -: nothing to apply it to
      }
      if (text.charAt(i) == '"') {
        int close = text.indexOf('"', i + 1);
        if (close < 0) {
          throw new InvalidQueryException(InvalidQueryException.UNCLOSED_QUOTE, Map.of("position", i + 1),
              "The quote at position " + (i + 1)
              + " is never closed: add a closing \" after the phrase, or remove the quote.");
        }
        String phrase = spaced(text.substring(i + 1, close)).strip();
        if (phrase.indexOf('*') >= 0) {
          throw new InvalidQueryException(InvalidQueryException.STAR_IN_PHRASE, Map.of("position", i + 1),
              "A * cannot be used inside the phrase"
              + " at position " + (i + 1) + ": remove it, or take the word out of the quotes.");
        }
        if (!phrase.isEmpty() && searchable.test(phrase)) {
          clauses.add(new UserQuery.Clause(UserQuery.Shape.PHRASE, phrase, excluded, start + 1));
        }
        i = close + 1;
        continue;
      }
      int end = i;
      while (end < n && !isSeparator(text.charAt(end)) && text.charAt(end) != '"') {
        end++;
      }
      String word = text.substring(i, end);
      if (word.equals("OR") || word.equals("NOT")) {
        throw unsupportedOperator(word, i + 1);
      }
      if (!word.equals("AND")) { // every word must match anyway
        unsupportedSuffix(word, i + 1);
        int part = 0;
        for (String piece : word.split(":", -1)) {
          if (!piece.isEmpty()) {
            UserQuery.Clause clause = word(piece, excluded, part == 0 ? start + 1 : i + part + 1, i + part + 1);
            if (clause.shape() != UserQuery.Shape.WORD || searchable.test(clause.text())) {
              clauses.add(clause);
            }
          }
          part += piece.length() + 1;
        }
      }
      i = end;
    }
    if (clauses.isEmpty() && !text.isEmpty() && !text.chars().allMatch(c -> isSeparator((char) c))) {
      throw new InvalidQueryException(InvalidQueryException.NO_WORDS, "The query has no word to search for: type"
          + " at least one word with a letter or digit, or leave the text empty to list everything.");
    }
    return new UserQuery(clauses);
  }

  /** Whether the text has a letter or digit. */
  static boolean hasLetterOrDigit(String text) {
    return text.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  /** Whitespace, a no-break space and control characters (NUL included) separate words. */
  private static boolean isSeparator(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
  }

  /** The text with every separator a plain space, so that no control character reaches the analyzers. */
  private static String spaced(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.chars().forEach(c -> out.append(isSeparator((char) c) ? ' ' : (char) c));
    return out.toString();
  }

  private static InvalidQueryException unsupportedOperator(String word, int position) {
    String instead = word.equals("OR")
        ? "every word must match; to find either word, search for each on its own."
        : "put a - right before a word to leave out what has it, as in -draft.";
    return new InvalidQueryException(InvalidQueryException.UNSUPPORTED_SYNTAX,
        Map.of("position", position, "syntax", word), word + " at position " + position
        + " is not part of the search syntax: " + instead);
  }

  /** Refuses a fuzzy {@code ~} or a boost {@code ^} right after a letter or digit. */
  private static void unsupportedSuffix(String word, int wordPosition) {
    for (int k = 1; k < word.length(); k++) {
      char c = word.charAt(k);
      if ((c == '~' || c == '^') && Character.isLetterOrDigit(word.charAt(k - 1))) {
        String what = c == '~'
            ? " (there is no fuzzy search): remove it; words already match their other forms, and \"pens*\" finds"
                + " every word starting with pens."
            : " (words cannot be weighted): remove it; a word in a title already counts more.";
        throw new InvalidQueryException(InvalidQueryException.UNSUPPORTED_SYNTAX,
            Map.of("position", wordPosition + k, "syntax", String.valueOf(c)), "The " + c + " at position "
            + (wordPosition + k) + " is not part of the search syntax" + what);
      }
    }
  }

  private static UserQuery.Clause word(String word, boolean excluded, int position, int wordPosition) {
    int star = word.indexOf('*');
    if (star < 0) {
      return new UserQuery.Clause(UserQuery.Shape.WORD, word, excluded, position);
    }
    if (star != word.length() - 1) {
      throw new InvalidQueryException(InvalidQueryException.STAR_POSITION, Map.of("position", wordPosition + star),
          "A * can only end a word, as in"
          + " \"pens*\"; the one at position " + (wordPosition + star) + " does not.");
    }
    String prefix = word.substring(0, star);
    if (prefix.codePoints().noneMatch(Character::isLetterOrDigit)) {
      throw new InvalidQueryException(InvalidQueryException.STAR_POSITION, Map.of("position", wordPosition + star),
          "The * at position "
          + (wordPosition + star) + " must follow at least one letter or digit, as in \"pens*\".");
    }
    return new UserQuery.Clause(UserQuery.Shape.PREFIX, prefix, excluded, position);
  }
}
