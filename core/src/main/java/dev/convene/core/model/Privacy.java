package dev.convene.core.model;

/**
 * How open a community is, from the most open to the most closed. The order of the constants is
 * meaningful: a later constant is more closed.
 */
public enum Privacy {
  /** Listed to everyone; public items readable by everyone; anyone registered may see members. */
  PUBLIC,
  /** Listed to everyone; public items readable by everyone; members listed to members only. */
  SEMI_PRIVATE,
  /** Listed to registered users only; every item is members-only whatever it declares. */
  PRIVATE;

  /**
   * Whether this privacy is strictly more open than {@code other}.
   *
   * @param other the privacy to compare with
   * @return {@code true} if this one lets strictly more people in
   */
  public boolean isMoreOpenThan(Privacy other) {
    return compareTo(other) < 0;
  }

  /**
   * The more closed of this privacy and {@code other}.
   *
   * @param other the privacy to compare with
   * @return this privacy or {@code other}, whichever is more closed
   */
  public Privacy mostClosed(Privacy other) {
    return isMoreOpenThan(other) ? other : this;
  }
}
