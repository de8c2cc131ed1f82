package dev.convene.search.internal;

import dev.convene.core.model.ConceptId;
import dev.convene.core.model.SchemeId;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The taxonomy numbered for counting: each concept an index, with the indexes of itself and all its
 * broader concepts, each once, so that a document counts once under every concept above its tags.
 * Built from one immutable {@link Taxonomy} and kept while that taxonomy is current.
 */
public final class TaxonomyIndex {
  private static volatile TaxonomyIndex last = new TaxonomyIndex(Taxonomy.empty());

  private final Taxonomy taxonomy;
  private final Map<ConceptId, Integer> indexes = new HashMap<>();
  private final int[][] upward;

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

  /** The indexes of the concepts of {@code scheme}. */
  public List<Integer> inScheme(SchemeId scheme) {
    List<Integer> result = new ArrayList<>();
    for (int i = 0; i < upward.length; i++) {
      if (concept(i).scheme().equals(scheme)) {
        result.add(i);
      }
    }
    return result;
  }
}
