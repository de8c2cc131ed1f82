package dev.convene.benchmarks.raw;

import dev.convene.benchmarks.engine.Page;
import dev.convene.benchmarks.engine.Result;
import dev.convene.benchmarks.query.BenchQuery;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.ItemId;
import dev.convene.core.taxonomy.Taxonomy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.jspecify.annotations.Nullable;

/**
 * Runs a Lucene query in one pass that keeps the top hits and the set of all hits, then counts the
 * two facet dimensions over that set from their sorted-set doc values (no taxonomy index) and reads
 * the top hits: for a full page their ids, titles and texts, each text's best passage highlighted
 * with Lucene's {@link UnifiedHighlighter} (as Convene's search does, with the same formatter and
 * one read of each hit's stored fields), or their ids alone. Concept labels come from the taxonomy
 * at query time, in English.
 */
final class RawSearch {
  private static final Sort NEWEST_FIRST = new Sort(new SortField(RawSchema.NEWEST, SortField.Type.LONG, true));
  private static final Set<String> ID_ONLY = Set.of(RawSchema.ID);
  private static final String[] TITLES = Analyzers.LANGUAGES.stream().map(RawSchema::title).toArray(String[]::new);
  private static final String[] TEXTS = Analyzers.LANGUAGES.stream().map(RawSchema::text).toArray(String[]::new);
  private static final Set<String> PAGE_FIELDS = pageFields();
  private static final int SNIPPET_LENGTH = 240;
  private static final int MAX_HIGHLIGHTED = 100_000;

  private final IndexSearcher searcher;
  private final Map<String, SortedSetDocValuesReaderState> facetStates;
  private final Taxonomy taxonomy;
  private final Analyzer analyzer;

  RawSearch(IndexSearcher searcher, Map<String, SortedSetDocValuesReaderState> facetStates, Taxonomy taxonomy,
      Analyzer analyzer) {
    this.searcher = searcher;
    this.analyzer = analyzer;
    this.facetStates = facetStates;
    this.taxonomy = taxonomy;
  }

  /** Runs {@code parsed}, building the page asked for. */
  Result run(RawQueries.Parsed parsed, BenchQuery query, Page page) {
    Query lucene = parsed.query();
    try {
      FacetsCollectorManager.FacetsResult found = query.byRelevance()
          ? FacetsCollectorManager.search(searcher, lucene, query.top(), new FacetsCollectorManager())
          : FacetsCollectorManager.search(searcher, lucene, query.top(), NEWEST_FIRST, new FacetsCollectorManager());
      FacetsCollector hits = found.facetsCollector();
      long total = hits.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
      List<Result.Facet> facets = List.of(
          facet(query.facetScheme().value(), hits, true),
          facet(BenchQuery.TYPE_FACET, hits, false));
      ScoreDoc[] top = found.topDocs().scoreDocs;
      StoredFields stored = searcher.storedFields();
      List<ItemId> ids = new ArrayList<>(top.length);
      if (page == Page.IDS) {
        for (ScoreDoc doc : top) {
          ids.add(ItemId.of(stored.document(doc.doc, ID_ONLY).get(RawSchema.ID)));
        }
        return new Result(total, ids, facets);
      }
      // each hit's stored fields read once, shared with the highlighter, as Convene reads them
      Map<Integer, org.apache.lucene.document.Document> read = new HashMap<>();
      for (ScoreDoc doc : top) {
        org.apache.lucene.document.Document document = stored.document(doc.doc, PAGE_FIELDS);
        read.put(doc.doc, document);
        ids.add(ItemId.of(document.get(RawSchema.ID)));
      }
      @Nullable Query text = parsed.text();
      Map<String, String[]> highlighted = text == null || top.length == 0 ? Map.of() : highlight(text, top, read);
      List<Result.Snippet> snippets = new ArrayList<>(top.length);
      for (int i = 0; i < top.length; i++) {
        org.apache.lucene.document.Document document = read.get(top[i].doc);
        @Nullable String snippet = null;
        for (String field : TEXTS) {
          String[] values = highlighted.get(field);
          if (values != null && values[i] != null) {
            snippet = values[i];
            break;
          }
        }
        snippets.add(new Result.Snippet(first(document, TITLES), snippet != null ? snippet : opening(document)));
      }
      return new Result(total, ids, facets, snippets);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The best passage of each hit's text in each language's text field, with the words of {@code text} marked. */
  private Map<String, String[]> highlight(Query text, ScoreDoc[] top,
      Map<Integer, org.apache.lucene.document.Document> read) throws IOException {
    UnifiedHighlighter highlighter = new UnifiedHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
        .withMaxLength(MAX_HIGHLIGHTED)) {
      @Override
      protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
          int cacheCharsThreshold) throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
          org.apache.lucene.document.Document document = read.get(doc);
          CharSequence[] byField = new CharSequence[fields.length];
          for (int f = 0; f < fields.length && document != null; f++) {
            String value = document.get(fields[f]);
            byField[f] = value == null || value.length() <= MAX_HIGHLIGHTED ? value
                : value.substring(0, MAX_HIGHLIGHTED);
          }
          values.add(byField);
        }
        return values;
      }
    };
    int[] docs = new int[top.length];
    for (int i = 0; i < top.length; i++) {
      docs[i] = top[i].doc;
    }
    int[] passages = new int[TEXTS.length];
    Arrays.fill(passages, 1);
    return highlighter.highlightFields(TEXTS, text, docs, passages);
  }

  private static String first(org.apache.lucene.document.Document document, String[] fields) {
    for (String field : fields) {
      String value = document.get(field);
      if (value != null) {
        return value;
      }
    }
    return "";
  }

  /** The opening of the text, escaped, as Convene shows a hit that nothing highlighted. */
  private static String opening(org.apache.lucene.document.Document document) {
    String text = first(document, TEXTS);
    String cut = text.length() <= SNIPPET_LENGTH ? text : text.substring(0, SNIPPET_LENGTH) + "…";
    StringBuilder out = new StringBuilder(cut.length());
    for (char c : cut.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#x27;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static Set<String> pageFields() {
    Set<String> fields = new HashSet<>(List.of(TITLES));
    fields.addAll(List.of(TEXTS));
    fields.add(RawSchema.ID);
    return Set.copyOf(fields);
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
