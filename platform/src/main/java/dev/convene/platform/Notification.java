package dev.convene.platform;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * A message for one person about something that happened in a community they may see.
 *
 * @param id the same each time this notification is delivered, so that a sink can drop a repeat; see
 *     {@link NotificationId}
 * @param recipient who it is for
 * @param community where it happened
 * @param kind a stable code such as {@code "item.published"} or {@code "membership.requested"}; {@link
 *     NotificationService} lists them
 * @param item the item it is about, if any
 * @param summary a short text for people (a title or a name the recipient may see)
 * @param at when it happened
 */
public record Notification(NotificationId id, UserId recipient, CommunityId community, String kind, Optional<ItemId> item,
    String summary, Instant at) {

  /** Validates the notification. */
  public Notification {
    Checks.required(id, "id");
    Checks.required(recipient, "recipient");
    Checks.required(community, "community");
    Checks.text(kind, "kind", 100);
    Checks.required(item, "item");
    Checks.text(summary, "summary", 2_000);
    Checks.required(at, "at");
  }
}
