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

  /**
   * Whether this transaction refuses writes (it came from {@link Storage#read}).
   *
   * @return {@code true} for a read-only transaction
   */
  boolean isReadOnly();

  /**
   * The communities.
   *
   * @return the community store of this transaction
   */
  CommunityStore communities();

  /**
   * The memberships of users in communities.
   *
   * @return the membership store of this transaction
   */
  MembershipStore memberships();

  /**
   * The items: documents, events, announcements, discussions with their replies, and polls.
   *
   * @return the item store of this transaction
   */
  ItemStore items();

  /**
   * The taxonomy, one versioned aggregate.
   *
   * @return the taxonomy store of this transaction
   */
  TaxonomyStore taxonomy();

  /**
   * The audit log, per community.
   *
   * @return the audit log of this transaction
   */
  AuditLog audit();

  /**
   * Who follows which community, and how.
   *
   * @return the subscription store of this transaction
   */
  SubscriptionStore subscriptions();

  /**
   * Who registered for which event.
   *
   * @return the registration store of this transaction
   */
  RegistrationStore registrations();

  /**
   * The versions of each community's guidelines, and who accepted which.
   *
   * @return the guidelines store of this transaction
   */
  GuidelinesStore guidelines();

  /**
   * Who voted for what in which poll.
   *
   * @return the vote store of this transaction
   */
  VoteStore votes();

  /**
   * Reports of items and replies to their moderators.
   *
   * @return the report store of this transaction
   */
  ReportStore reports();

  /**
   * Notifications waiting for a daily or weekly digest.
   *
   * @return the digest store of this transaction
   */
  DigestStore digests();

  /**
   * Notifications still to be sent: what happened, written with the change.
   *
   * @return the outbox of this transaction
   */
  OutboxStore outbox();

  /**
   * The change log every write of a versioned aggregate appends to.
   *
   * @return the change log of this transaction
   */
  ChangeLog changes();
}
