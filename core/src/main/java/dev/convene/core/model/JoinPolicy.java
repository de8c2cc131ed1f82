package dev.convene.core.model;

/** How an outsider becomes a member. */
public enum JoinPolicy {
  /** Anyone registered joins at once; allowed only in public communities. */
  OPEN,
  /** Anyone registered asks; a moderator or admin approves or rejects. */
  REQUEST,
  /** Only people invited by a moderator or admin may join. */
  INVITATION
}
