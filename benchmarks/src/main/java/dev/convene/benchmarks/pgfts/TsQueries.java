package dev.convene.benchmarks.pgfts;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns user query syntax into a PostgreSQL {@code tsquery} expression with the same meaning as the
 * baseline's classic query parser with {@code AND} as its default operator, which is Convene's
 * syntax: words and quoted phrases, {@code +} for required and {@code -} for excluded clauses. Every
 * clause not excluded must match, marked {@code +} or not; an excluded clause must never match, and a
 * query of excluded clauses alone matches nothing.
 *
 * <p>Each clause is normalised by PostgreSQL itself ({@code plainto_tsquery} for a word, {@code
 * phraseto_tsquery} for a phrase) once per text search configuration, and matches if any of its
 * translations does, as the baseline's clause matches if the word is found in any language's field
 * by that field's analysis. Clauses combine after that, so that an excluded word is excluded
 * whichever language's analysis finds it. A stop word of one language vanishes from that language's
 * translation only, as PostgreSQL drops empty operands.
 *
 * @param sql the expression, with one {@code ?} per entry of {@code parameters}; {@code NULL::tsquery}
 *     for a query that can match nothing
 * @param parameters the clauses' texts, in the order of the placeholders
 */
record TsQueries(String sql, List<String> parameters) {

  /** Copies the parameters. */
  TsQueries {
    parameters = List.copyOf(parameters);
  }

  /** One clause of the user's text. */
  private record Clause(char occur, String text, boolean phrase) {
    /** The clause in every configuration, any of them matching, its text added once per configuration. */
    String sql(List<String> configurations, List<String> parameters) {
      StringBuilder sql = new StringBuilder("(");
      for (String configuration : configurations) {
        sql.append(sql.length() > 1 ? " || " : "").append(phrase ? "phraseto_tsquery" : "plainto_tsquery")
            .append("('").append(configuration).append("', ?)");
        parameters.add(text);
      }
      return sql.append(')').toString();
    }
  }

  /**
   * The {@code tsquery} for {@code text} in each of {@code configurations}, schema-qualified text
   * search configuration names, which are written into the SQL as they are: they must be trusted.
   *
   * @throws IllegalArgumentException if a quote is not closed or the text has no clause at all
   */
  static TsQueries parse(String text, List<String> configurations) {
    List<Clause> clauses = clauses(text);
    if (clauses.isEmpty()) {
      throw new IllegalArgumentException("No words to search for in \"" + text + "\"");
    }
    List<Clause> matching = clauses.stream().filter(c -> c.occur() != '-').toList();
    List<Clause> excluded = clauses.stream().filter(c -> c.occur() == '-').toList();
    if (matching.isEmpty()) {
      return new TsQueries("NULL::tsquery", List.of());
    }
    List<String> parameters = new ArrayList<>();
    String joiner = " && ";
    StringBuilder sql = new StringBuilder("(");
    for (Clause clause : matching) {
      sql.append(sql.length() > 1 ? joiner : "").append(clause.sql(configurations, parameters));
    }
    sql.append(')');
    for (Clause clause : excluded) {
      sql.append(" && (!!").append(clause.sql(configurations, parameters)).append(")");
    }
    return new TsQueries(sql.toString(), parameters);
  }

  private static List<Clause> clauses(String text) {
    List<Clause> clauses = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      char occur = c == '+' || c == '-' ? c : ' ';
      int start = occur == ' ' ? i : i + 1;
      if (start < text.length() && text.charAt(start) == '"') {
        int end = text.indexOf('"', start + 1);
        if (end < 0) {
          throw new IllegalArgumentException("The quote at " + start + " is not closed in \"" + text + "\"");
        }
        addIfWords(clauses, new Clause(occur, text.substring(start + 1, end), true));
        i = end + 1;
      } else {
        int end = start;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
          end++;
        }
        addIfWords(clauses, new Clause(occur, text.substring(start, end), false));
        i = end;
      }
    }
    return clauses;
  }

  private static void addIfWords(List<Clause> clauses, Clause clause) {
    if (clause.text().codePoints().anyMatch(Character::isLetterOrDigit)) {
      clauses.add(clause);
    }
  }
}
