package dev.convene.storage;

import dev.convene.core.internal.Checks;

/**
 * The id of a {@link Report}: an opaque string chosen by the platform (a UUID by default).
 *
 * @param value not blank, no surrounding white space, no control characters, at most 255 characters
 */
public record ReportId(String value) implements Comparable<ReportId> {
  /**
   * Validates the id.
   *
   * @throws dev.convene.core.ValidationException if {@code value} breaks one of those rules
   */
  public ReportId {
    Checks.id(value, "reportId");
  }

  /**
   * Returns the id with the given value.
   *
   * @param value the id's text
   * @return the id
   */
  public static ReportId of(String value) {
    return new ReportId(value);
  }

  @Override
  public int compareTo(ReportId other) {
    return value.compareTo(other.value);
  }

  /** The raw value, so that ids print and concatenate naturally. */
  @Override
  public String toString() {
    return value;
  }
}
