package dev.convene.search;

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

/**
 * Taxonomies whose shape, not size, is the hard part: a chain ({@code c00000} on top, each next concept
 * narrower than the one before, labelled "Step 0", "Step 1", ...) and a lattice (two concepts per
 * level, {@code l01a} and {@code l01b} on top, each concept of a level narrower than both concepts of
 * the level above, labelled "Lattice 01 a", ...), which has 2<sup>levels - 1</sup> paths from the top to
 * a bottom concept.
 */
final class TaxonomyShapes {
  static final SchemeId SHAPES = SchemeId.of("shapes");

  private TaxonomyShapes() {}

  static ConceptId step(int i) {
    return ConceptId.of(String.format(Locale.ROOT, "c%05d", i));
  }

  static ConceptId lattice(int level, char side) {
    return ConceptId.of(String.format(Locale.ROOT, "l%02d%c", level, side));
  }

  static Taxonomy chain(int length) {
    List<Concept> concepts = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      ConceptBuilder concept = Concept.builder(step(i), SHAPES).prefLabel("en", "Step " + i);
      if (i > 0) {
        concept.broader(step(i - 1));
      }
      concepts.add(concept.build());
    }
    return taxonomy(concepts);
  }

  static Taxonomy lattice(int levels) {
    List<Concept> concepts = new ArrayList<>();
    for (int level = 1; level <= levels; level++) {
      for (char side : new char[] {'a', 'b'}) {
        ConceptBuilder concept = Concept.builder(lattice(level, side), SHAPES)
            .prefLabel("en", String.format(Locale.ROOT, "Lattice %02d %c", level, side));
        if (level > 1) {
          concept.broader(lattice(level - 1, 'a'), lattice(level - 1, 'b'));
        }
        concepts.add(concept.build());
      }
    }
    return taxonomy(concepts);
  }

  private static Taxonomy taxonomy(List<Concept> concepts) {
    return Taxonomy.builder().scheme(ConceptScheme.of(SHAPES, LocalizedText.of("en", "Shapes"), Locale.ENGLISH))
        .concepts(concepts).build();
  }
}
