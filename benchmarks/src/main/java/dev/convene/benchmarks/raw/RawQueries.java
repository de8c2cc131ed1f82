package dev.convene.benchmarks.raw;

import dev.convene.benchmarks.corpus.Audience;
import dev.convene.benchmarks.query.BenchQuery;
import dev.convene.core.model.CommunityId;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.Taxonomy;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.FixedBitSet;
import org.jspecify.annotations.Nullable;

/**
 * Turns a benchmark query into a Lucene query: the user's text parsed over every language's title
 * and text fields (titles count double), every word required unless marked otherwise, the privacy filter as a non-scoring clause, and the
 * drill-down concept as a term of its scheme's facet field.
 */
final class RawQueries {
  private static final float TITLE_BOOST = 2f;

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
    // the parser keeps state between calls and is cheap to make, so each query gets its own
    MultiFieldQueryParser parser = new MultiFieldQueryParser(RawSchema.textFields(), analyzer, boosts);
    // words without + or - are all required, as in Convene's query syntax
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException("Cannot parse \"" + text + "\": " + e.getMessage(), e);
    }
  }
}
