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
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * The taxonomy numbered for counting: each concept an index, with the indexes of itself and all its
 * broader concepts, each once, so that a document counts once under every concept above its tags.
 * Built from one immutable {@link Taxonomy} and kept while that taxonomy is current, with, per
 * segment and scheme, what each concept ordinal of the segment counts under.
 */
public final class TaxonomyIndex {
  private static volatile TaxonomyIndex last = new TaxonomyIndex(Taxonomy.empty());

  private final Taxonomy taxonomy;
  private final Map<ConceptId, Integer> indexes = new HashMap<>();
  private final int[][] upward;
  private final int[][] narrower;
  private final Map<SchemeId, int[]> byScheme = new HashMap<>();
  private final Map<Locale, String[]> labels = new ConcurrentHashMap<>();
  // per segment core (held weakly: it goes with its segment) and scheme, what each ordinal counts under
  private final Map<IndexReader.CacheKey, Map<SchemeId, int[][]>> bySegment = new WeakHashMap<>();

  private TaxonomyIndex(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
    List<Concept> concepts = taxonomy.concepts();
    for (int i = 0; i < concepts.size(); i++) {
      indexes.put(concepts.get(i).id(), i);
    }
    upward = new int[concepts.size()][];
    for (int i = 0; i < concepts.size(); i++) {
      List<Concept> ancestors = taxonomy.ancestors(concepts.get(i).id());
      int[] up = new int[ancestors.size() + 1];
      up[0] = i;
      for (int a = 0; a < ancestors.size(); a++) {
        up[a + 1] = indexes.get(ancestors.get(a).id());
      }
      upward[i] = up;
    }
    narrower = new int[concepts.size()][];
    for (int i = 0; i < concepts.size(); i++) {
      narrower[i] = taxonomy.narrower(concepts.get(i).id()).stream().mapToInt(c -> indexes.get(c.id())).toArray();
    }
    Map<SchemeId, List<Integer>> schemes = new HashMap<>();
    for (int i = 0; i < concepts.size(); i++) {
      schemes.computeIfAbsent(concepts.get(i).scheme(), k -> new ArrayList<>()).add(i);
    }
    schemes.forEach((scheme, list) -> byScheme.put(scheme, list.stream().mapToInt(Integer::intValue).toArray()));
  }

  /** The index of {@code taxonomy}, built once per taxonomy. */
  public static TaxonomyIndex of(Taxonomy taxonomy) {
    TaxonomyIndex known = last;
    if (known.taxonomy != taxonomy) {
      known = new TaxonomyIndex(taxonomy);
      last = known;
    }
    return known;
  }

  /** The taxonomy. */
  public Taxonomy taxonomy() {
    return taxonomy;
  }

  /** How many concepts. */
  public int size() {
    return upward.length;
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

  /** The indexes of the concept and all its broader concepts, each once (all in its scheme). */
  public int[] upward(int index) {
    return upward[index];
  }

  /**
   * For each ordinal of a segment's concept doc values, the indexes it counts under in {@code
   * scheme}: those of its concept and every broader concept, or none for a concept of another scheme
   * or one the taxonomy no longer has. Computed once per segment and scheme: resolving every ordinal
   * to a concept costs more than counting the hits of a typical search.
   *
   * @param values the segment's concept doc values, not yet iterated
   */
  public int[][] upward(LeafReader segment, SortedSetDocValues values, SchemeId scheme) throws IOException {
    IndexReader.CacheHelper helper = segment.getCoreCacheHelper();
    if (helper == null) {
      return resolve(values, scheme);
    }
    synchronized (bySegment) {
      int[][] known = bySegment.getOrDefault(helper.getKey(), Map.of()).get(scheme);
      if (known != null) {
        return known;
      }
    }
    int[][] resolved = resolve(values, scheme);
    synchronized (bySegment) {
      bySegment.computeIfAbsent(helper.getKey(), k -> new HashMap<>()).putIfAbsent(scheme, resolved);
    }
    return resolved;
  }

  private int[][] resolve(SortedSetDocValues values, SchemeId scheme) throws IOException {
    int ords = (int) values.getValueCount();
    int[][] byOrd = new int[ords][];
    int[] none = new int[0];
    for (int ord = 0; ord < ords; ord++) {
      int index = index(new ConceptId(values.lookupOrd(ord).utf8ToString()));
      byOrd[ord] = index < 0 || !concept(index).scheme().equals(scheme) ? none : upward[index];
    }
    return byOrd;
  }

  /** The indexes of the concepts of {@code scheme}, in the taxonomy's order. */
  public int[] inScheme(SchemeId scheme) {
    return byScheme.getOrDefault(scheme, new int[0]);
  }

  /** The label of the concept at {@code index} in {@code display} (with the taxonomy's fallbacks), or its id. */
  public String label(int index, Locale display) {
    return labels.computeIfAbsent(display, language -> {
      String[] all = new String[upward.length];
      for (int i = 0; i < all.length; i++) {
        ConceptId id = concept(i).id();
        all[i] = taxonomy.label(id, language).orElse(id.value());
      }
      return all;
    })[index];
  }

  /** The indexes of the narrower concepts of the concept at {@code index}, in the taxonomy's order. */
  public int[] narrower(int index) {
    return narrower[index];
  }
}
