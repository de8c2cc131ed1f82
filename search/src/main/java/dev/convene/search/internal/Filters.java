package dev.convene.search.internal;

import dev.convene.core.model.CommunityId;
import dev.convene.core.model.ConceptId;
import dev.convene.core.taxonomy.Taxonomy;
import dev.convene.search.FacetDimension;
import dev.convene.search.HitKind;
import dev.convene.search.SearchRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/** The plain filters of a request, and the choices that follow from it. */
public final class Filters {
  private Filters() {}

  /** The analyses the text is searched in: those of the requested languages, or all. */
  public static List<String> analyses(SearchRequest request) {
    if (request.languages().isEmpty()) {
      return Fields.ANALYSES;
    }
    return request.languages().stream().map(Fields::analysis).distinct().sorted().toList();
  }

  /** Whether items may be hits. */
  public static boolean items(SearchRequest request) {
    return request.kinds().contains(HitKind.ITEM);
  }

  /** Whether communities may be hits: asked for, and no filter that only items can pass. */
  public static boolean communities(SearchRequest request) {
    return request.kinds().contains(HitKind.COMMUNITY) && request.itemTypes().isEmpty()
        && request.from().isEmpty() && request.to().isEmpty();
  }

  /**
   * The filter queries of the request; a concept filter, which stands for a concept and every
   * narrower one, is kept in {@code cache} per segment.
   */
  public static List<Query> of(SearchRequest request, Taxonomy taxonomy, FilterCache cache) {
    List<Query> filters = new ArrayList<>();
    if (!request.concepts().isEmpty()) {
      Set<ConceptId> ids = new LinkedHashSet<>(request.concepts());
      if (request.includeNarrower()) {
        for (ConceptId id : request.concepts()) {
          if (taxonomy.concept(id).isPresent()) {
            taxonomy.descendants(id).forEach(d -> ids.add(d.id()));
          }
        }
      }
      filters.add(CachedFilterQuery.of(terms(Fields.CONCEPT, ids.stream().map(ConceptId::value).toList()), cache));
    }
    if (!request.communities().isEmpty()) {
      filters.add(terms(Fields.COMMUNITY, request.communities().stream().map(CommunityId::value).toList()));
    }
    if (!request.itemTypes().isEmpty()) {
      filters.add(terms(Fields.TYPE, request.itemTypes().stream().map(Fields::type).toList()));
    }
    if (!request.languages().isEmpty()) {
      filters.add(terms(Fields.LANGUAGE, request.languages().stream().map(Locale::getLanguage).distinct().toList()));
    }
    if (request.from().isPresent() || request.to().isPresent()) {
      long from = request.from().map(java.time.Instant::toEpochMilli).orElse(Long.MIN_VALUE);
      long to = request.to().map(t -> t.toEpochMilli() - 1).orElse(Long.MAX_VALUE);
      filters.add(LongPoint.newRangeQuery(Fields.DATE, from, to));
    }
    return filters;
  }

  /** The counters of the request: its facets, then the drill-downs of facets it does not count. */
  public static List<FacetCounter> counters(SearchRequest request, TaxonomyIndex taxonomy, KeywordColumns columns) {
    Set<FacetDimension> dimensions = new LinkedHashSet<>(request.facets());
    dimensions.addAll(request.drillDowns().keySet());
    List<FacetCounter> counters = new ArrayList<>();
    for (FacetDimension dimension : dimensions) {
      boolean counting = request.facets().contains(dimension);
      Set<String> selected = request.drillDowns().get(dimension);
      counters.add(switch (dimension.kind()) {
        case TYPE -> new TermFacetCounter(dimension, Fields.TYPE, counting, selected, columns);
        case LANGUAGE -> new TermFacetCounter(dimension, Fields.LANGUAGE, counting, selected, columns);
        case COMMUNITY -> new TermFacetCounter(dimension, Fields.COMMUNITY, counting, selected, columns);
        case YEAR -> new YearFacetCounter(dimension, counting, selected);
        case CONCEPTS -> new ConceptFacetCounter(dimension, taxonomy, counting, selected);
      });
    }
    return counters;
  }

  private static Query terms(String field, List<String> values) {
    return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
  }
}
