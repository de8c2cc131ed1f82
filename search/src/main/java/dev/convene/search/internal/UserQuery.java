package dev.convene.search.internal;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A user's query as {@link UserQueryParser} understood it: words, phrases and prefixes, each
 * required (the default, or {@code +}) or excluded ({@code -}).
 *
 * @param clauses the clauses, in the order typed
 */
public record UserQuery(List<Clause> clauses) {

  /** What a clause matches. */
  public enum Shape {
    /** A word (which analysis may split further, as "covid-19"). */
    WORD,
    /** Words in this order, from a quoted phrase. */
    PHRASE,
    /** Any word starting with the text, from {@code text*}. */
    PREFIX
  }

  /**
   * One clause.
   *
   * @param shape what it matches
   * @param text the text, without quotes, operators or the trailing star
   * @param excluded whether it was prefixed by {@code -}
   * @param position where it starts in the query, from 1, for messages
   */
  public record Clause(Shape shape, String text, boolean excluded, int position) {}

  /** Validates and copies the clauses. */
  public UserQuery {
    clauses = List.copyOf(clauses);
  }

  /** The clauses that must match. */
  public List<Clause> required() {
    return clauses.stream().filter(c -> !c.excluded()).toList();
  }

  /** The clauses that must not match. */
  public List<Clause> excluded() {
    return clauses.stream().filter(Clause::excluded).toList();
  }

  /** The text of the required words and phrases, joined: what a concept label may match whole. */
  public String requiredText() {
    return required().stream().filter(c -> c.shape() != Shape.PREFIX).map(Clause::text)
        .collect(Collectors.joining(" "));
  }

  /** Whether nothing is required: the query only excludes, or is empty. */
  public boolean isOnlyExclusions() {
    return required().isEmpty();
  }
}
