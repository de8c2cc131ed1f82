package dev.convene.storage;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.ReplyId;
import dev.convene.core.model.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * A notification waiting for its recipient's digest.
 *
 * @param id assigned by the store when added, strictly increasing in order of adding; 0 before
 * @param recipient who receives it
 * @param delivery the digest it waits for
 * @param community the community it is about
 * @param kind what happened, as a short stable code such as {@code "item-published"}; at most
 *     {@value #MAX_KIND_LENGTH} characters
 * @param item the item it is about, if any
 * @param reply the reply it is about, for a reply to the discussion {@code item}; the digest holds it
 *     only if the recipient may still see that reply when the digest is sent
 * @param at when it happened
 * @param summary one line for the digest; at most {@value #MAX_SUMMARY_LENGTH} characters
 */
public record PendingNotification(
    long id,
    UserId recipient,
    Delivery delivery,
    CommunityId community,
    String kind,
    Optional<ItemId> item,
    Optional<ReplyId> reply,
    Instant at,
    String summary) {

  /** The longest kind. */
  public static final int MAX_KIND_LENGTH = 100;
  /** The longest summary. */
  public static final int MAX_SUMMARY_LENGTH = 2_000;

  /**
   * Validates the notification.
   *
   * @throws dev.convene.core.ValidationException if a value is missing, blank or too long, the id
   *     negative, or a reply is given without its item
   */
  public PendingNotification {
    Checks.check(id >= 0, "id", "non-negative", "must not be negative");
    Checks.required(recipient, "recipient");
    Checks.required(delivery, "delivery");
    Checks.required(community, "community");
    Checks.text(kind, "kind", MAX_KIND_LENGTH);
    Checks.required(item, "item");
    Checks.required(reply, "reply");
    Checks.check(reply.isEmpty() || item.isPresent(), "reply", "in-item", "needs the item it belongs to");
    Checks.required(at, "at");
    Checks.text(summary, "summary", MAX_SUMMARY_LENGTH);
  }

  /**
   * A copy with another id (for stores).
   *
   * @param newId the id the store assigned
   * @return a copy of this notification with that id
   */
  public PendingNotification withId(long newId) {
    return new PendingNotification(newId, recipient, delivery, community, kind, item, reply, at, summary);
  }
}
