package dev.convene.search.internal;

import dev.convene.core.model.ConceptId;
import dev.convene.core.model.SchemeId;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.Taxonomy;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;

/**
 * The taxonomy numbered for counting: each concept an index, with the indexes of its direct broader
 * and narrower concepts. Built from one immutable {@link Taxonomy} in time and memory linear in
 * concepts plus links, and kept while that taxonomy is current, with, per segment and scheme, the
 * segment's concepts as counting reads them ({@link ConceptColumn}).
 *
 * <p>No closure of ancestors is stored: a chain n concepts deep would need n<sup>2</sup>/2 entries.
 * Counting walks up from each document's concepts instead ({@link ConceptFacetCounter}), which costs
 * what the document's ancestors cost, and nothing for concepts no document carries.
 */
public final class TaxonomyIndex {
  private static final int[] NONE = new int[0];
  /** How many taxonomies' indexes are kept. */
  private static final int RECENT = 4;
  /** The indexes of the taxonomies searched last, the latest first. */
  private static volatile List<TaxonomyIndex> recent = List.of();

  private final Taxonomy taxonomy;
  private final Map<ConceptId, Integer> indexes = new HashMap<>();
  private final int[][] broader;
  private final int[][] narrower;
  private final Map<SchemeId, int[]> byScheme = new HashMap<>();
  private final Map<Locale, String[]> labels = new ConcurrentHashMap<>();
  private final Map<Locale, int[]> labelRanks = new ConcurrentHashMap<>();
  private final Map<Locale, int[]> byLabelRank = new ConcurrentHashMap<>();
  // per segment core (held weakly: it goes with its segment) and scheme, its concepts as counted
  private final Map<IndexReader.CacheKey, Map<SchemeId, ConceptColumn>> bySegment = new WeakHashMap<>();

  private TaxonomyIndex(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
    List<Concept> concepts = taxonomy.concepts();
    for (int i = 0; i < concepts.size(); i++) {
      indexes.put(concepts.get(i).id(), i);
    }
    broader = new int[concepts.size()][];
    narrower = new int[concepts.size()][];
    Map<SchemeId, List<Integer>> schemes = new HashMap<>();
    for (int i = 0; i < concepts.size(); i++) {
      Concept concept = concepts.get(i);
      broader[i] = concept.broader().stream().mapToInt(indexes::get).toArray();
      narrower[i] = taxonomy.narrower(concept.id()).stream().mapToInt(c -> indexes.get(c.id())).toArray();
      schemes.computeIfAbsent(concept.scheme(), k -> new ArrayList<>()).add(i);
    }
    schemes.forEach((scheme, list) -> byScheme.put(scheme, list.stream().mapToInt(Integer::intValue).toArray()));
  }

  /**
   * The index of {@code taxonomy}, built once per taxonomy: the indexes of the last few taxonomies
   * searched are kept, so that search indexes of different taxonomies in one process (several
   * stores, several tenants) do not build each other's again on every search.
   */
  public static TaxonomyIndex of(Taxonomy taxonomy) {
    List<TaxonomyIndex> known = recent;
    for (TaxonomyIndex index : known) {
      if (index.taxonomy == taxonomy) {
        return index;
      }
    }
    TaxonomyIndex built = new TaxonomyIndex(taxonomy);
    List<TaxonomyIndex> kept = new ArrayList<>(RECENT);
    kept.add(built);
    kept.addAll(known.subList(0, Math.min(known.size(), RECENT - 1)));
    recent = List.copyOf(kept);
    return built;
  }

  /** The taxonomy. */
  public Taxonomy taxonomy() {
    return taxonomy;
  }

  /** How many concepts. */
  public int size() {
    return broader.length;
  }

  /** The index of a concept, or -1 if the taxonomy has no such concept (any more). */
  public int index(ConceptId id) {
    Integer index = indexes.get(id);
    return index == null ? -1 : index;
  }

  /** The concept at an index. */
  public Concept concept(int index) {
    return taxonomy.concepts().get(index);
  }

  /** The indexes of the concepts directly broader than the concept at {@code index} (all in its scheme). */
  public int[] broader(int index) {
    return broader[index];
  }

  /** The indexes of the narrower concepts of the concept at {@code index}, in the taxonomy's order. */
  public int[] narrower(int index) {
    return narrower[index];
  }

  /**
   * The concepts of {@code scheme} in {@code segment} as counting reads them, built once per segment
   * and scheme while this taxonomy is current: resolving every ordinal to a concept, and every
   * document to its concept, costs more than counting the hits of a typical search.
   */
  ConceptColumn column(LeafReader segment, SchemeId scheme) throws IOException {
    IndexReader.CacheHelper helper = segment.getCoreCacheHelper();
    if (helper == null) {
      return ConceptColumn.build(segment, this, scheme);
    }
    synchronized (bySegment) {
      ConceptColumn known = bySegment.getOrDefault(helper.getKey(), Map.of()).get(scheme);
      if (known != null) {
        return known;
      }
    }
    ConceptColumn built = ConceptColumn.build(segment, this, scheme);
    synchronized (bySegment) {
      return bySegment.computeIfAbsent(helper.getKey(), k -> new HashMap<>()).merge(scheme, built, (known, ignored) -> known);
    }
  }

  /** The indexes of the concepts of {@code scheme}, in the taxonomy's order. */
  public int[] inScheme(SchemeId scheme) {
    return byScheme.getOrDefault(scheme, NONE);
  }

  /**
   * For each concept index, its place among all concepts ordered by label in {@code display}, then
   * by id: facet values of equal count are shown in this order. Computed once per language.
   */
  public int[] labelRanks(Locale display) {
    return labelRanks.computeIfAbsent(display, language -> {
      Integer[] order = new Integer[broader.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      java.util.Arrays.sort(order, java.util.Comparator.<Integer, String>comparing(i -> label(i, language))
          .thenComparing(i -> concept(i).id().value()));
      int[] ranks = new int[order.length];
      for (int r = 0; r < order.length; r++) {
        ranks[order[r]] = r;
      }
      return ranks;
    });
  }

  /** For each place of {@link #labelRanks(Locale)}, the index of the concept there. Computed once per language. */
  public int[] byLabelRank(Locale display) {
    return byLabelRank.computeIfAbsent(display, language -> {
      int[] ranks = labelRanks(language);
      int[] byRank = new int[ranks.length];
      for (int i = 0; i < ranks.length; i++) {
        byRank[ranks[i]] = i;
      }
      return byRank;
    });
  }

  /** The label of the concept at {@code index} in {@code display} (with the taxonomy's fallbacks), or its id. */
  public String label(int index, Locale display) {
    String label = labels(display)[index];
    return label != null ? label : concept(index).id().value();
  }

  /**
   * The label of {@code id} in {@code display} as {@link Taxonomy#label} gives it (with the
   * taxonomy's fallbacks), from the labels numbered once per language; empty for a concept the
   * taxonomy does not have, or one with no label.
   */
  public Optional<String> label(ConceptId id, Locale display) {
    int index = index(id);
    return index < 0 ? Optional.empty() : Optional.ofNullable(labels(display)[index]);
  }

  /** Each concept's label in {@code display}, or null where it has none. */
  private String[] labels(Locale display) {
    return labels.computeIfAbsent(display, language -> {
      String[] all = new String[broader.length];
      for (int i = 0; i < all.length; i++) {
        all[i] = taxonomy.label(concept(i).id(), language).orElse(null);
      }
      return all;
    });
  }
}
