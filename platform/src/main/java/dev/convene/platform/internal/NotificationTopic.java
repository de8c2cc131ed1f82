package dev.convene.platform.internal;

import dev.convene.core.event.CommunityChanged;
import dev.convene.core.event.DomainEvent;
import dev.convene.core.event.ItemChanged;
import dev.convene.core.event.MembershipChanged;
import dev.convene.core.internal.Checks;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.UserId;
import dev.convene.storage.Delivery;
import dev.convene.storage.PendingNotification;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * What happened, as notifications need it: a stable kind code, the community, the item or the member
 * it is about, and when. It carries ids only, like the event it comes from; whoever is told of it,
 * and what the text says, is decided from the store each time a notification is sent.
 *
 * @param kind the code: {@code "membership."}, {@code "item."} or {@code "community."} followed by
 *     the event's kind in lower case, such as {@code "item.published"}
 * @param community the community where it happened
 * @param item the item, for an item event
 * @param member whose membership changed, for a membership event
 * @param at when it happened
 */
public record NotificationTopic(String kind, CommunityId community, Optional<ItemId> item, Optional<UserId> member,
    Instant at) {

  private static final String MEMBERSHIP = "membership.";

  /** Validates the topic. */
  public NotificationTopic {
    Checks.text(kind, "kind", PendingNotification.MAX_KIND_LENGTH);
    Checks.required(community, "community");
    Checks.required(item, "item");
    Checks.required(member, "member");
    Checks.required(at, "at");
  }

  /** The topic of a domain event. */
  public static NotificationTopic of(DomainEvent event) {
    return switch (event) {
      case MembershipChanged m -> new NotificationTopic(MEMBERSHIP + code(m.kind()), m.community(), Optional.empty(),
          Optional.of(m.member()), m.at());
      case ItemChanged i -> new NotificationTopic("item." + code(i.kind()), i.community(), Optional.of(i.item()),
          Optional.empty(), i.at());
      case CommunityChanged c -> new NotificationTopic("community." + code(c.kind()), c.community(), Optional.empty(),
          Optional.empty(), c.at());
    };
  }

  /** The topic a digest entry recorded; see {@link #pending}. */
  public static NotificationTopic of(PendingNotification entry) {
    Optional<UserId> member = entry.kind().startsWith(MEMBERSHIP) ? Optional.of(UserId.of(entry.summary()))
        : Optional.empty();
    return new NotificationTopic(entry.kind(), entry.community(), entry.item(), member, entry.at());
  }

  /**
   * The digest entry that records this topic for {@code recipient}. Its summary is never shown as it
   * stands, because the text must be written from what the recipient may see when the digest is
   * sent: it holds the subject the other fields cannot, the member of a membership event, and
   * otherwise repeats the kind.
   */
  public PendingNotification pending(UserId recipient, Delivery delivery) {
    return new PendingNotification(0, recipient, delivery, community, kind, item, at,
        member.map(UserId::value).orElse(kind));
  }

  private static String code(Enum<?> kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }
}
