package dev.convene.storage;

import dev.convene.core.model.UserId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Notifications waiting for a digest. The sender adds them as things happen, reads what is due when
 * a digest goes out, and removes what it sent in the same transaction that records the sending.
 * Obtained from {@link Transaction#digests()}.
 */
public interface DigestStore {

  /**
   * Adds a pending notification and returns it with the id the store assigned: greater than every id
   * assigned before it on this store.
   *
   * @param notification the notification to keep, with id 0
   * @return the stored notification, with its id
   * @throws dev.convene.core.ValidationException if {@code notification} is missing or its id is not 0
   */
  PendingNotification add(PendingNotification notification);

  /**
   * Every pending notification for {@code delivery} that happened at or before {@code upTo}, by
   * recipient (user id order), then by id: one recipient's digest after the other.
   *
   * @param delivery the digest to collect, daily or weekly
   * @param upTo the latest time a notification may have happened at
   * @return the notifications due, possibly none
   * @throws dev.convene.core.ValidationException if an argument is missing
   */
  List<PendingNotification> due(Delivery delivery, Instant upTo);

  /**
   * Removes the pending notifications with these ids; ids that are not pending (already removed, or
   * never assigned) are passed over.
   *
   * @param ids the ids of the notifications to remove
   * @return how many were removed
   * @throws dev.convene.core.ValidationException if {@code ids} or one of them is missing
   */
  int remove(Collection<Long> ids);

  /**
   * Removes every pending notification waiting for {@code recipient}, whatever its delivery.
   *
   * @param recipient the user whose notifications to remove
   * @return how many were removed
   * @throws dev.convene.core.ValidationException if {@code recipient} is missing
   */
  int removeFor(UserId recipient);
}
