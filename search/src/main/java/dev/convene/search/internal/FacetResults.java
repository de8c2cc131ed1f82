package dev.convene.search.internal;

import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.search.FacetResult;
import dev.convene.search.FacetValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the counters of a search into {@link FacetResult}s, with labels resolved now in the display
 * language: a concept's current preferred label, a community's current name, a language's name, a
 * type's label from {@link TypeLabels}.
 */
public final class FacetResults {
  private static final Comparator<FacetValue> ORDER =
      Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::label)
          .thenComparing(FacetValue::value);

  private FacetResults() {}

  /** The result of a counter that was asked for, with at most {@code limit} values, the most frequent. */
  public static FacetResult of(FacetCounter counter, World world, Locale display, int limit) {
    List<FacetValue> values = switch (counter) {
      case TermFacetCounter terms -> flat(terms.counts(), value -> label(counter, value, world, display), limit);
      case YearFacetCounter years -> {
        List<FacetValue> list = new ArrayList<>();
        years.counts().forEach((year, n) -> list.add(new FacetValue(Long.toString(year), Long.toString(year), n,
            List.of())));
        list.sort(ORDER);
        yield list.size() <= limit ? list : list.subList(0, limit);
      }
      case ConceptFacetCounter concepts -> concepts(concepts, display, limit);
      default -> throw new IllegalStateException("unknown counter " + counter);
    };
    return new FacetResult(counter.dimension(), values);
  }

  private static List<FacetValue> flat(Map<String, Long> counts, java.util.function.Function<String, String> label,
      int limit) {
    List<FacetValue> list = new ArrayList<>();
    counts.forEach((value, n) -> list.add(new FacetValue(value, label.apply(value), n, List.of())));
    list.sort(ORDER);
    return list.size() <= limit ? list : list.subList(0, limit);
  }

  private static String label(FacetCounter counter, String value, World world, Locale display) {
    return switch (counter.dimension().kind()) {
      case TYPE -> TypeLabels.label(value, display);
      case LANGUAGE -> {
        String name = Locale.forLanguageTag(value).getDisplayLanguage(display);
        yield name.isEmpty() ? value : name;
      }
      case COMMUNITY -> world.community(CommunityId.of(value)).map(Community::name)
          .flatMap(n -> n.resolve(display)).orElse(value);
      default -> value;
    };
  }

  /**
   * Every concept with a count, each once, in the order of the other facets' values, with its counted
   * narrower concepts in the same order: linear in the counted concepts and their links, however deep
   * or tangled the hierarchy. Only the first {@code limit} are labelled and returned, and a value's
   * narrower concepts are those among them.
   */
  private static List<FacetValue> concepts(ConceptFacetCounter counter, Locale display, int limit) {
    TaxonomyIndex taxonomy = counter.taxonomy();
    long[] counts = counter.counts();
    int[] labelRank = taxonomy.labelRanks(display);
    // largest count first, then by label and id: one primitive sort of (count, label rank) keys
    int[] scheme = taxonomy.inScheme(counter.dimension().scheme().orElseThrow());
    long[] keys = new long[scheme.length];
    int n = 0;
    for (int i : scheme) {
      if (counts[i] > 0) {
        keys[n++] = (Integer.MAX_VALUE - Math.min(counts[i], Integer.MAX_VALUE)) << 32 | labelRank[i];
      }
    }
    Arrays.sort(keys, 0, n);
    n = Math.min(n, limit);
    int[] byRank = taxonomy.byLabelRank(display);
    int[] counted = new int[n];
    int[] rank = new int[counts.length];
    Arrays.fill(rank, -1); // not returned
    for (int k = 0; k < n; k++) {
      counted[k] = byRank[(int) keys[k]];
      rank[counted[k]] = k;
    }
    List<FacetValue> values = new ArrayList<>(n);
    int[] ranks = new int[16];
    for (int i : counted) {
      // the counted narrower concepts, in the order of the values: sorted by their ranks
      int[] narrower = taxonomy.narrower(i);
      if (ranks.length < narrower.length) {
        ranks = new int[narrower.length];
      }
      int m = 0;
      for (int c : narrower) {
        if (rank[c] >= 0) {
          ranks[m++] = rank[c];
        }
      }
      Arrays.sort(ranks, 0, m);
      String[] ids = new String[m];
      for (int k = 0; k < m; k++) {
        ids[k] = taxonomy.concept(counted[ranks[k]]).id().value();
      }
      values.add(new FacetValue(taxonomy.concept(i).id().value(), taxonomy.label(i, display), counts[i],
          Arrays.asList(ids)));
    }
    return values;
  }
}
