package dev.convene.core.event;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.ItemType;
import dev.convene.core.model.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * An item changed.
 *
 * @param community the item's community
 * @param item the item
 * @param type the item's type
 * @param kind what happened
 * @param actor who did it, if anyone
 * @param at when
 */
public record ItemChanged(CommunityId community, ItemId item, ItemType type, Kind kind, Optional<UserId> actor,
    Instant at) implements DomainEvent {

  /** What happened to the item. */
  public enum Kind {
    CREATED,
    EDITED,
    /** Sent for review: its reviewers are told. */
    SUBMITTED,
    /** Published: readers are told. */
    PUBLISHED,
    /** Sent back by a reviewer: its author is told. */
    REJECTED,
    ARCHIVED,
    RESTORED,
    DELETED,
    /** Someone replied to the discussion. */
    REPLIED,
    LOCKED,
    UNLOCKED
  }

  /** Validates the event. */
  public ItemChanged {
    Checks.required(community, "community");
    Checks.required(item, "item");
    Checks.required(type, "type");
    Checks.required(kind, "kind");
    Checks.required(actor, "actor");
    Checks.required(at, "at");
  }

  /**
   * Published announcements and events, and items waiting for review, are important; other
   * publications, edits and replies are not.
   */
  @Override
  public boolean isImportant() {
    return switch (kind) {
      case SUBMITTED, REJECTED -> true;
      case PUBLISHED -> type == ItemType.ANNOUNCEMENT || type == ItemType.EVENT;
      default -> false;
    };
  }
}
