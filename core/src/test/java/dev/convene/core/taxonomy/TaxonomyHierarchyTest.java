package dev.convene.core.taxonomy;

import static dev.convene.core.taxonomy.Fixture.AFRICA;
import static dev.convene.core.taxonomy.Fixture.COTE_DIVOIRE;
import static dev.convene.core.taxonomy.Fixture.HEALTH;
import static dev.convene.core.taxonomy.Fixture.HEALTH_INSURANCE;
import static dev.convene.core.taxonomy.Fixture.LONG_TERM_CARE;
import static dev.convene.core.taxonomy.Fixture.OLD_AGE;
import static dev.convene.core.taxonomy.Fixture.PENSIONS;
import static dev.convene.core.taxonomy.Fixture.PUBLIC_HEALTH;
import static dev.convene.core.taxonomy.Fixture.SOCIAL_INSURANCE;
import static dev.convene.core.taxonomy.Fixture.SOCIAL_PROTECTION;
import static dev.convene.core.taxonomy.Fixture.SOCIAL_SECURITY;
import static dev.convene.core.taxonomy.Fixture.WEST_AFRICA;
import static dev.convene.core.taxonomy.Fixture.ids;
import static dev.convene.core.taxonomy.Fixture.paths;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.NotFoundException;
import dev.convene.core.ValidationException;
import dev.convene.core.model.ConceptId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TaxonomyHierarchyTest {
  private static final Taxonomy TAXONOMY = Fixture.taxonomy();

  @Test
  @DisplayName("broader and narrower concepts, by id")
  void directLinks() {
    assertEquals(List.of(HEALTH, SOCIAL_INSURANCE), ids(TAXONOMY.broader(HEALTH_INSURANCE)));
    assertEquals(List.of(HEALTH_INSURANCE, LONG_TERM_CARE, PENSIONS), ids(TAXONOMY.narrower(SOCIAL_INSURANCE)));
    assertEquals(List.of(HEALTH_INSURANCE, PUBLIC_HEALTH), ids(TAXONOMY.narrower(HEALTH)));
    assertEquals(List.of(), ids(TAXONOMY.narrower(PENSIONS)));
    assertEquals(List.of(), ids(TAXONOMY.broader(HEALTH)));
  }

  @Test
  @DisplayName("ancestors: nearest first, each once, even when reached by two routes")
  void ancestors() {
    assertEquals(List.of(SOCIAL_INSURANCE, SOCIAL_PROTECTION), ids(TAXONOMY.ancestors(PENSIONS)));
    assertEquals(List.of(HEALTH, SOCIAL_INSURANCE, SOCIAL_PROTECTION), ids(TAXONOMY.ancestors(HEALTH_INSURANCE)));
    // long-term-care is under health-insurance and, again, directly under social-insurance
    assertEquals(List.of(HEALTH_INSURANCE, SOCIAL_INSURANCE, HEALTH, SOCIAL_PROTECTION),
        ids(TAXONOMY.ancestors(LONG_TERM_CARE)));
    assertEquals(List.of(WEST_AFRICA, AFRICA), ids(TAXONOMY.ancestors(COTE_DIVOIRE)));
    assertEquals(List.of(), ids(TAXONOMY.ancestors(HEALTH)));
  }

  @Test
  @DisplayName("descendants: nearest first, each once, deprecated ones included")
  void descendants() {
    assertEquals(List.of(OLD_AGE, SOCIAL_INSURANCE, SOCIAL_SECURITY, HEALTH_INSURANCE, LONG_TERM_CARE, PENSIONS),
        ids(TAXONOMY.descendants(SOCIAL_PROTECTION)));
    assertEquals(List.of(HEALTH_INSURANCE, PUBLIC_HEALTH, LONG_TERM_CARE), ids(TAXONOMY.descendants(HEALTH)));
    assertEquals(List.of(), ids(TAXONOMY.descendants(PENSIONS)));
  }

  @Test
  @DisplayName("paths to the top: one per route, from the top down, sorted by the ids along them")
  void pathsToTop() {
    assertEquals(List.of(
        List.of(HEALTH, HEALTH_INSURANCE),
        List.of(SOCIAL_PROTECTION, SOCIAL_INSURANCE, HEALTH_INSURANCE)),
        paths(TAXONOMY.pathsToTop(HEALTH_INSURANCE, 10)));
    assertEquals(List.of(
        List.of(HEALTH, HEALTH_INSURANCE, LONG_TERM_CARE),
        List.of(SOCIAL_PROTECTION, SOCIAL_INSURANCE, HEALTH_INSURANCE, LONG_TERM_CARE),
        List.of(SOCIAL_PROTECTION, SOCIAL_INSURANCE, LONG_TERM_CARE)),
        paths(TAXONOMY.pathsToTop(LONG_TERM_CARE, 10)));
    assertEquals(List.of(List.of(SOCIAL_PROTECTION, SOCIAL_INSURANCE, PENSIONS)),
        paths(TAXONOMY.pathsToTop(PENSIONS, 10)));
    assertEquals(List.of(List.of(HEALTH)), paths(TAXONOMY.pathsToTop(HEALTH, 10)));
  }

  @Test
  @DisplayName("paths to the top stop at the limit, keeping the first in order; the first alone is pathToTop")
  void pathsLimited() {
    assertEquals(List.of(List.of(HEALTH, HEALTH_INSURANCE, LONG_TERM_CARE),
        List.of(SOCIAL_PROTECTION, SOCIAL_INSURANCE, HEALTH_INSURANCE, LONG_TERM_CARE)),
        paths(TAXONOMY.pathsToTop(LONG_TERM_CARE, 2)));
    assertEquals(List.of(HEALTH, HEALTH_INSURANCE, LONG_TERM_CARE), ids(TAXONOMY.pathToTop(LONG_TERM_CARE)));
    assertEquals(List.of(HEALTH), ids(TAXONOMY.pathToTop(HEALTH)));
    ValidationException e = assertThrows(ValidationException.class, () -> TAXONOMY.pathsToTop(PENSIONS, 0));
    assertEquals("limit", e.field());
    assertEquals("positive", e.rule());
  }

  @Test
  @DisplayName("depth: the concepts on the longest path from the top, the concept itself included")
  void depth() {
    assertEquals(1, TAXONOMY.depth(HEALTH));
    assertEquals(3, TAXONOMY.depth(PENSIONS));
    // long-term-care is three deep under social-insurance directly, four through health-insurance
    assertEquals(4, TAXONOMY.depth(LONG_TERM_CARE));
    assertEquals(3, TAXONOMY.depth(HEALTH_INSURANCE));
  }

  @Test
  @DisplayName("traversals of an unknown concept throw NotFoundException")
  void unknown() {
    ConceptId unknown = ConceptId.of("unknown");
    assertThrows(NotFoundException.class, () -> TAXONOMY.ancestors(unknown));
    assertThrows(NotFoundException.class, () -> TAXONOMY.descendants(unknown));
    assertThrows(NotFoundException.class, () -> TAXONOMY.pathsToTop(unknown, 1));
    assertThrows(NotFoundException.class, () -> TAXONOMY.pathToTop(unknown));
    assertThrows(NotFoundException.class, () -> TAXONOMY.depth(unknown));
    assertThrows(NotFoundException.class, () -> TAXONOMY.narrower(unknown));
    assertThrows(NotFoundException.class, () -> TAXONOMY.related(unknown));
  }
}
