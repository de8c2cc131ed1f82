package dev.convene.platform.internal;

import dev.convene.core.event.CommunityChanged;
import dev.convene.core.event.DomainEvent;
import dev.convene.core.event.ItemChanged;
import dev.convene.core.event.MembershipChanged;
import dev.convene.core.internal.Checks;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Event;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.ReplyId;
import dev.convene.core.model.UserId;
import dev.convene.platform.NotificationId;
import dev.convene.storage.Delivery;
import dev.convene.storage.OutboxEntry;
import dev.convene.storage.PendingNotification;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * What happened, as notifications need it: a stable kind code, the community, the item (and the reply)
 * or the member it is about, and when. It carries ids only, like the event it comes from; whoever is told of it,
 * and what the text says, is decided from the store each time a notification is sent.
 *
 * @param kind the code: {@code "membership."}, {@code "item."} or {@code "community."} followed by
 *     the event's kind in lower case, such as {@code "item.published"}, or {@code
 *     "item.place_offered"} ({@link #placeOffered})
 * @param community the community where it happened
 * @param item the item, for an item event
 * @param reply the reply, for a reply to the discussion {@code item}
 * @param member whose membership changed, for a membership event; who moved up, for {@code
 *     item.place_offered}
 * @param actor who did it, if anyone; {@link NotificationFacts} decides whether a recipient is told
 * @param at when it happened
 * @param source the stored entry it was read from: {@code "o"} and the id of an outbox entry, or
 *     {@code "d"} and the id of a digest entry; every notification sent of it carries an id that
 *     starts with it ({@link #idFor})
 */
public record NotificationTopic(String kind, CommunityId community, Optional<ItemId> item, Optional<ReplyId> reply,
    Optional<UserId> member, Optional<UserId> actor, Instant at, String source) {

  private static final String MEMBERSHIP = "membership.";
  /** Between the subject and the actor in a digest entry's summary: user ids hold no control character. */
  private static final String ACTOR_SEPARATOR = "\n";
  /** Someone moved up from an event's waiting list: the one kind of news no domain event carries. */
  static final String PLACE_OFFERED = "item.place_offered";

  /** Validates the topic. */
  public NotificationTopic {
    Checks.text(kind, "kind", PendingNotification.MAX_KIND_LENGTH);
    Checks.required(community, "community");
    Checks.required(item, "item");
    Checks.required(reply, "reply");
    Checks.check(reply.isEmpty() || item.isPresent(), "reply", "in-item", "needs the item it belongs to");
    Checks.required(member, "member");
    Checks.required(actor, "actor");
    Checks.required(at, "at");
    Checks.text(source, "source", 30);
  }

  /**
   * The outbox entry that records a committed domain event, or empty for an event no one is told of.
   */
  public static Optional<OutboxEntry> entry(DomainEvent event) {
    OutboxEntry entry = switch (event) {
      case MembershipChanged m -> OutboxEntry.of(MEMBERSHIP + code(m.kind()), m.community(), Optional.empty(),
          Optional.empty(), Optional.of(m.member()), m.actor(), m.isImportant(), m.at());
      case ItemChanged i -> OutboxEntry.of("item." + code(i.kind()), i.community(), Optional.of(i.item()), i.reply(),
          Optional.empty(), i.actor(), i.isImportant(), i.at());
      case CommunityChanged c -> OutboxEntry.of("community." + code(c.kind()), c.community(), Optional.empty(),
          Optional.empty(), Optional.empty(), c.actor(), c.isImportant(), c.at());
    };
    // The event's time is the platform's clock, which a host or a test may set anywhere; leases and
    // retries run on real time. A new entry is due at once, whenever the event says it happened.
    return NotificationRule.of(entry.kind()).audiences().isEmpty() ? Optional.empty()
        : Optional.of(entry.withProgress(0, Instant.EPOCH, Optional.empty()));
  }

  /**
   * The outbox entry that tells {@code user} they moved up from the event's waiting list and now hold
   * a place ({@code item.place_offered}). It is important, since it asks them to come; it names the
   * event and the user, and reaches that user alone, if they may still see the event when it is sent.
   *
   * @param actor who freed the place, never told
   */
  public static OutboxEntry placeOffered(Event event, UserId user, Optional<UserId> actor, Instant at) {
    return OutboxEntry.of(PLACE_OFFERED, event.community(), Optional.of(event.id()), Optional.empty(),
        Optional.of(user), actor, true, at).withProgress(0, Instant.EPOCH, Optional.empty());
  }

  /** The topic of an outbox entry. */
  public static NotificationTopic of(OutboxEntry entry) {
    return new NotificationTopic(entry.kind(), entry.community(), entry.item(), entry.reply(), entry.member(),
        entry.actor(), entry.at(), "o" + entry.id());
  }

  /** The topic a digest entry recorded; see {@link #pending}. */
  public static NotificationTopic of(PendingNotification entry) {
    String[] subjects = entry.summary().split(ACTOR_SEPARATOR, 2);
    Optional<UserId> member = entry.kind().startsWith(MEMBERSHIP) ? Optional.of(UserId.of(subjects[0]))
        : Optional.empty();
    Optional<UserId> actor = subjects.length > 1 ? Optional.of(UserId.of(subjects[1])) : Optional.empty();
    return new NotificationTopic(entry.kind(), entry.community(), entry.item(), entry.reply(), member, actor,
        entry.at(), "d" + entry.id());
  }

  /**
   * The id of the notification of this topic for {@code recipient}: the same each time it is sent,
   * different for every other recipient, topic and store entry.
   */
  public NotificationId idFor(UserId recipient) {
    return new NotificationId(source + ":" + recipient.value());
  }

  /**
   * The digest entry that records this topic for {@code recipient}. Its summary is never shown as it
   * stands, because the text must be written from what the recipient may see when the digest is
   * sent: it holds what the other fields cannot, the member of a membership event (otherwise it
   * repeats the kind), then the actor, if any and if it may ever be named (never a reporter), after a
   * line break (which no user id holds). An entry
   * written before actors were kept has no line break, and no actor.
   */
  public PendingNotification pending(UserId recipient, Delivery delivery) {
    String subject = member.map(UserId::value).orElse(kind);
    return new PendingNotification(0, recipient, delivery, community, kind, item, reply, at,
        actor.filter(a -> NotificationFacts.mayNameActor(kind)).map(a -> subject + ACTOR_SEPARATOR + a.value())
            .orElse(subject));
  }

  private static String code(Enum<?> kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }
}
