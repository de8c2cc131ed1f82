package dev.convene.search.internal;

import dev.convene.core.model.ConceptId;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.Taxonomy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Turns a {@link UserQuery} into a Lucene query over the language fields. Each language is searched
 * with its own analysis and must match every required clause (a stop word of that language is no
 * clause there); excluded clauses exclude in every language. Query-time taxonomy expansion: the
 * required text as a whole, and each phrase, that matches a concept label or synonym in any language
 * also matches the documents tagged with that concept or a narrower one, in any language.
 */
public final class TextQueryBuilder {
  private static final float TITLE_BOOST = 2f;

  private final Analyzers analyzers;
  private final FilterCache cache;

  /** Creates the builder over these analyzers, keeping the concepts a label stands for in {@code cache}. */
  public TextQueryBuilder(Analyzers analyzers, FilterCache cache) {
    this.analyzers = analyzers;
    this.cache = cache;
  }

  /**
   * Whether the standard analysis (no stop words, no stemming) finds at least one word in
   * {@code text}: a word or phrase that has none (only punctuation) is no clause, see
   * {@link UserQueryParser#parse(String, java.util.function.Predicate)}.
   */
  public boolean hasWords(String text) {
    try (TokenStream stream = analyzers.forLanguage(Fields.STANDARD).tokenStream(Fields.bodyField(Fields.STANDARD),
        text)) {
      stream.reset();
      boolean found = stream.incrementToken();
      while (stream.incrementToken()) {
        // consume the stream, as its contract asks before end()
      }
      stream.end();
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analysing a string reads no file
    }
  }

  /**
   * The query.
   *
   * @param query the parsed user query
   * @param analyses the analyses searched ({@code en}, {@code fr}, {@code es}, {@code std})
   * @param taxonomy the current taxonomy, for expansion
   */
  public Query build(UserQuery query, List<String> analyses, Taxonomy taxonomy) {
    Query positive;
    if (query.isOnlyExclusions()) {
      positive = MatchAllDocsQuery.INSTANCE;
    } else {
      BooleanQuery.Builder either = new BooleanQuery.Builder();
      for (String analysis : analyses) {
        Query inLanguage = required(query, analysis, taxonomy);
        if (inLanguage != null) {
          either.add(inLanguage, Occur.SHOULD);
        }
      }
      Query whole = concepts(query.requiredText(), taxonomy);
      if (whole != null) {
        either.add(whole, Occur.SHOULD);
      }
      positive = either.build();
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder().add(positive, Occur.MUST);
    for (UserQuery.Clause clause : query.excluded()) {
      for (String analysis : analyses) {
        Query match = clause(clause, analysis);
        if (match != null) {
          all.add(match, Occur.MUST_NOT);
        }
      }
    }
    return all.build();
  }

  private @Nullable Query required(UserQuery query, String analysis, Taxonomy taxonomy) {
    BooleanQuery.Builder every = new BooleanQuery.Builder();
    int clauses = 0;
    for (UserQuery.Clause clause : query.required()) {
      Query match = clause(clause, analysis);
      Query concept = clause.shape() == UserQuery.Shape.PHRASE ? concepts(clause.text(), taxonomy) : null;
      if (match != null && concept != null) {
        match = new BooleanQuery.Builder().add(match, Occur.SHOULD).add(concept, Occur.SHOULD).build();
      } else if (match == null) {
        match = concept;
      }
      if (match != null) {
        every.add(match, Occur.MUST);
        clauses++;
      }
    }
    return clauses == 0 ? null : every.build();
  }

  /** The clause in the title and body of one language, or null if it analyses to nothing there. */
  @Nullable Query clause(UserQuery.Clause clause, String analysis) {
    Query title = field(clause, Fields.titleField(analysis), analysis);
    Query body = field(clause, Fields.bodyField(analysis), analysis);
    if (title == null || body == null) {
      return title != null ? new BoostQuery(title, TITLE_BOOST) : body;
    }
    return new BooleanQuery.Builder().add(new BoostQuery(title, TITLE_BOOST), Occur.SHOULD).add(body, Occur.SHOULD)
        .build();
  }

  private @Nullable Query field(UserQuery.Clause clause, String field, String analysis) {
    Analyzer analyzer = analyzers.forLanguage(analysis);
    return switch (clause.shape()) {
      case WORD -> new QueryBuilder(analyzer).createBooleanQuery(field, clause.text(), Occur.MUST);
      case PHRASE -> new QueryBuilder(analyzer).createPhraseQuery(field, clause.text());
      case PREFIX -> {
        String prefix = analyzer.normalize(field, clause.text()).utf8ToString();
        // every word with the prefix, as one constant score: neither failing nor ranking by how many
        // words or documents carry it, which would count hidden documents too
        yield prefix.isEmpty() ? null
            : new PrefixQuery(new Term(field, prefix), MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE);
      }
    };
  }

  /** The documents tagged with a concept whose label is {@code text}, or a narrower one; or null. */
  private @Nullable Query concepts(String text, Taxonomy taxonomy) {
    if (text.isBlank()) {
      return null;
    }
    List<Concept> found = taxonomy.findByLabel(text);
    if (found.isEmpty()) {
      return null;
    }
    Set<ConceptId> ids = new LinkedHashSet<>();
    for (Concept concept : found) {
      ids.add(concept.id());
      taxonomy.descendants(concept.id()).forEach(d -> ids.add(d.id()));
    }
    return new ConstantScoreQuery(CachedFilterQuery.of(new TermInSetQuery(Fields.CONCEPT,
        ids.stream().map(id -> new BytesRef(id.value())).toList()), cache));
  }
}
