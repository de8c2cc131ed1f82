package dev.convene.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.event.ItemChanged;
import dev.convene.core.membership.MembershipEvent;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemType;
import dev.convene.core.model.JoinPolicy;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Purpose;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Role;
import dev.convene.core.model.Visibility;
import dev.convene.storage.Delivery;
import dev.convene.storage.NotificationLevel;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("a notification about a members-only item never reaches someone who cannot see it when it is sent")
class NotificationPrivacyTest {

  @Nested
  @DisplayName("at once")
  class Immediate {
    private final NotificationWorld world = new NotificationWorld();
    private final Community water = world.community("Water", b -> b);

    @Test
    @DisplayName("an outsider following a public community gets its public items, not its members-only ones")
    void outsiderSeesPublicOnly() {
      world.follow("olga", water, NotificationLevel.ALL, Delivery.IMMEDIATE);
      Item open = world.item(water, "ada", ItemType.DOCUMENT, Visibility.PUBLIC, ReviewState.PUBLISHED, "Open data");
      Item closed = world.item(water, "ada", ItemType.DOCUMENT, Visibility.MEMBERS, ReviewState.PUBLISHED, "Minutes");
      world.itemEvent(open, ItemChanged.Kind.PUBLISHED, "ada");
      world.itemEvent(closed, ItemChanged.Kind.PUBLISHED, "ada");
      world.itemEvent(closed, ItemChanged.Kind.EDITED, "ada");
      assertEquals(List.of("New document in Water: Open data"), world.sink.to("olga"));
    }

    @Test
    @DisplayName("outsiders hear nothing by level unless they subscribe")
    void outsidersMustSubscribe() {
      Item notice = world.item(water, "ada", ItemType.ANNOUNCEMENT, Visibility.PUBLIC, ReviewState.PUBLISHED, "Day");
      world.itemEvent(notice, ItemChanged.Kind.PUBLISHED, "ada");
      assertEquals(List.of(), world.sink.delivered);
    }

    @Test
    @DisplayName("recipients are decided when it is sent: an item made members-only meanwhile reaches members only")
    void decidedWhenSent() {
      Community river = world.community("River", b -> b);
      world.member(river, "mia", Role.MEMBER);
      world.follow("olga", river, NotificationLevel.ALL, Delivery.IMMEDIATE);
      world.follow("mia", river, NotificationLevel.ALL, Delivery.IMMEDIATE);
      Item item = world.item(river, "ada", ItemType.DOCUMENT, Visibility.PUBLIC, ReviewState.PUBLISHED, "Levels");
      world.recordItemEvent(item, ItemChanged.Kind.PUBLISHED, "ada");
      world.change(item, h -> h.withVisibility(Visibility.MEMBERS, NotificationWorld.NOW));
      world.deliver();
      assertEquals(List.of("mia"), world.sink.recipients("item.published"));
    }
  }

  @Nested
  @DisplayName("in a digest")
  class Digest {
    private final NotificationWorld world = new NotificationWorld();
    private final Community water = world.community("Water", b -> b);

    @Test
    @DisplayName("a member removed between the event and the digest gets nothing about members-only items")
    void removedMember() {
      world.member(water, "mia", Role.MEMBER);
      world.follow("mia", water, NotificationLevel.ALL, Delivery.DAILY);
      Item open = world.item(water, "ada", ItemType.DOCUMENT, Visibility.PUBLIC, ReviewState.PUBLISHED, "Open data");
      Item closed = world.item(water, "ada", ItemType.DOCUMENT, Visibility.MEMBERS, ReviewState.PUBLISHED, "Minutes");
      world.itemEvent(open, ItemChanged.Kind.PUBLISHED, "ada");
      world.itemEvent(closed, ItemChanged.Kind.PUBLISHED, "ada");
      assertEquals(2, world.pending(Delivery.DAILY).size());
      assertTrue(world.notifications.subscription(Actor.user("mia"), water.id()).isPresent()); // cached: a member
      // Deleted behind the platform's back: the sender reads memberships fresh, whatever the policy cache holds.
      world.removeMembership(water, "mia");
      assertEquals(1, world.notifications.sendDigests(Delivery.DAILY, NotificationWorld.LATER));
      assertEquals(List.of(List.of("New document in Water: Open data")), summaries(world));
      assertEquals(List.of(), world.pending(Delivery.DAILY));
    }

    @Test
    @DisplayName("a community turned private between the event and the digest tells outsiders nothing of its items")
    void closedCommunity() {
      world.follow("olga", water, NotificationLevel.ALL, Delivery.DAILY);
      Item open = world.item(water, "ada", ItemType.DOCUMENT, Visibility.PUBLIC, ReviewState.PUBLISHED, "Open data");
      world.itemEvent(open, ItemChanged.Kind.PUBLISHED, "ada");
      world.convene.communities().update(NotificationWorld.ADA, water.id(), water.version(),
          b -> b.privacy(Privacy.PRIVATE).joinPolicy(JoinPolicy.REQUEST));
      world.notifications.sendDigests(Delivery.DAILY, NotificationWorld.LATER);
      assertEquals(List.of(List.of("Water is now private")), summaries(world));
      assertTrue(world.sink.digests.get(0).stream().allMatch(n -> n.item().isEmpty()));
    }

    @Test
    @DisplayName("a hidden group's invitation cancelled before the digest is not told, not even by name")
    void cancelledInvitation() {
      Community hidden = world.community("Cabinet", b -> b.purpose(Purpose.HIDDEN_GROUP));
      world.put(hidden, "olga", MembershipState.INVITED, Role.MEMBER);
      world.follow("olga", hidden, NotificationLevel.IMPORTANT, Delivery.WEEKLY);
      world.membershipEvent(hidden, "olga", MembershipEvent.INVITED, "ada");
      world.removeMembership(hidden, "olga");
      assertEquals(0, world.notifications.sendDigests(Delivery.WEEKLY, NotificationWorld.LATER));
      assertEquals(List.of(), world.sink.digests);
      assertEquals(List.of(), world.pending(Delivery.WEEKLY));
    }

    private static List<List<String>> summaries(NotificationWorld world) {
      return world.sink.digests.stream().map(d -> d.stream().map(Notification::summary).toList()).toList();
    }
  }
}
