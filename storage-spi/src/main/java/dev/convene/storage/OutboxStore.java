package dev.convene.storage;

import dev.convene.core.model.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The notification outbox: what happened and is still to be told. A write adds an entry in its own
 * transaction, so the entry exists exactly when the change does; senders on any number of nodes
 * claim due entries for a while (a lease), record their progress through the recipients batch after
 * batch, and delete an entry once its last batch is handled. Obtained from {@link
 * Transaction#outbox()}.
 *
 * <p>Times are the sender's: every node's clock should agree to well within a lease. A claim holds
 * an entry until its lease ends; after that another sender may claim it and go on from the last
 * progress recorded. Every call that changes a claimed entry names the claimant and does nothing
 * (returns {@code false}) when the claim has passed to another.
 */
public interface OutboxStore {

  /**
   * Adds an entry and returns it with the id the store assigned: greater than every id assigned
   * before it on this store.
   *
   * @param entry the entry to add, with id 0
   * @return the stored entry, with its id
   * @throws dev.convene.core.ValidationException if {@code entry} is missing or its id is not 0
   */
  OutboxEntry add(OutboxEntry entry);

  /**
   * Claims for {@code claimant} up to {@code limit} entries, by id, that are due at {@code now} and
   * not claimed by anyone, or whose claim ended before {@code now}; each stays claimed until {@code
   * now + lease}. Entries another transaction is claiming at the same moment are passed over rather
   * than waited for.
   *
   * @param claimant who claims: a name no other sender uses
   * @param now the time entries must be due at
   * @param lease how long the claim lasts unless advanced
   * @param limit the most entries to claim
   * @return the entries claimed, by id
   * @throws dev.convene.core.ValidationException if an argument is missing, {@code claimant} blank or
   *     longer than 255 characters, {@code lease} not positive or {@code limit} not 1 to {@value
   *     PageRequest#MAX_LIMIT}
   */
  List<OutboxEntry> claim(String claimant, Instant now, Duration lease, int limit);

  /**
   * Records that every recipient up to {@code after} has been handled, clears the failed attempts
   * and holds the claim until {@code until}.
   *
   * @param id the entry's id
   * @param claimant who claimed the entry
   * @param after the last recipient handled
   * @param until when the claim now runs out
   * @return whether {@code claimant} still held the entry (otherwise nothing changed)
   * @throws dev.convene.core.ValidationException if an argument is missing
   */
  boolean advance(long id, String claimant, UserId after, Instant until);

  /**
   * Records a failed attempt: one more attempt, due again at {@code due}, and the claim released.
   *
   * @param id the entry's id
   * @param claimant who claimed the entry
   * @param due when the entry may be sent again
   * @return whether {@code claimant} still held the entry (otherwise nothing changed)
   * @throws dev.convene.core.ValidationException if an argument is missing
   */
  boolean retry(long id, String claimant, Instant due);

  /**
   * Deletes an entry whose every recipient has been handled.
   *
   * @param id the entry's id
   * @param claimant who claimed the entry
   * @return whether {@code claimant} still held the entry (otherwise nothing changed)
   * @throws dev.convene.core.ValidationException if {@code claimant} is missing
   */
  boolean complete(long id, String claimant);

  /**
   * The greatest id of an entry still in the outbox, or 0 when it is empty.
   *
   * @return the greatest id, or 0
   */
  long newest();

  /**
   * How many entries with an id of at most {@code id} are still in the outbox.
   *
   * @param id the greatest id to count
   * @return the number of entries left up to it
   */
  long countUpTo(long id);

  /**
   * Deletes every entry that names {@code user} as its actor or as the member whose membership
   * changed, claimed or not: a sender holding one then finds its claim gone.
   *
   * @param user the user's id
   * @return how many were deleted
   * @throws dev.convene.core.ValidationException if {@code user} is missing
   */
  int removeNaming(UserId user);
}
