package dev.convene.core.model;

/** A member's role in a community, from the least to the most powerful; the order is meaningful. */
public enum Role {
  /**
   * The least powerful role, the one a member gets on joining; {@link RolePermissions} says what
   * each role may do.
   */
  MEMBER,
  /** Above a member: by default, holds {@link Permission#MODERATE} as well. */
  MODERATOR,
  /** The most powerful role, the only one that holds {@link Permission#ADMINISTER}. */
  ADMIN;

  /**
   * Whether this role is {@code other} or more powerful.
   *
   * @param other the role to compare with
   * @return {@code true} if this role is {@code other} or comes after it
   */
  public boolean isAtLeast(Role other) {
    return compareTo(other) >= 0;
  }
}
