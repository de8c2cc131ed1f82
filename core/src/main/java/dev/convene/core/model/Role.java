package dev.convene.core.model;

/** A member's role in a community, from the least to the most powerful; the order is meaningful. */
public enum Role {
  MEMBER,
  MODERATOR,
  ADMIN;

  /** Whether this role is {@code other} or more powerful. */
  public boolean isAtLeast(Role other) {
    return compareTo(other) >= 0;
  }
}
