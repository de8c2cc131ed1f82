package dev.convene.platform;

import static dev.convene.platform.WalkthroughWorld.ADA;
import static dev.convene.platform.WalkthroughWorld.ANON;
import static dev.convene.platform.WalkthroughWorld.BEN;
import static dev.convene.platform.WalkthroughWorld.MAX;
import static dev.convene.platform.WalkthroughWorld.MEL;
import static dev.convene.platform.WalkthroughWorld.MO;
import static dev.convene.platform.WalkthroughWorld.OLGA;
import static dev.convene.platform.WalkthroughWorld.audited;
import static dev.convene.platform.WalkthroughWorld.doc;
import static dev.convene.platform.WalkthroughWorld.id;
import static dev.convene.platform.WalkthroughWorld.notice;
import static dev.convene.platform.WalkthroughWorld.told;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.JoinPolicy;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Visibility;
import dev.convene.storage.Delivery;
import dev.convene.storage.NotificationLevel;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * "A notification about a members-only item never reaches someone who cannot see it when it is sent"
 * (DESIGN.md §6: recipients are computed when the notification is sent). The executor holds the
 * notifications back while the world changes under them, or they wait in a daily digest; either
 * way, what is sent follows the world as it is at sending time. In every community ada is the
 * admin, mo the moderator, mel (the author) and max members; olga is an outsider.
 */
@DisplayName("Notification privacy walkthroughs")
class WalkthroughNotificationPrivacyTest {
  private final WalkthroughWorld w = new WalkthroughWorld();
  private final ContentService content = w.convene.content();
  private final MembershipService members = w.convene.memberships();
  private final Community water = w.community("water", b -> b);

  private void followAll(Delivery delivery, Actor... followers) {
    for (Actor follower : followers) {
      w.follow(follower, water, NotificationLevel.ALL, delivery);
    }
  }

  @Test
  @DisplayName("a member removed or blocked before the notification is sent hears nothing of a members-only item")
  void removedOrBlockedBeforeSending() {
    w.member(water, BEN);
    followAll(Delivery.IMMEDIATE, MO, MAX, BEN);
    w.hold();
    w.published(MEL, water, doc("Minutes", Visibility.MEMBERS));
    members.remove(ADA, water.id(), id(MAX));
    members.block(ADA, water.id(), id(BEN));
    w.saw(audited("water: MEMBERSHIP_CHANGED max by ada, ACTIVE MEMBER -> none",
        "water: MEMBERSHIP_CHANGED ben by ada, ACTIVE MEMBER -> BLOCKED"), told());
    w.release();
    // ada, the admin, never chose a level: by default she keeps up with new items
    w.saw(audited(), told("ada <- item.published in water: Minutes", "mo <- item.published in water: Minutes"));
  }

  @Test
  @DisplayName("an item made members-only before the notification is sent is not told to an outsider who follows")
  void narrowedBeforeSending() {
    followAll(Delivery.IMMEDIATE, MO, OLGA);
    w.hold();
    Item open = w.published(MEL, water, doc("Open data", Visibility.PUBLIC));
    content.edit(MEL, open.withHeader(open.header().withVisibility(Visibility.MEMBERS, w.clock.instant())));
    w.sawNothing();
    w.release();
    w.saw(audited(), told("ada <- item.published in water: Open data", "ada <- item.edited in water: Open data",
        "mo <- item.published in water: Open data", "mo <- item.edited in water: Open data"));

    Item narrowed = content.get(MEL, open.id());
    content.edit(MEL, narrowed.withHeader(narrowed.header().withVisibility(Visibility.PUBLIC, w.clock.instant())));
    w.saw(audited(), told("ada <- item.edited in water: Open data", "mo <- item.edited in water: Open data",
        "olga <- item.edited in water: Open data"));
  }

  @Test
  @DisplayName("a community turned private before the notification is sent tells an outsider of the change, not of its public item")
  void closedBeforeSending() {
    followAll(Delivery.IMMEDIATE, MO, OLGA);
    w.hold();
    w.published(MEL, water, doc("Open data", Visibility.PUBLIC));
    long version = w.convene.communities().get(ADA, water.id()).version();
    w.convene.communities().update(ADA, water.id(), version, b -> b.privacy(Privacy.PRIVATE).joinPolicy(JoinPolicy.REQUEST));
    w.saw(audited("water: PRIVACY_CHANGED community water by ada, PUBLIC REPOSITORY, join OPEN -> "
        + "PRIVATE REPOSITORY, join REQUEST"), told());
    w.release();
    w.saw(audited(), told("ada <- item.published in water: Open data", "mo <- item.published in water: Open data",
        "mel <- community.privacy_changed in water",
        "max <- community.privacy_changed in water", "mo <- community.privacy_changed in water",
        "olga <- community.privacy_changed in water"));
  }

