package dev.convene.storage;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.ReplyId;
import dev.convene.core.model.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * Something that happened and is still to be told to those who may hear of it: a row of the
 * notification outbox, written in the same transaction as the change it describes and deleted once
 * every recipient has been handled. It names what happened by ids only; who is told, and what the
 * text says, is decided when it is sent.
 *
 * @param id assigned by the store when added, strictly increasing in order of adding; 0 before
 * @param kind what happened, as a short stable code such as {@code "item.published"}; at most
 *     {@value PendingNotification#MAX_KIND_LENGTH} characters
 * @param community the community where it happened
 * @param item the item it is about, if any
 * @param reply the reply it is about, for a reply to the discussion {@code item}: a notification of
 *     it is sent only to those who may see that reply when it is sent
 * @param member whose membership changed, for a membership event
 * @param actor who did it, if anyone: never told of their own action
 * @param important whether followers at the {@code IMPORTANT} level hear of it
 * @param at when it happened
 * @param attempts how many times in a row sending its next batch failed; 0 when added
 * @param due when it may next be sent: when it happened, or later after a failure
 * @param after the last recipient, in user id order, whose batch has been handled; empty before the
 *     first
 */
public record OutboxEntry(
    long id,
    String kind,
    CommunityId community,
    Optional<ItemId> item,
    Optional<ReplyId> reply,
    Optional<UserId> member,
    Optional<UserId> actor,
    boolean important,
    Instant at,
    int attempts,
    Instant due,
    Optional<UserId> after) {

  /**
   * Validates the entry.
   *
   * @throws dev.convene.core.ValidationException if a value is missing, blank or too long, or the id or
   *     the attempts negative, or a reply is given without its item
   */
  public OutboxEntry {
    Checks.check(id >= 0, "id", "non-negative", "must not be negative");
    Checks.text(kind, "kind", PendingNotification.MAX_KIND_LENGTH);
    Checks.required(community, "community");
    Checks.required(item, "item");
    Checks.required(reply, "reply");
    Checks.check(reply.isEmpty() || item.isPresent(), "reply", "in-item", "needs the item it belongs to");
    Checks.required(member, "member");
    Checks.required(actor, "actor");
    Checks.required(at, "at");
    Checks.check(attempts >= 0, "attempts", "non-negative", "must not be negative");
    Checks.required(due, "due");
    Checks.required(after, "after");
  }

  /**
   * A new entry, due at once: id 0, no attempt yet, no recipient handled.
   *
   * @param kind what happened, as a short stable code such as {@code "item.published"}
   * @param community the community where it happened
   * @param item the item it is about, if any
   * @param reply the reply it is about, if any
   * @param member whose membership changed, for a membership event
   * @param actor who did it, if anyone
   * @param important whether followers at the {@code IMPORTANT} level hear of it
   * @param at when it happened; the entry is due then
   * @return the entry, not yet stored
   * @throws dev.convene.core.ValidationException as the canonical constructor does
   */
  public static OutboxEntry of(String kind, CommunityId community, Optional<ItemId> item, Optional<ReplyId> reply,
      Optional<UserId> member, Optional<UserId> actor, boolean important, Instant at) {
    return new OutboxEntry(0, kind, community, item, reply, member, actor, important, at, 0, at, Optional.empty());
  }

  /**
   * A copy with another id (for stores).
   *
   * @param newId the id the store assigned
   * @return a copy of this entry with that id
   */
  public OutboxEntry withId(long newId) {
    return new OutboxEntry(newId, kind, community, item, reply, member, actor, important, at, attempts, due, after);
  }

  /**
   * A copy with another delivery state (for stores).
   *
   * @param newAttempts the number of failed attempts in a row
   * @param newDue when the entry may next be sent
   * @param newAfter the last recipient handled, or empty
   * @return a copy of this entry in that state
   */
  public OutboxEntry withProgress(int newAttempts, Instant newDue, Optional<UserId> newAfter) {
    return new OutboxEntry(id, kind, community, item, reply, member, actor, important, at, newAttempts, newDue,
        newAfter);
  }
}
