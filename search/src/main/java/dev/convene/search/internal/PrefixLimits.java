package dev.convene.search.internal;

import dev.convene.core.InvalidQueryException;
import java.util.Map;

/**
 * Refuses a prefix that is too short and a query with too many clauses, before the search runs,
 * with a message that says which prefix and what to do.
 *
 * <p>Both rules look at the query alone, never at the index: whether a query is accepted must not
 * depend on words in documents the actor may not see. A prefix long enough is never refused for the
 * number of words it stands for; it matches every indexed word that starts with it, as one
 * constant-score clause (see {@link TextQueryBuilder}), so neither its success nor its hits nor their
 * scores depend on how many such words hidden documents hold.
 */
public final class PrefixLimits {
  /** The most clauses a query may have. */
  public static final int MAX_CLAUSES = 64;

  private PrefixLimits() {}

  /**
   * Checks the query.
   *
   * @param minPrefixLength the fewest letters or digits a prefix must have before its {@code *}
   * @throws InvalidQueryException if a prefix has fewer than {@code minPrefixLength} letters or
   *     digits, or the query has more than {@value #MAX_CLAUSES} clauses
   */
  public static void check(UserQuery query, int minPrefixLength) {
    if (query.clauses().size() > MAX_CLAUSES) {
      throw new InvalidQueryException(InvalidQueryException.TOO_MANY_CLAUSES, Map.of("limit", MAX_CLAUSES),
          "The query has "
          + query.clauses().size() + " words and phrases; use at most " + MAX_CLAUSES + ".");
    }
    for (UserQuery.Clause clause : query.clauses()) {
      if (clause.shape() == UserQuery.Shape.PREFIX
          && clause.text().codePoints().filter(Character::isLetterOrDigit).count() < minPrefixLength) {
        throw new InvalidQueryException(InvalidQueryException.PREFIX_TOO_SHORT,
            Map.of("position", clause.position(), "minimum", minPrefixLength), "\"" + clause.text()
            + "*\" at position " + clause.position() + " is too short to end with a *: type at least "
            + minPrefixLength + " letters or digits before it.");
      }
    }
  }
}
