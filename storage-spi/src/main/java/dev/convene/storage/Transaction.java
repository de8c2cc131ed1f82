package dev.convene.storage;

/**
 * One unit of work on a {@link Storage}: the stores it offers read and write inside it, and every
 * write commits or rolls back together. A transaction comes from {@link Storage#inTransaction} or
 * {@link Storage#read} and may be used only by the thread running that work, and only until the work
 * returns; a store used after that throws a {@link dev.convene.core.ConveneException}.
 *
 * <p>Reads inside a read-write transaction see its own writes.
 */
public interface Transaction {

  /** Whether this transaction refuses writes (it came from {@link Storage#read}). */
  boolean isReadOnly();

  /** The communities. */
  CommunityStore communities();

  /** The memberships of users in communities. */
  MembershipStore memberships();

  /** The items: documents, events, announcements, discussions with their replies, and polls. */
  ItemStore items();

  /** The taxonomy, one versioned aggregate. */
  TaxonomyStore taxonomy();

  /** The audit log, per community. */
  AuditLog audit();

  /** Who follows which community, and how. */
  SubscriptionStore subscriptions();

  /** Who registered for which event. */
  RegistrationStore registrations();

  /** The versions of each community's guidelines, and who accepted which. */
  GuidelinesStore guidelines();

  /** Who voted for what in which poll. */
  VoteStore votes();

  /** Reports of items and replies to their moderators. */
  ReportStore reports();

  /** Notifications waiting for a daily or weekly digest. */
  DigestStore digests();

  /** Notifications still to be sent: what happened, written with the change. */
  OutboxStore outbox();

  /** The change log every write of a versioned aggregate appends to. */
  ChangeLog changes();
}
