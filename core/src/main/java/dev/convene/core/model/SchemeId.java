package dev.convene.core.model;

import dev.convene.core.internal.Checks;

/**
 * The id of a scheme: an opaque string chosen by the store or the host (a UUID, a slug, a number).
 *
 * @param value not blank, no surrounding white space, no control characters, at most 255 characters
 */
public record SchemeId(String value) implements Comparable<SchemeId> {
  /**
   * Validates the id.
   *
   * @throws dev.convene.core.ValidationException if {@code value} breaks one of those rules
   */
  public SchemeId {
    Checks.id(value, "schemeId");
  }

  /**
   * Returns the id with the given value.
   *
   * @param value the id's text
   * @return the id
   */
  public static SchemeId of(String value) {
    return new SchemeId(value);
  }

  @Override
  public int compareTo(SchemeId other) {
    return value.compareTo(other.value);
  }

  /** The raw value, so that ids print and concatenate naturally. */
  @Override
  public String toString() {
    return value;
  }
}
