package dev.convene.core.model;

import dev.convene.core.internal.Checks;

/**
 * The id of a reply: an opaque string chosen by the store or the host (a UUID, a slug, a number).
 *
 * @param value not blank, no surrounding white space, no control characters, at most 255 characters
 */
public record ReplyId(String value) implements Comparable<ReplyId> {
  /**
   * Validates the id.
   *
   * @throws dev.convene.core.ValidationException if {@code value} breaks one of those rules
   */
  public ReplyId {
    Checks.id(value, "replyId");
  }

  /**
   * Returns the id with the given value.
   *
   * @param value the id's text
   * @return the id
   */
  public static ReplyId of(String value) {
    return new ReplyId(value);
  }

  @Override
  public int compareTo(ReplyId other) {
    return value.compareTo(other.value);
  }

  /** The raw value, so that ids print and concatenate naturally. */
  @Override
  public String toString() {
    return value;
  }
}
