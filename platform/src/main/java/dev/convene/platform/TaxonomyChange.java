package dev.convene.platform;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.ConceptId;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a change did to the concepts of the taxonomy, each list by id. A concept is in at most one
 * list: one newly deprecated counts as deprecated, not also as updated. Versions are not compared.
 *
 * @param added concepts that were not in the taxonomy before
 * @param updated concepts whose labels, links or other values changed, and that were not newly
 *     deprecated
 * @param deprecated concepts that were not deprecated before and are now
 * @param removed concepts that are no longer in the taxonomy
 */
public record TaxonomyChange(List<ConceptId> added, List<ConceptId> updated, List<ConceptId> deprecated,
    List<ConceptId> removed) {

  /** Copies the lists. */
  public TaxonomyChange {
    added = List.copyOf(Checks.required(added, "added"));
    updated = List.copyOf(Checks.required(updated, "updated"));
    deprecated = List.copyOf(Checks.required(deprecated, "deprecated"));
    removed = List.copyOf(Checks.required(removed, "removed"));
  }

  /**
   * What changed from {@code before} to {@code after}.
   *
   * @param before the taxonomy before the change
   * @param after the taxonomy after it
   * @return the concepts added, updated, deprecated and removed
   */
  public static TaxonomyChange between(Taxonomy before, Taxonomy after) {
    List<ConceptId> added = new ArrayList<>();
    List<ConceptId> updated = new ArrayList<>();
    List<ConceptId> deprecated = new ArrayList<>();
    for (Concept next : after.concepts()) {
      Optional<Concept> previous = before.concept(next.id());
      if (previous.isEmpty()) {
        added.add(next.id());
      } else if (next.deprecated() && !previous.get().deprecated()) {
        deprecated.add(next.id());
      } else if (!previous.get().withVersion(0).equals(next.withVersion(0))) {
        updated.add(next.id());
      }
    }
    List<ConceptId> removed = before.concepts().stream().map(Concept::id).filter(id -> after.concept(id).isEmpty())
        .toList();
    return new TaxonomyChange(added, updated, deprecated, removed);
  }

  /**
   * The change in a few characters, as the audit log records it: {@code "+12 ~30 -0 deprecated 2"}.
   *
   * @return the summary
   */
  public String summary() {
    return "+" + added.size() + " ~" + updated.size() + " -" + removed.size() + " deprecated " + deprecated.size();
  }
}
