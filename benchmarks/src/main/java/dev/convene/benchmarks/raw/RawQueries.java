package dev.convene.benchmarks.raw;

import dev.convene.benchmarks.corpus.Audience;
import dev.convene.benchmarks.query.BenchQuery;
import dev.convene.core.model.CommunityId;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.FixedBitSet;
import org.jspecify.annotations.Nullable;

/**
 * Turns a benchmark query into a Lucene query: the user's text parsed over each language's title
 * and text fields (titles count double), every word required unless marked otherwise, the privacy
 * filter as a non-scoring clause, and the drill-down concept as a term of its scheme's facet field.
 * As in Convene's search, a document matches if its language's fields hold every required clause
 * that language does not drop as a stop word, and none of the excluded ones; and required text
 * that is a concept's label (in any language) also matches, at a constant score, every document
 * tagged with that concept or a narrower one, in any language, unless an excluded word rules it
 * out: the taxonomy's expansion, one term of the facet field per concept found, since each document
 * carries its concepts' broader ones there.
 */
final class RawQueries {
  private static final float TITLE_BOOST = 2f;
  /** A clause of the query syntax: its {@code +} or {@code -} signs, then a quoted phrase or a word. */
  private static final Pattern CLAUSE = Pattern.compile("([+-]*)(\"[^\"]*\"|[^\\s\"]+)");

  private final Analyzer analyzer;
  private final Taxonomy taxonomy;
  private final FacetsConfig facets;
  private final Map<CommunityId, Integer> ordinals;
  private final FixedBitSet publicReadable;
  private final Map<String, Float> boosts = new HashMap<>();

  RawQueries(Analyzer analyzer, Taxonomy taxonomy, FacetsConfig facets, Map<CommunityId, Integer> ordinals,
      FixedBitSet publicReadable) {
    this.analyzer = analyzer;
    this.taxonomy = taxonomy;
    this.facets = facets;
    this.ordinals = ordinals;
    this.publicReadable = publicReadable;
    Analyzers.LANGUAGES.forEach(l -> boosts.put(RawSchema.title(l), TITLE_BOOST));
  }

  /**
   * A query to run: the whole query, and its text part alone (for the highlighter), null for a
   * browse.
   */
  record Parsed(Query query, @Nullable Query text) {}

  /**
   * The Lucene query for {@code query} as {@code audience}.
   *
   * @throws IllegalArgumentException if the text does not parse
   */
  Parsed toLucene(Audience audience, BenchQuery query) {
    @Nullable Query parsed = query.text().isEmpty() ? null : parse(query.text());
    Query text = parsed == null ? MatchAllDocsQuery.INSTANCE : parsed;
    Query filtered = new BooleanQuery.Builder()
        .add(text, Occur.MUST)
        .add(privacyFilter(audience), Occur.FILTER)
        .build();
    if (query.concept().isEmpty()) {
      return new Parsed(filtered, parsed);
    }
    DrillDownQuery drillDown = new DrillDownQuery(facets, filtered);
    Concept concept = taxonomy.require(query.concept().get());
    drillDown.add(concept.scheme().value(), concept.id().value());
    return new Parsed(drillDown, parsed);
  }

  /** The filter for what {@code audience} may read, built per query as the audience may change. */
  PrivacyFilterQuery privacyFilter(Audience audience) {
    FixedBitSet memberOf = new FixedBitSet(publicReadable.length());
    for (CommunityId community : audience.activeCommunities()) {
      Integer ordinal = ordinals.get(community);
      if (ordinal != null) {
        memberOf.set(ordinal);
      }
    }
    return new PrivacyFilterQuery(memberOf, publicReadable);
  }

  private Query parse(String text) {
    // each language must match every required clause in its own fields, where its stop words are no
    // clause, as in Convene's search; an excluded clause excludes in every language
    BooleanQuery.Builder either = new BooleanQuery.Builder();
    List<Query> excluded = new ArrayList<>();
    for (String language : Analyzers.LANGUAGES) {
      BooleanQuery.Builder required = new BooleanQuery.Builder();
      int clauses = 0;
      Query parsed = parse(text, language);
      if (parsed instanceof BooleanQuery all && all.clauses().stream().anyMatch(c -> c.occur() == Occur.MUST_NOT)) {
        for (BooleanClause clause : all.clauses()) {
          if (clause.occur() == Occur.MUST_NOT) {
            excluded.add(clause.query());
          } else {
            required.add(clause);
            clauses++;
          }
        }
      } else if (!(parsed instanceof BooleanQuery all && all.clauses().isEmpty())) {
        required.add(parsed, Occur.MUST);
        clauses++;
      }
      if (clauses > 0) {
        either.add(required.build(), Occur.SHOULD);
      }
    }
    @Nullable Query concepts = concepts(requiredText(text));
    if (concepts != null) {
      either.add(concepts, Occur.SHOULD);
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder().add(either.build(), Occur.MUST);
    excluded.forEach(q -> all.add(q, Occur.MUST_NOT));
    return all.build();
  }

  /** {@code text} parsed over the title and text fields of one language, every word required. */
  private Query parse(String text, String language) {
    // the parser keeps state between calls and is cheap to make, so each query gets its own
    MultiFieldQueryParser parser = new MultiFieldQueryParser(
        new String[] {RawSchema.title(language), RawSchema.text(language)}, analyzer, boosts);
    // words without + or - are all required, as in Convene's query syntax
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException("Cannot parse \"" + text + "\": " + e.getMessage(), e);
    }
  }

  /**
   * The documents tagged with a concept whose label, in any language, is {@code text}, or with a
   * narrower one; null if no label is {@code text}.
   */
  private @Nullable Query concepts(String text) {
    if (text.isBlank()) {
      return null;
    }
    List<Concept> found = taxonomy.findByLabel(text);
    if (found.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (Concept concept : found) {
      String dimension = concept.scheme().value();
      Term term = DrillDownQuery.term(facets.getDimConfig(dimension).indexFieldName, dimension, concept.id().value());
      any.add(new TermQuery(term), Occur.SHOULD);
    }
    return new ConstantScoreQuery(any.build());
  }

  /**
   * The required words and phrases of {@code text}, as Convene's query syntax reads them, joined by a
   * space: neither the excluded ones ({@code -word}) nor prefixes ({@code word*}).
   */
  static String requiredText(String text) {
    List<String> required = new ArrayList<>();
    Matcher clause = CLAUSE.matcher(text);
    while (clause.find()) {
      String clauseText = clause.group(2);
      if (clause.group(1).endsWith("-") || clauseText.endsWith("*")) {
        continue;
      }
      String words = clauseText.startsWith("\"") ? clauseText.substring(1, clauseText.length() - 1).strip()
          : clauseText;
      if (!words.isEmpty()) {
        required.add(words);
      }
    }
    return String.join(" ", required);
  }
}
