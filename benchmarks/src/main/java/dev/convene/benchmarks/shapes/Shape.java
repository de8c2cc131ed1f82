package dev.convene.benchmarks.shapes;

import dev.convene.core.model.ConceptId;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.SchemeId;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.ConceptBuilder;
import dev.convene.core.taxonomy.ConceptScheme;
import dev.convene.core.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A taxonomy of {@code n} concepts, {@code k0}, {@code k1}, ..., in one scheme, in one of three shapes. */
enum Shape {
  /** Every concept on top: the baseline, with as many concepts and no links. */
  FLAT,
  /** Each concept narrower than the one before: n levels, n - 1 links. */
  CHAIN,
  /** Two concepts per level, each narrower than both above: n / 2 levels, 2<sup>n/2 - 1</sup> paths down. */
  LATTICE;

  static final SchemeId SCHEME = SchemeId.of("shapes");

  static ConceptId concept(int i) {
    return ConceptId.of("k" + i);
  }

  Taxonomy taxonomy(int n) {
    List<Concept> concepts = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ConceptBuilder concept = Concept.builder(concept(i), SCHEME).prefLabel("en", "Concept " + i);
      switch (this) {
        case FLAT -> { }
        case CHAIN -> {
          if (i > 0) {
            concept.broader(concept(i - 1));
          }
        }
        case LATTICE -> {
          int level = i / 2;
          if (level > 0) {
            concept.broader(concept(2 * level - 2), concept(2 * level - 1));
          }
        }
      }
      concepts.add(concept.build());
    }
    return Taxonomy.builder().scheme(ConceptScheme.of(SCHEME, LocalizedText.of("en", "Shapes"), Locale.ENGLISH))
        .concepts(concepts).build();
  }

  String describe(int n) {
    return switch (this) {
      case FLAT -> String.format(Locale.ROOT, "flat: %,d top concepts (baseline)", n);
      case CHAIN -> String.format(Locale.ROOT, "chain: %,d levels", n);
      case LATTICE -> String.format(Locale.ROOT, "lattice: %,d levels of 2", n / 2);
    };
  }
}
