package dev.convene.core.model;

/** Where an item is in its life: only {@link #PUBLISHED} items are visible to readers. */
public enum ReviewState {
  /** Being written: visible to its author only. */
  DRAFT,
  /** Waiting for review: visible to its author and its reviewers. */
  SUBMITTED,
  /** Visible to everyone its effective visibility allows. */
  PUBLISHED,
  /** Sent back by a reviewer with a reason: visible to its author and its reviewers. */
  REJECTED,
  /** Withdrawn from view: visible to the community's admins and moderators. */
  ARCHIVED
}
