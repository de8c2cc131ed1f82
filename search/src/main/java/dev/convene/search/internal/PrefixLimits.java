package dev.convene.search.internal;

import dev.convene.core.InvalidQueryException;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * Refuses a prefix that would expand to too many words, before the search runs, with a message that
 * says which prefix and what to do; and a query with too many clauses.
 */
public final class PrefixLimits {
  /** The most clauses a query may have. */
  public static final int MAX_CLAUSES = 64;

  private PrefixLimits() {}

  /**
   * Checks the query against the index.
   *
   * @throws InvalidQueryException if a prefix matches more than {@code maxExpansions} distinct words
   *     in the searched fields, or the query has more than {@value #MAX_CLAUSES} clauses
   */
  public static void check(UserQuery query, IndexReader reader, List<String> analyses, Analyzers analyzers,
      int maxExpansions) throws IOException {
    if (query.clauses().size() > MAX_CLAUSES) {
      throw new InvalidQueryException("The query has " + query.clauses().size() + " words and phrases; use at most "
          + MAX_CLAUSES + ".");
    }
    for (UserQuery.Clause clause : query.clauses()) {
      if (clause.shape() != UserQuery.Shape.PREFIX) {
        continue;
      }
      Set<BytesRef> words = new HashSet<>();
      for (String analysis : analyses) {
        for (String field : List.of(Fields.titleField(analysis), Fields.bodyField(analysis))) {
          BytesRef prefix = analyzers.forLanguage(analysis).normalize(field, clause.text());
          collect(reader, field, prefix, words, maxExpansions);
          if (words.size() > maxExpansions) {
            throw new InvalidQueryException("\"" + clause.text() + "*\" at position " + clause.position()
                + " matches too many words (more than " + maxExpansions + "); type more letters before the *.");
          }
        }
      }
    }
  }

  private static void collect(IndexReader reader, String field, BytesRef prefix, Set<BytesRef> words, int max)
      throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(field);
      if (terms == null) {
        continue;
      }
      TermsEnum it = terms.iterator();
      if (it.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
        continue;
      }
      for (BytesRef term = it.term(); term != null && StringHelper.startsWith(term, prefix); term = it.next()) {
        words.add(BytesRef.deepCopyOf(term));
        if (words.size() > max) {
          return;
        }
      }
    }
  }
}
