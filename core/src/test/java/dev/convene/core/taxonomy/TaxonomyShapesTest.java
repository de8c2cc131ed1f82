package dev.convene.core.taxonomy;

import static dev.convene.core.taxonomy.Fixture.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.ValidationException;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.SchemeId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/**
 * Shapes that a recursive or path-enumerating implementation cannot take: a chain 10,000 concepts
 * deep (c00000 on top) and a lattice of 30 levels, two concepts per level, each narrower than both
 * above it, with 2<sup>29</sup> paths from the top to a bottom concept. The timeouts only guard
 * against a hang; they measure nothing.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
class TaxonomyShapesTest {
  private static final SchemeId SHAPES = SchemeId.of("shapes");
  private static final int DEPTH = 10_000;
  private static final int LEVELS = 30;

  private static ConceptId step(int i) {
    return ConceptId.of(String.format(Locale.ROOT, "c%05d", i));
  }

  private static ConceptId node(int level, char side) {
    return ConceptId.of(String.format(Locale.ROOT, "l%02d%c", level, side));
  }

  private static Concept concept(ConceptId id, ConceptId... broader) {
    return Concept.builder(id, SHAPES).prefLabel("en", "Concept " + id.value()).broader(broader).build();
  }

  /** The chain, bottom first, so that validation starts its walk at the far end. */
  private static List<Concept> chain(int length) {
    List<Concept> concepts = new ArrayList<>();
    for (int i = length - 1; i >= 0; i--) {
      concepts.add(i == 0 ? concept(step(0)) : concept(step(i), step(i - 1)));
    }
    return concepts;
  }

  private static Taxonomy taxonomy(List<Concept> concepts) {
    return Taxonomy.builder().scheme(ConceptScheme.of(SHAPES, LocalizedText.of("en", "Shapes"), Locale.ENGLISH))
        .concepts(concepts).build();
  }

  private static Taxonomy lattice() {
    List<Concept> concepts = new ArrayList<>();
    for (int level = 1; level <= LEVELS; level++) {
      for (char side : new char[] {'a', 'b'}) {
        concepts.add(level == 1 ? concept(node(level, side))
            : concept(node(level, side), node(level - 1, 'a'), node(level - 1, 'b')));
      }
    }
    return taxonomy(concepts);
  }

  @Test
  @DisplayName("a 10,000-deep chain validates, and every traversal walks it without overflowing the stack")
  void deepChain() {
    Taxonomy chain = taxonomy(chain(DEPTH));
    ConceptId bottom = step(DEPTH - 1);
    List<ConceptId> upward = IntStream.iterate(DEPTH - 2, i -> i >= 0, i -> i - 1).mapToObj(i -> step(i)).toList();
    assertEquals(upward, ids(chain.ancestors(bottom)), "nearest first");
    assertEquals(IntStream.range(1, DEPTH).mapToObj(i -> step(i)).toList(), ids(chain.descendants(step(0))));
    List<ConceptId> downward = IntStream.range(0, DEPTH).mapToObj(i -> step(i)).toList();
    assertEquals(downward, ids(chain.pathToTop(bottom)));
    assertEquals(List.of(downward), chain.pathsToTop(bottom, 5).stream().map(Fixture::ids).toList());
    assertEquals(DEPTH, chain.depth(bottom));
    assertEquals(5_000, chain.depth(step(4_999)));
  }

  @Test
  @DisplayName("a cycle through a 10,000-deep chain is rejected with a message that names its ends, not all of it")
  void deepCycle() {
    List<Concept> concepts = chain(DEPTH);
    concepts.set(DEPTH - 1, concept(step(0), step(DEPTH - 1))); // the top, made narrower than the bottom
    ValidationException e = assertThrows(ValidationException.class, () -> taxonomy(concepts));
    assertEquals("acyclic", e.rule());
    assertTrue(e.field().matches("concept\\[c\\d{5}]\\.broader"), e.field());
    assertTrue(e.getMessage().contains("(9990 more)"), e.getMessage());
    assertTrue(e.getMessage().length() < 300, e.getMessage());
  }

  @Test
  @DisplayName("a 30-level lattice: each ancestor once, depth 30, and paths to the top only as many as asked")
  void lattice30() {
    Taxonomy lattice = lattice();
    ConceptId bottom = node(LEVELS, 'a');
    List<Concept> ancestors = lattice.ancestors(bottom);
    assertEquals(2 * (LEVELS - 1), ancestors.size());
    assertEquals(ancestors.size(), new HashSet<>(ancestors).size(), "each once");
    assertEquals(Set.of(node(LEVELS - 1, 'a'), node(LEVELS - 1, 'b')), Set.copyOf(ids(ancestors.subList(0, 2))),
        "nearest first");
    assertEquals(2 * (LEVELS - 1), lattice.descendants(node(1, 'b')).size(), "the two concepts of each level below");
    assertEquals(LEVELS, lattice.depth(bottom));
    List<List<Concept>> paths = lattice.pathsToTop(bottom, 3);
    List<ConceptId> allA = IntStream.rangeClosed(1, LEVELS).mapToObj(level -> node(level, 'a')).toList();
    List<ConceptId> lastB = new ArrayList<>(allA);
    lastB.set(LEVELS - 2, node(LEVELS - 1, 'b'));
    List<ConceptId> secondLastB = new ArrayList<>(allA);
    secondLastB.set(LEVELS - 3, node(LEVELS - 2, 'b'));
    assertEquals(List.of(allA, lastB, secondLastB), paths.stream().map(Fixture::ids).toList(),
        "the first three in the order of the ids along them");
  }
}
