package dev.convene.archive;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.ConceptId;
import java.net.URI;
import java.util.Optional;

/**
 * A concept an archive uses that the target taxonomy lacks: no concept has its URI, and none has its
 * notation in the matching scheme. Depending on {@link ImportOptions.MissingConcepts}, its tags were
 * dropped or the import was refused.
 *
 * @param id the concept's id in the archive
 * @param uri its URI, if it has one
 * @param scheme the id of its scheme in the archive
 * @param notation its notation, if it has one
 * @param label its preferred label in its scheme's default language, to show to people
 */
public record MissingConcept(ConceptId id, Optional<URI> uri, String scheme, Optional<String> notation, String label) {

  /**
   * Validates the value.
   *
   * @throws dev.convene.core.ValidationException if a value is missing
   */
  public MissingConcept {
    Checks.required(id, "id");
    Checks.required(uri, "uri");
    Checks.required(scheme, "scheme");
    Checks.required(notation, "notation");
    Checks.required(label, "label");
  }

  @Override
  public String toString() {
    return uri.map(URI::toString).orElseGet(() -> scheme + notation.map(n -> " " + n).orElse("") + " (" + id + ")")
        + " \"" + label + "\"";
  }
}
