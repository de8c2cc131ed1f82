package dev.convene.archive;

import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Document;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemHeader;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.JoinPolicy;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.PlatformRole;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Purpose;
import dev.convene.core.model.Reply;
import dev.convene.core.model.ReplyId;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import dev.convene.platform.Convene;
import dev.convene.platform.OutboxSettings;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.Delivery;
import dev.convene.storage.NotificationLevel;
import dev.convene.storage.OutboxEntry;
import dev.convene.storage.PendingNotification;
import dev.convene.storage.Storage;
import dev.convene.storage.Subscription;
import dev.convene.storage.Transaction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A small world around one person, u-ada, written straight to a store, with a platform on it that
 * searches. Every expected value in the tests is read off this description:
 *
 * <ul>
 *   <li>water (public): u-ada ACTIVE ADMIN (the only admin), u-bob ACTIVE MEMBER invited by u-ada,
 *       u-eve and u-cid ACTIVE MEMBER;
 *   <li>hidden (a hidden group): u-bob ACTIVE ADMIN; u-ada was removed from it;
 *   <li>wg (a private working group of water): u-ada ACTIVE ADMIN (the only admin), u-bob ACTIVE
 *       MEMBER, u-cid INVITED by u-ada;
 *   <li>items, oldest first: report (u-ada's published document in water), note (u-ada's
 *       members-only document in hidden), question (u-bob's discussion in water, replies r1 by u-ada,
 *       r2 by u-eve), secret (u-bob's members-only discussion in hidden, reply r3 by u-ada), thread
 *       (u-ada's discussion in water, replies r4 by u-bob, r5 by u-ada), draft (u-ada's draft in
 *       water);
 *   <li>u-ada follows water daily; u-bob follows water;
 *   <li>pending digests: one for u-ada, one for u-bob about reply r1 naming u-ada, one for u-eve
 *       naming u-bob only;
 *   <li>outbox: one entry by u-ada, one about u-ada's membership, one by u-bob;
 *   <li>audit: u-ada approved u-bob in water (reason "welcome"); u-bob removed u-ada from hidden
 *       (reason "inactive"); the system made u-ada a member of water; u-bob reviewed item note.
 * </ul>
 */
final class PersonWorld implements AutoCloseable {
  static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  static final UserId ADA = UserId.of("u-ada");
  static final UserId BOB = UserId.of("u-bob");
  static final UserId EVE = UserId.of("u-eve");
  static final UserId CID = UserId.of("u-cid");
  static final Actor ROOT = Actor.user("root", PlatformRole.PLATFORM_ADMIN);
  static final CommunityId WATER = CommunityId.of("water");
  static final CommunityId HIDDEN = CommunityId.of("hidden");
  static final CommunityId WG = CommunityId.of("wg");

  final Storage storage;
  final Convene convene;
  final PersonalData data;

  private PersonWorld(Storage storage) {
    this.storage = storage;
    storage.useTransaction(PersonWorld::seed);
    this.convene = Convene.builder().storage(storage).clock(Clock.fixed(T0.plus(Duration.ofDays(1)), ZoneOffset.UTC))
        .outbox(OutboxSettings.defaults().withBackground(false)).search(new ByteBuffersDirectory()).build();
    this.data = PersonalData.of(convene);
  }

  static PersonWorld on(Storage storage) {
    return new PersonWorld(storage);
  }

  @Override
  public void close() {
    convene.close();
  }

  private static void seed(Transaction tx) {
    tx.communities().insert(Community.builder(WATER, "water").name("Water").build());
    tx.communities().insert(Community.builder(HIDDEN, "hidden").name("Hidden").purpose(Purpose.HIDDEN_GROUP)
        .privacy(Privacy.PRIVATE).joinPolicy(JoinPolicy.INVITATION).build());
    tx.communities().insert(Community.builder(WG, "wg").name("Working group").purpose(Purpose.WORKING_GROUP)
        .privacy(Privacy.PRIVATE).joinPolicy(JoinPolicy.REQUEST).parent(WATER).build());
    member(tx, WATER, ADA, Role.ADMIN, Optional.empty());
    member(tx, WATER, BOB, Role.MEMBER, Optional.of(ADA));
    member(tx, WATER, EVE, Role.MEMBER, Optional.empty());
    member(tx, WATER, CID, Role.MEMBER, Optional.empty());
    member(tx, HIDDEN, BOB, Role.ADMIN, Optional.empty());
    member(tx, WG, ADA, Role.ADMIN, Optional.empty());
    member(tx, WG, BOB, Role.MEMBER, Optional.empty());
    tx.memberships().insert(new Membership(WG, CID, MembershipState.INVITED, Role.MEMBER,
        Optional.of("Join us"), Optional.of(ADA), T0, Optional.empty(), 0));

    tx.items().insert(Document.of(header("report", WATER, ADA, "Annual water report", Visibility.PUBLIC,
        ReviewState.PUBLISHED, 1), "Rivers and lakes"));
    tx.items().insert(Document.of(header("note", HIDDEN, ADA, "Wetland note", Visibility.MEMBERS,
        ReviewState.PUBLISHED, 2), "Marshes"));
    tx.items().insert(new Discussion(header("question", WATER, BOB, "Where do rivers go", Visibility.PUBLIC,
        ReviewState.PUBLISHED, 3), "To the sea?", false, List.of(reply("r1", ADA, "Estuaries first", 10),
        reply("r2", EVE, "Deltas too", 11))));
    tx.items().insert(new Discussion(header("secret", HIDDEN, BOB, "Secret plans", Visibility.MEMBERS,
        ReviewState.PUBLISHED, 4), "Quiet", false, List.of(reply("r3", ADA, "Agreed", 12))));
    tx.items().insert(new Discussion(header("thread", WATER, ADA, "Glacier melt", Visibility.PUBLIC,
        ReviewState.PUBLISHED, 5), "Ice", false, List.of(reply("r4", BOB, "Alarming", 13),
        reply("r5", ADA, "Indeed", 14))));
    tx.items().insert(Document.of(header("draft", WATER, ADA, "Unfinished aquifer study", Visibility.PUBLIC,
        ReviewState.DRAFT, 6), "Groundwater"));

    tx.subscriptions().put(new Subscription(ADA, WATER, NotificationLevel.ALL, Delivery.DAILY));
    tx.subscriptions().put(new Subscription(BOB, WATER, NotificationLevel.ALL, Delivery.WEEKLY));
    tx.digests().add(pending(ADA, Optional.empty(), "New document in Water: Annual water report"));
    tx.digests().add(pending(BOB, Optional.of("r1"), "New reply by u-ada in Water: Where do rivers go"));
    tx.digests().add(pending(EVE, Optional.empty(), "u-bob joined Water"));
    tx.outbox().add(OutboxEntry.of("item.published", WATER, Optional.of(ItemId.of("report")), Optional.empty(),
        Optional.empty(), Optional.of(ADA), true, T0));
    tx.outbox().add(OutboxEntry.of("membership.joined", WATER, Optional.empty(), Optional.empty(), Optional.of(ADA),
        Optional.empty(), false, T0));
    tx.outbox().add(OutboxEntry.of("item.published", WATER, Optional.of(ItemId.of("question")), Optional.empty(),
        Optional.empty(), Optional.of(BOB), true, T0));

    tx.audit().append(AuditEntry.of(T0, Optional.of(ADA), WATER, AuditAction.MEMBERSHIP_CHANGED, BOB.value())
        .withChange("REQUESTED", "ACTIVE MEMBER").withReason("welcome"));
    tx.audit().append(AuditEntry.of(T0, Optional.of(BOB), HIDDEN, AuditAction.MEMBERSHIP_CHANGED, ADA.value())
        .withChange("ACTIVE MEMBER", "none").withReason("inactive"));
    tx.audit().append(AuditEntry.of(T0, Optional.empty(), WATER, AuditAction.MEMBERSHIP_CHANGED, ADA.value())
        .withChange("INVITED", "ACTIVE MEMBER"));
    tx.audit().append(AuditEntry.of(T0, Optional.of(BOB), HIDDEN, AuditAction.ITEM_REVIEWED, "item note")
        .withChange("SUBMITTED", "PUBLISHED"));
  }

  private static void member(Transaction tx, CommunityId community, UserId user, Role role,
      Optional<UserId> inviter) {
    tx.memberships().insert(new Membership(community, user, MembershipState.ACTIVE, role, Optional.empty(), inviter,
        T0, Optional.empty(), 0));
  }

  private static ItemHeader header(String id, CommunityId community, UserId author, String title,
      Visibility visibility, ReviewState state, int minute) {
    Instant at = T0.plus(Duration.ofMinutes(minute));
    return new ItemHeader(ItemId.of(id), community, author, title, Locale.ENGLISH, visibility, state, Set.of(), at, at,
        0);
  }

  private static Reply reply(String id, UserId author, String body, int minute) {
    return new Reply(ReplyId.of(id), author, body, T0.plus(Duration.ofMinutes(minute)), false);
  }

  private static PendingNotification pending(UserId recipient, Optional<String> reply, String summary) {
    return new PendingNotification(0, recipient, Delivery.DAILY, WATER, reply.isPresent() ? "item.replied"
        : "item.published", Optional.of(ItemId.of(reply.isPresent() ? "question" : "report")),
        reply.map(ReplyId::of), T0, summary);
  }

  /** The item as stored now, if it is. */
  Optional<Item> item(String id) {
    return storage.read(tx -> tx.items().get(ItemId.of(id)));
  }

  /** The membership as stored now, if there is one. */
  Optional<Membership> membership(CommunityId community, UserId user) {
    return storage.read(tx -> tx.memberships().get(community, user));
  }
}
