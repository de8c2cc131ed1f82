package dev.convene.core.model;

/** Whether a community is live or archived (read-only). */
public enum CommunityState {
  /** Live: its members may contribute as their roles allow. */
  ACTIVE,
  /** Read-only: nothing in the community can change until an admin restores it. */
  ARCHIVED
}
