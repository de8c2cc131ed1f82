package dev.convene.benchmarks.raw;

import dev.convene.benchmarks.engine.Result;
import dev.convene.benchmarks.query.BenchQuery;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.ItemId;
import dev.convene.core.taxonomy.Taxonomy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/**
 * Runs a Lucene query in one pass that keeps the top hits and the set of all hits, then counts the
 * two facet dimensions over that set from their sorted-set doc values (no taxonomy index) and reads
 * the top hits' ids. Concept labels come from the taxonomy at query time, in English.
 */
final class RawSearch {
  private static final Sort NEWEST_FIRST = new Sort(new SortField(RawSchema.NEWEST, SortField.Type.LONG, true));
  private static final Set<String> ID_ONLY = Set.of(RawSchema.ID);

  private final IndexSearcher searcher;
  private final Map<String, SortedSetDocValuesReaderState> facetStates;
  private final Taxonomy taxonomy;

  RawSearch(IndexSearcher searcher, Map<String, SortedSetDocValuesReaderState> facetStates, Taxonomy taxonomy) {
    this.searcher = searcher;
    this.facetStates = facetStates;
    this.taxonomy = taxonomy;
  }

  Result run(Query lucene, BenchQuery query) {
    try {
      FacetsCollectorManager.FacetsResult found = query.byRelevance()
          ? FacetsCollectorManager.search(searcher, lucene, query.top(), new FacetsCollectorManager())
          : FacetsCollectorManager.search(searcher, lucene, query.top(), NEWEST_FIRST, new FacetsCollectorManager());
      FacetsCollector hits = found.facetsCollector();
      long total = hits.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
      List<Result.Facet> facets = List.of(
          facet(query.facetScheme().value(), hits, true),
          facet(BenchQuery.TYPE_FACET, hits, false));
      StoredFields stored = searcher.storedFields();
      List<ItemId> ids = new ArrayList<>(found.topDocs().scoreDocs.length);
      for (ScoreDoc doc : found.topDocs().scoreDocs) {
        ids.add(ItemId.of(stored.document(doc.doc, ID_ONLY).get(RawSchema.ID)));
      }
      return new Result(total, ids, facets);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Result.Facet facet(String dimension, FacetsCollector hits, boolean concepts) throws IOException {
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(facetStates.get(dimension), hits);
    FacetResult top = counts.getTopChildren(BenchQuery.FACET_VALUES, dimension);
    List<Result.FacetValue> values = new ArrayList<>();
    if (top != null) {
      for (LabelAndValue value : top.labelValues) {
        String label = concepts
            ? taxonomy.label(ConceptId.of(value.label), Locale.ENGLISH).orElse(value.label)
            : value.label;
        values.add(new Result.FacetValue(value.label, label, value.value.longValue()));
      }
    }
    return new Result.Facet(dimension, values);
  }
}
