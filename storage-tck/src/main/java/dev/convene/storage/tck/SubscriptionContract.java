package dev.convene.storage.tck;

import static dev.convene.storage.tck.Fixtures.community;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.NotFoundException;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import dev.convene.storage.CommunityFollower;
import dev.convene.storage.Delivery;
import dev.convene.storage.NotificationLevel;
import dev.convene.storage.Subscription;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Subscriptions: one per user and community, replaced by the last put. */
abstract class SubscriptionContract extends ContractSupport {
  private CommunityId alpha;
  private CommunityId beta;

  SubscriptionContract(StorageContract kit) {
    super(kit);
  }

  @BeforeEach
  void communities() {
    alpha = insert(community("alpha")).id();
    beta = insert(community("beta")).id();
  }

  @Test
  @DisplayName("a put stores the subscription; a second put replaces it; a delete removes it")
  void putReplaceDelete() {
    UserId ada = UserId.of("ada");
    Subscription all = new Subscription(ada, alpha, NotificationLevel.ALL, Delivery.IMMEDIATE);
    assertEquals(all, tx(t -> t.subscriptions().put(all)));
    assertEquals(Optional.of(all), read(t -> t.subscriptions().get(ada, alpha)));
    Subscription weekly = new Subscription(ada, alpha, NotificationLevel.IMPORTANT, Delivery.WEEKLY);
    tx(t -> t.subscriptions().put(weekly));
    assertEquals(Optional.of(weekly), read(t -> t.subscriptions().get(ada, alpha)));
    assertEquals(Optional.empty(), read(t -> t.subscriptions().get(ada, beta)));
    assertEquals(true, tx(t -> t.subscriptions().delete(ada, alpha)));
    assertEquals(false, tx(t -> t.subscriptions().delete(ada, alpha)));
    assertEquals(Optional.empty(), read(t -> t.subscriptions().get(ada, alpha)));
  }

  @Test
  @DisplayName("a community's subscriptions are listed by user id, a user's by community id")
  void listings() {
    Subscription zoeAlpha = put("zoe", alpha, Delivery.DAILY);
    Subscription adaBeta = put("ada", beta, Delivery.IMMEDIATE);
    Subscription adaAlpha = put("ada", alpha, Delivery.WEEKLY);
    assertEquals(List.of(adaAlpha, zoeAlpha), read(t -> t.subscriptions().forCommunity(alpha)));
    assertEquals(List.of(adaAlpha, adaBeta), read(t -> t.subscriptions().forUser(UserId.of("ada"))));
    assertEquals(List.of(), read(t -> t.subscriptions().forUser(UserId.of("nobody"))));
  }

  @Test
  @DisplayName("a subscription needs a community that exists")
  void communityMustExist() {
    Snapshot before = snapshot();
    assertThrows(NotFoundException.class, () -> put("ada", CommunityId.of("nowhere"), Delivery.DAILY));
    assertEquals(before, snapshot());
  }

  private Subscription put(String user, CommunityId community, Delivery delivery) {
    return tx(t -> t.subscriptions().put(new Subscription(UserId.of(user), community, NotificationLevel.ALL,
        delivery)));
  }

  @Test
  @DisplayName("the followers of a community are its active members and its subscribers, each once, by user, "
      + "batch after batch")
  void followers() {
    insert(Fixtures.member(alpha, "cyd", Role.ADMIN));
    insert(Fixtures.member(alpha, "ada", Role.MEMBER));
    insert(Fixtures.membership(alpha, "eve", MembershipState.REQUESTED));
    insert(Fixtures.member(beta, "bob", Role.MEMBER));
    Subscription ada = new Subscription(UserId.of("ada"), alpha, NotificationLevel.NONE, Delivery.DAILY);
    Subscription bob = new Subscription(UserId.of("bob"), alpha, NotificationLevel.ALL, Delivery.IMMEDIATE);
    Subscription eve = new Subscription(UserId.of("eve"), alpha, NotificationLevel.ALL, Delivery.WEEKLY);
    use(t -> List.of(ada, bob, eve).forEach(t.subscriptions()::put));
    List<CommunityFollower> all = List.of(
        new CommunityFollower(UserId.of("ada"), true, Optional.of(ada)),
        new CommunityFollower(UserId.of("bob"), false, Optional.of(bob)),
        new CommunityFollower(UserId.of("cyd"), true, Optional.empty()),
        new CommunityFollower(UserId.of("eve"), false, Optional.of(eve)));
    assertEquals(all, read(t -> t.subscriptions().followers(alpha, Optional.empty(), 10)));
    assertEquals(all.subList(0, 2), read(t -> t.subscriptions().followers(alpha, Optional.empty(), 2)));
    assertEquals(all.subList(2, 4), read(t -> t.subscriptions().followers(alpha, Optional.of(UserId.of("bob")), 2)));
    assertEquals(all.subList(3, 4), read(t -> t.subscriptions().followers(alpha, Optional.of(UserId.of("cyd")), 2)));
    assertEquals(List.of(), read(t -> t.subscriptions().followers(alpha, Optional.of(UserId.of("eve")), 2)));
  }
}
