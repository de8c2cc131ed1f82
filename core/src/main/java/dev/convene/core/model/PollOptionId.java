package dev.convene.core.model;

import dev.convene.core.internal.Checks;

/**
 * The id of an option of a {@link Poll}: stable for the poll's life, so that votes keep naming the
 * option they chose. The platform numbers a poll's options in the order they were added, from
 * {@code "1"}; an id is unique within its poll only.
 *
 * @param value not blank, no surrounding white space, no control characters, at most 255 characters
 */
public record PollOptionId(String value) implements Comparable<PollOptionId> {
  /**
   * Validates the id.
   *
   * @throws dev.convene.core.ValidationException if {@code value} breaks one of those rules
   */
  public PollOptionId {
    Checks.id(value, "optionId");
  }

  /**
   * Returns the id with the given value.
   *
   * @param value the id's text
   * @return the id
   */
  public static PollOptionId of(String value) {
    return new PollOptionId(value);
  }

  @Override
  public int compareTo(PollOptionId other) {
    return value.compareTo(other.value);
  }

  /** The raw value, so that ids print and concatenate naturally. */
  @Override
  public String toString() {
    return value;
  }
}
