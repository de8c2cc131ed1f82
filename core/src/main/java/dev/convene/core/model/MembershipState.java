package dev.convene.core.model;

/**
 * Where a user stands with a community. Only {@link #ACTIVE} members are members: everyone else is
 * treated as an outsider.
 */
public enum MembershipState {
  /** Invited by a moderator or admin; not yet accepted; may expire. */
  INVITED,
  /** Asked to join; waiting for a moderator or admin. */
  REQUESTED,
  /** A member, with a {@link Role}. */
  ACTIVE,
  /** Barred: treated as an outsider, may not request, join or be invited until unblocked. */
  BLOCKED
}
