package dev.convene.search.internal;

import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.taxonomy.Concept;
import dev.convene.search.FacetResult;
import dev.convene.search.FacetValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the counters of a search into {@link FacetResult}s, with labels resolved now in the display
 * language: a concept's current preferred label, a community's current name, a language's name.
 */
public final class FacetResults {
  private static final Comparator<FacetValue> ORDER =
      Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::label)
          .thenComparing(FacetValue::value);

  private FacetResults() {}

  /** The result of a counter that was asked for. */
  public static FacetResult of(FacetCounter counter, World world, Locale display) {
    List<FacetValue> values = switch (counter) {
      case TermFacetCounter terms -> flat(terms.counts(), value -> label(counter, value, world, display));
      case YearFacetCounter years -> {
        List<FacetValue> list = new ArrayList<>();
        years.counts().forEach((year, n) -> list.add(new FacetValue(Long.toString(year), Long.toString(year), n,
            List.of())));
        list.sort(ORDER);
        yield list;
      }
      case ConceptFacetCounter concepts -> concepts(concepts, world, display);
      default -> throw new IllegalStateException("unknown counter " + counter);
    };
    return new FacetResult(counter.dimension(), values);
  }

  private static List<FacetValue> flat(Map<String, Long> counts, java.util.function.Function<String, String> label) {
    List<FacetValue> list = new ArrayList<>();
    counts.forEach((value, n) -> list.add(new FacetValue(value, label.apply(value), n, List.of())));
    list.sort(ORDER);
    return list;
  }

  private static String label(FacetCounter counter, String value, World world, Locale display) {
    return switch (counter.dimension().kind()) {
      case TYPE -> Character.toUpperCase(value.charAt(0)) + value.substring(1);
      case LANGUAGE -> {
        String name = Locale.forLanguageTag(value).getDisplayLanguage(display);
        yield name.isEmpty() ? value : name;
      }
      case COMMUNITY -> world.community(CommunityId.of(value)).map(Community::name)
          .flatMap(n -> n.resolve(display)).orElse(value);
      default -> value;
    };
  }

  private static List<FacetValue> concepts(ConceptFacetCounter counter, World world, Locale display) {
    TaxonomyIndex taxonomy = TaxonomyIndex.of(world.taxonomy());
    long[] counts = counter.counts();
    List<FacetValue> top = new ArrayList<>();
    for (int i : taxonomy.inScheme(counter.dimension().scheme().orElseThrow())) {
      if (counts[i] > 0 && taxonomy.concept(i).isTop()) {
        top.add(node(i, taxonomy, counts, display, new HashSet<>()));
      }
    }
    top.sort(ORDER);
    return top;
  }

  private static FacetValue node(int index, TaxonomyIndex taxonomy, long[] counts, Locale display, Set<Integer> path) {
    Concept concept = taxonomy.concept(index);
    path.add(index);
    List<FacetValue> narrower = new ArrayList<>();
    for (int c : taxonomy.narrower(index)) {
      if (counts[c] > 0 && !path.contains(c)) {
        narrower.add(node(c, taxonomy, counts, display, path));
      }
    }
    path.remove(index);
    narrower.sort(ORDER);
    String label = taxonomy.label(index, display);
    return new FacetValue(concept.id().value(), label, counts[index], narrower);
  }
}
