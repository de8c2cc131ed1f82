package dev.convene.core.membership;

/**
 * What a {@link Change} did to a membership: the kind of the audit entry and of the domain event
 * a caller records for it. A {@link MembershipConflictException} names the event the refused
 * operation would have produced.
 */
public enum MembershipEvent {
  /** An outsider joined an open community and is an active member. */
  JOINED,
  /** An outsider asked to join and waits for approval. */
  REQUESTED,
  /** A request was approved; the user is an active member. */
  APPROVED,
  /** A request was rejected; the membership is deleted. */
  REJECTED,
  /** The user withdrew their request; the membership is deleted. */
  WITHDRAWN,
  /** The user was invited, or an expired invitation was replaced by a fresh one. */
  INVITED,
  /** The user accepted an invitation; they are an active member. */
  ACCEPTED,
  /** The user declined an invitation; the membership is deleted. */
  DECLINED,
  /** An invitation lapsed and was dropped; the membership is deleted. */
  EXPIRED,
  /** An active member left; the membership is deleted. */
  LEFT,
  /** An active member was removed or an invitation cancelled; the membership is deleted. */
  REMOVED,
  /** The user was blocked: an outsider who may not request, join or be invited. */
  BLOCKED,
  /** The user was unblocked; the membership is deleted, so they are an outsider again. */
  UNBLOCKED,
  /** An active member's role changed. */
  ROLE_CHANGED
}
