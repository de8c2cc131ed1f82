package dev.convene.search;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.SchemeId;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * A concept whose label starts with what was typed.
 *
 * @param concept the concept
 * @param scheme its scheme
 * @param label its preferred label in the display language
 * @param matched the label that matched, as written (a preferred or alternative label, in any
 *     language; a hidden label is never shown, its concept's preferred label is)
 * @param matchedLanguage the language of the matched label
 * @param count how many published documents the actor may see are tagged with it or a narrower
 *     concept, when counts were asked for
 */
public record Suggestion(ConceptId concept, SchemeId scheme, String label, String matched, Locale matchedLanguage,
    OptionalLong count) {
  /** Validates the suggestion. */
  public Suggestion {
    Checks.required(concept, "concept");
    Checks.required(scheme, "scheme");
    Checks.required(label, "label");
    Checks.required(matched, "matched");
    Checks.required(matchedLanguage, "matchedLanguage");
    Checks.required(count, "count");
  }
}
