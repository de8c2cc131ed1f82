package dev.convene.core.model;

import dev.convene.core.internal.Checks;

/**
 * The id of a concept: an opaque string chosen by the store or the host (a UUID, a slug, a number).
 *
 * @param value not blank, no surrounding white space, no control characters, at most 255 characters
 */
public record ConceptId(String value) implements Comparable<ConceptId> {
  /**
   * Validates the id.
   *
   * @throws dev.convene.core.ValidationException if {@code value} breaks one of those rules
   */
  public ConceptId {
    Checks.id(value, "conceptId");
  }

  /**
   * Returns the id with the given value.
   *
   * @param value the id's text
   * @return the id
   */
  public static ConceptId of(String value) {
    return new ConceptId(value);
  }

  @Override
  public int compareTo(ConceptId other) {
    return value.compareTo(other.value);
  }

  /** The raw value, so that ids print and concatenate naturally. */
  @Override
  public String toString() {
    return value;
  }
}
