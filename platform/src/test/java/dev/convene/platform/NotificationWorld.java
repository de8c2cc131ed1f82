package dev.convene.platform;

import dev.convene.core.event.ItemChanged;
import dev.convene.core.event.MembershipChanged;
import dev.convene.core.membership.MembershipEvent;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Announcement;
import dev.convene.core.model.Community;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Document;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemHeader;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.ItemType;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Role;
import dev.convene.core.model.ReplyId;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import dev.convene.storage.Delivery;
import dev.convene.storage.NotificationLevel;
import dev.convene.storage.PendingNotification;
import dev.convene.storage.memory.InMemoryStorage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A small world for the notification tests: communities made through the community service, and
 * memberships and items written straight into the store (their services live elsewhere), with events
 * recorded in the outbox as a committed write records them. There is no background sender: each
 * event is delivered on the test's thread as soon as it is recorded, unless the test records it
 * only ({@link #recordItemEvent}) and delivers later ({@link #deliver()}).
 */
final class NotificationWorld {
  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  static final Instant LATER = NOW.plusSeconds(86_400);
  static final Actor ADA = Actor.user("ada");

  final InMemoryStorage storage = InMemoryStorage.create(Clock.fixed(NOW, ZoneOffset.UTC));
  final RecordingSink sink = new RecordingSink();
  final Convene convene;
  final NotificationService notifications;
  private final AtomicInteger ids = new AtomicInteger();

  NotificationWorld() {
    this(b -> b);
  }

  NotificationWorld(UnaryOperator<Convene.Builder> settings) {
    convene = settings.apply(Convene.builder().storage(storage).clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .ids(() -> "id" + ids.incrementAndGet()).notificationSink(sink)
        .outbox(OutboxSettings.defaults().withBackground(false))).build();
    notifications = convene.notifications();
  }

  /** A community founded by ada, its first admin. */
  Community community(String name, UnaryOperator<Community.Settings> settings) {
    Community created = convene.communities().create(ADA, name.toLowerCase(Locale.ROOT),
        b -> settings.apply(b.name(name)));
    deliver(); // told at once to nobody, as a background sender would have done
    return created;
  }

  void member(Community community, String user, Role role) {
    put(community, user, MembershipState.ACTIVE, role);
  }

  /** A membership in another state: REQUESTED, INVITED or BLOCKED. */
  void put(Community community, String user, MembershipState state, Role role) {
    Membership membership = new Membership(community.id(), UserId.of(user), state, role, Optional.empty(),
        state == MembershipState.INVITED ? Optional.of(UserId.of("ada")) : Optional.empty(), NOW, Optional.empty(), 0);
    storage.useTransaction(tx -> tx.memberships().insert(membership));
  }

  /** Deletes a membership in the store, behind the platform's back. */
  void removeMembership(Community community, String user) {
    storage.useTransaction(tx -> {
      Membership m = tx.memberships().get(community.id(), UserId.of(user)).orElseThrow();
      tx.memberships().delete(community.id(), m.user(), m.version());
    });
  }

  Item item(Community community, String author, ItemType type, Visibility visibility, ReviewState state,
      String title) {
    ItemHeader header = new ItemHeader(ItemId.of("item" + ids.incrementAndGet()), community.id(), UserId.of(author),
        title, Locale.ENGLISH, visibility, state, Set.of(), NOW, NOW, 0);
    Item item = switch (type) {
      case ANNOUNCEMENT -> new Announcement(header, "Body", false, Optional.empty());
      case DOCUMENT -> Document.of(header, "Summary");
      default -> throw new IllegalArgumentException(type.name());
    };
    return storage.inTransaction(tx -> tx.items().insert(item));
  }

  /** A published discussion with no reply yet. */
  Discussion discussion(Community community, String author, Visibility visibility, String title) {
    ItemHeader header = new ItemHeader(ItemId.of("item" + ids.incrementAndGet()), community.id(), UserId.of(author),
        title, Locale.ENGLISH, visibility, ReviewState.PUBLISHED, Set.of(), NOW, NOW, 0);
    Discussion discussion = new Discussion(header, "Body", false, List.of());
    return (Discussion) storage.inTransaction(tx -> tx.items().insert(discussion));
  }

  /** Takes a reply out of its discussion in the store, behind the platform's back, as an erasure would. */
  void removeReply(Discussion discussion, ReplyId reply) {
    storage.useTransaction(tx -> {
      Discussion stored = (Discussion) tx.items().get(discussion.id()).orElseThrow();
      tx.items().update(stored.withReplies(stored.replies().stream().filter(r -> !r.id().equals(reply)).toList()));
    });
  }

  /** Stores a changed copy of the item, as an edit would. */
  Item change(Item item, UnaryOperator<ItemHeader> change) {
    return storage.inTransaction(tx -> tx.items().update(item.withHeader(change.apply(item.header()))));
  }

  void follow(String user, Community community, NotificationLevel level, Delivery delivery) {
    notifications.subscribe(Actor.user(user), community.id(), level, delivery);
  }

  void itemEvent(Item item, ItemChanged.Kind kind, String actor) {
    recordItemEvent(item, kind, actor);
    deliver();
  }

  /** Records the event in the outbox, as a committed write does, without delivering it. */
  void recordItemEvent(Item item, ItemChanged.Kind kind, String actor) {
    notifications.publish(new ItemChanged(item.community(), item.id(), item.type(), kind,
        Optional.of(UserId.of(actor)), NOW));
  }

  void membershipEvent(Community community, String member, MembershipEvent kind, String actor) {
    notifications.publish(new MembershipChanged(community.id(), UserId.of(member), kind,
        Optional.of(UserId.of(actor)), NOW));
    deliver();
  }

  /** Delivers what the outbox holds, on the test's thread. */
  void deliver() {
    notifications.deliverPending();
  }

  List<PendingNotification> pending(Delivery delivery) {
    return storage.read(tx -> tx.digests().due(delivery, Instant.MAX));
  }

  /** Records what it is given; it can be told to fail for some recipients. */
  static final class RecordingSink implements NotificationSink {
    final List<Notification> delivered = new CopyOnWriteArrayList<>();
    final List<List<Notification>> digests = new CopyOnWriteArrayList<>();
    volatile Predicate<UserId> failsFor = user -> false;

    @Override
    public String name() {
      return "recording";
    }

    @Override
    public void deliver(Notification notification) {
      fail(notification.recipient());
      delivered.add(notification);
    }

    @Override
    public void deliverDigest(List<Notification> digest) {
      fail(digest.get(0).recipient());
      digests.add(digest);
    }

    private void fail(UserId recipient) {
      if (failsFor.test(recipient)) {
        throw new IllegalStateException("the mail server is down");
      }
    }

    /** Who received an immediate notification of this kind, in delivery order. */
    List<String> recipients(String kind) {
      return delivered.stream().filter(n -> n.kind().equals(kind)).map(n -> n.recipient().value()).toList();
    }

    /** The summaries delivered at once to {@code user}. */
    List<String> to(String user) {
      return delivered.stream().filter(n -> n.recipient().value().equals(user)).map(Notification::summary).toList();
    }
  }
}
