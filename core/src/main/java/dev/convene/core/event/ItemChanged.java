package dev.convene.core.event;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.ItemType;
import dev.convene.core.model.ReplyId;
import dev.convene.core.model.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * An item changed.
 *
 * @param community the item's community
 * @param item the item
 * @param reply the reply, for {@link Kind#REPLIED} and {@link Kind#REPLY_REPORTED} and only for them: a
 *     notification of it is about the reply as much as the discussion, and is sent only to those who
 *     may see both when it is sent
 * @param type the item's type
 * @param kind what happened
 * @param actor who did it, if anyone
 * @param at when
 */
public record ItemChanged(CommunityId community, ItemId item, Optional<ReplyId> reply, ItemType type, Kind kind,
    Optional<UserId> actor, Instant at) implements DomainEvent {

  /** What happened to the item. */
  public enum Kind {
    /** The item was created, as a draft. */
    CREATED,
    /** The item was edited. */
    EDITED,
    /** Sent for review: its reviewers are told. */
    SUBMITTED,
    /** Published: readers are told. */
    PUBLISHED,
    /** Sent back by a reviewer: its author is told. */
    REJECTED,
    /** The item was archived: only its community's moderators and admins see it now. */
    ARCHIVED,
    /** The item was restored from the archive. */
    RESTORED,
    /** The item was deleted. */
    DELETED,
    /** Someone replied to the discussion. */
    REPLIED,
    /** The discussion was locked: it takes no more replies. */
    LOCKED,
    /** The discussion was unlocked: it takes replies again. */
    UNLOCKED,
    /** A file was attached to a document or an event: news of its own, not an edit. */
    ATTACHMENT_ADDED,
    /** A moderator hid a reply: a moderation act, not an edit. */
    REPLY_HIDDEN,
    /** A moderator showed a hidden reply again. */
    REPLY_SHOWN,
    /** Someone reported the item to its moderators; the event never names who. */
    REPORTED,
    /** Someone reported a reply of the discussion to its moderators; the event never names who. */
    REPLY_REPORTED
  }

  /**
   * Validates the event.
   *
   * @throws dev.convene.core.ValidationException if a value is missing, or {@code reply} is empty for
   *     {@link Kind#REPLIED} or {@link Kind#REPLY_REPORTED}, or present for another kind
   */
  public ItemChanged {
    Checks.required(community, "community");
    Checks.required(item, "item");
    Checks.required(reply, "reply");
    Checks.required(type, "type");
    Checks.required(kind, "kind");
    Checks.required(actor, "actor");
    Checks.required(at, "at");
    Checks.check(reply.isPresent() == (kind == Kind.REPLIED || kind == Kind.REPLY_REPORTED), "reply", "replied-only",
        "must name the reply of a REPLIED or REPLY_REPORTED event and of no other");
  }

  /**
   * An event of any kind but {@link Kind#REPLIED} and {@link Kind#REPLY_REPORTED}, which names no reply.
   *
   * @param community the item's community
   * @param item the item
   * @param type the item's type
   * @param kind what happened
   * @param actor who did it, if anyone
   * @param at when
   * @throws dev.convene.core.ValidationException as the canonical constructor does
   */
  public ItemChanged(CommunityId community, ItemId item, ItemType type, Kind kind, Optional<UserId> actor,
      Instant at) {
    this(community, item, Optional.empty(), type, kind, actor, at);
  }

  /**
   * A {@link Kind#REPLIED} event: {@code reply} was added to the discussion {@code item}.
   *
   * @param community the discussion's community
   * @param item the discussion
   * @param reply the new reply
   * @param actor who replied, if known
   * @param at when
   * @return the event
   * @throws dev.convene.core.ValidationException if a value is missing
   */
  public static ItemChanged replied(CommunityId community, ItemId item, ReplyId reply, Optional<UserId> actor,
      Instant at) {
    return new ItemChanged(community, item, Optional.of(reply), ItemType.DISCUSSION, Kind.REPLIED, actor, at);
  }

  /**
   * A report of the item or one of its replies (moderators' work).
   *
   * @param community the item's community
   * @param item the reported item, or the discussion of the reported reply
   * @param type the item's type
   * @param reply the reported reply, or empty for a report of the item itself
   * @param at when the report was made
   * @return the event, which names no actor
   * @throws dev.convene.core.ValidationException if a value is missing
   */
  public static ItemChanged reported(CommunityId community, ItemId item, ItemType type, Optional<ReplyId> reply,
      Instant at) {
    return new ItemChanged(community, item, reply, type, reply.isPresent() ? Kind.REPLY_REPORTED : Kind.REPORTED,
        Optional.empty(), at);
  }

  /**
   * Published announcements and events, items waiting for review and reports are important; other
   * publications, edits and replies are not.
   */
  @Override
  public boolean isImportant() {
    return switch (kind) {
      case SUBMITTED, REJECTED, REPORTED, REPLY_REPORTED -> true;
      case PUBLISHED -> type == ItemType.ANNOUNCEMENT || type == ItemType.EVENT;
      default -> false;
    };
  }
}
