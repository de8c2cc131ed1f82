package dev.convene.core;

import java.util.Map;

/**
 * Thrown when a search query cannot be understood: a {@link ValidationException} on the field
 * {@value #FIELD} (the search request's text) whose {@link #rule() rule} is a short, stable code such
 * as {@value #UNCLOSED_QUOTE} or {@value #NO_WORDS}. The message says, in words a person can act on,
 * what is wrong, where (counting characters from 1) and what to write instead, never a raw parser
 * message, and nothing taken from the index. Nothing was searched. Its code is {@code invalid-query.}
 * followed by the rule, such as {@code invalid-query.unclosed-quote}; its arguments hold the {@code
 * field} and, where the error has one, the {@code position}.
 */
public class InvalidQueryException extends ValidationException {
  private static final long serialVersionUID = 2L;

  /** The prefix of every code of this exception. */
  public static final String PREFIX = "invalid-query.";

  /** The field every query error names: the search request's text. */
  public static final String FIELD = "text";
  /** A quote that is never closed. */
  public static final String UNCLOSED_QUOTE = "unclosed-quote";
  /** A {@code *} that does not end a word, or follows no letter or digit. */
  public static final String STAR_POSITION = "star-position";
  /** A {@code *} inside a quoted phrase. */
  public static final String STAR_IN_PHRASE = "star-in-phrase";
  /** A prefix with too few letters or digits before its {@code *}. */
  public static final String PREFIX_TOO_SHORT = "prefix-too-short";
  /** More words, phrases and prefixes than a query may have, or a query too complex to run. */
  public static final String TOO_MANY_CLAUSES = "too-many-clauses";
  /** Text that holds no word to search for: only punctuation, lone operators or {@code AND}. */
  public static final String NO_WORDS = "no-words";
  /**
   * Syntax of other search engines that Convene does not have: {@code OR}, {@code NOT}, fuzzy
   * {@code word~2} and boosted {@code word^3}.
   */
  public static final String UNSUPPORTED_SYNTAX = "unsupported-syntax";

  /**
   * Creates the exception.
   *
   * @param rule the short, stable code of the rule that was broken, one of the constants here
   * @param message what is wrong, where, and what to write instead
   */
  public InvalidQueryException(String rule, String message) {
    this(rule, Map.of(), message);
  }

  /**
   * Creates the exception with arguments.
   *
   * @param rule the short, stable code of the rule that was broken, one of the constants here
   * @param arguments what a host needs to word it, such as {@code position} (counting characters from
   *     1) or {@code limit}; never anything taken from the index
   * @param message what is wrong, where, and what to write instead
   */
  public InvalidQueryException(String rule, Map<String, ?> arguments, String message) {
    super(PREFIX, FIELD, rule, arguments, message);
  }
}