  @Test
  @DisplayName("those who asked to join or are invited are outsiders: following tells them of public items only")
  void requestersAndInviteesAreOutsiders() {
    Community semi = w.community("semi", b -> b.privacy(Privacy.SEMI_PRIVATE));
    members.request(OLGA, semi.id(), Optional.empty());
    members.invite(ADA, semi.id(), id(BEN), Optional.empty());
    w.settle();
    w.follow(OLGA, semi, NotificationLevel.ALL, Delivery.IMMEDIATE);
    w.follow(BEN, semi, NotificationLevel.ALL, Delivery.IMMEDIATE);
    w.published(MEL, semi, doc("Minutes", Visibility.MEMBERS));
    w.published(MEL, semi, doc("Open data", Visibility.PUBLIC));
    // the admin and the moderator keep up by default, members-only items included
    w.saw(audited(), told("ada <- item.published in semi: Minutes", "mo <- item.published in semi: Minutes",
        "ada <- item.published in semi: Open data", "mo <- item.published in semi: Open data",
        "ben <- item.published in semi: Open data", "olga <- item.published in semi: Open data"));
  }

  @Test
  @DisplayName("a request withdrawn before its notification is sent reaches no moderator")
  void withdrawnBeforeSending() {
    Community semi = w.community("semi", b -> b.privacy(Privacy.SEMI_PRIVATE));
    w.hold();
    members.request(OLGA, semi.id(), Optional.empty());
    members.withdraw(OLGA, semi.id());
    w.saw(audited("semi: MEMBERSHIP_CHANGED olga by olga, none -> REQUESTED",
        "semi: MEMBERSHIP_CHANGED olga by olga, REQUESTED -> none"), told());
    w.release();
    w.sawNothing();
  }

  @Test
  @DisplayName("in a daily digest, a member removed or blocked since gets only what an outsider may see")
  void digestAfterRemovalAndBlock() {
    w.member(water, BEN);
    followAll(Delivery.DAILY, MO, MAX, BEN, OLGA);
    w.published(MEL, water, doc("Minutes", Visibility.MEMBERS));
    w.published(MEL, water, doc("Open data", Visibility.PUBLIC));
    // only ada, who never chose, hears at once, by the default delivery
    w.saw(audited(), told("ada <- item.published in water: Minutes", "ada <- item.published in water: Open data"));
    members.remove(ADA, water.id(), id(MAX));
    members.block(ADA, water.id(), id(BEN));
    w.saw(audited("water: MEMBERSHIP_CHANGED max by ada, ACTIVE MEMBER -> none",
        "water: MEMBERSHIP_CHANGED ben by ada, ACTIVE MEMBER -> BLOCKED"), told());

    w.clock.advance(Duration.ofDays(1));
    assertEquals(4, w.convene.notifications().sendDigests(Delivery.DAILY, w.clock.instant()));
    w.saw(audited(), told("mo <- digest [item.published in water: Minutes; item.published in water: Open data]",
        "max <- digest [item.published in water: Open data]", "ben <- digest [item.published in water: Open data]",
        "olga <- digest [item.published in water: Open data]"));
    assertEquals(0, w.convene.notifications().sendDigests(Delivery.DAILY, w.clock.instant()));
    w.sawNothing();
  }

  @Test
  @DisplayName("an outsider who follows public, semi-private and private communities is told of their public items only")
  void outsidersHearOfPublicItemsOnly() {
    WalkthroughWorld quiet = new WalkthroughWorld(b -> b.memberNotifications(NotificationLevel.NONE, Delivery.IMMEDIATE));
    List<Community> communities = List.of(quiet.community("open", b -> b),
        quiet.community("semi", b -> b.privacy(Privacy.SEMI_PRIVATE)),
        quiet.community("vault", b -> b.privacy(Privacy.PRIVATE)));
    quiet.denied(AccessDeniedException.class, () -> quiet.convene.notifications().subscribe(ANON,
        communities.get(0).id(), NotificationLevel.ALL, Delivery.IMMEDIATE));
    for (Community c : communities) {
      quiet.follow(OLGA, c, NotificationLevel.ALL, Delivery.IMMEDIATE);
      quiet.published(MEL, c, doc("Open data", Visibility.PUBLIC));
      quiet.published(MEL, c, doc("Minutes", Visibility.MEMBERS));
      quiet.published(MO, c, notice("Open day", Visibility.PUBLIC));
      quiet.published(MO, c, notice("Meeting moved", Visibility.MEMBERS));
    }
    quiet.saw(audited(), told("olga <- item.published in open: Open data", "olga <- item.published in open: Open day",
        "olga <- item.published in semi: Open data", "olga <- item.published in semi: Open day"));
  }
}
