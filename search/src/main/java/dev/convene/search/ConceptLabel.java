package dev.convene.search;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.ConceptId;

/**
 * A concept a hit is tagged with, and its current label in the requested language.
 *
 * @param id the concept
 * @param label its preferred label in the display language, or the closest fallback
 */
public record ConceptLabel(ConceptId id, String label) {
  /** Validates the label. */
  public ConceptLabel {
    Checks.required(id, "id");
    Checks.required(label, "label");
  }
}
