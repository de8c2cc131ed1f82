package dev.convene.platform;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.event.DomainEvent;
import dev.convene.core.internal.Checks;
import dev.convene.core.model.Actor;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.UserId;
import dev.convene.core.policy.AccessContext;
import dev.convene.core.policy.Action;
import dev.convene.core.policy.Reason;
import dev.convene.platform.internal.Access;
import dev.convene.platform.internal.DigestSender;
import dev.convene.platform.internal.NotificationPreference;
import dev.convene.platform.internal.OutboxWorker;
import dev.convene.platform.internal.Platform;
import dev.convene.platform.internal.RecipientCheck;
import dev.convene.storage.Delivery;
import dev.convene.storage.NotificationLevel;
import dev.convene.storage.Subscription;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Notifications: who follows which community and how, and the digests the host sends on a schedule.
 * Immediate notifications need no call: every change writes what happened to the store's outbox in
 * its own transaction, and a background sender turns it into notifications for the {@link
 * NotificationSink}; the writer never waits for them.
 *
 * <h2>Who hears of what</h2>
 *
 * <ul>
 *   <li><b>Followers</b> hear by their level: {@code ALL} every event they may see, {@code IMPORTANT}
 *       the events that say they are important ({@link DomainEvent#isImportant()}: among what
 *       followers hear, privacy changes, archiving and restoring, published announcements and
 *       events), {@code NONE} nothing. A follower is someone
 *       who subscribed, or an active member who never chose and gets the default: {@code IMPORTANT},
 *       {@code IMMEDIATE} unless the host sets another with {@link
 *       Convene.Builder#memberNotifications}. Outsiders hear nothing by level unless they subscribe.
 *   <li><b>Those asked to act, or concerned personally</b>, hear whatever their level, unless it is
 *       {@code NONE}: moderators and admins (whoever the policy lets decide it) of a membership
 *       request; the item's reviewers among the community's members of an item submitted for review;
 *       the author of their item published or sent back by a reviewer; an invitee of their invitation;
 *       a requester of the decision on their request; a member of their new role; the users a
 *       discussion's opening post mentions of its publication, and those a reply mentions of the
 *       reply ({@link dev.convene.core.model.Discussion#mentions()}, {@link
 *       dev.convene.core.model.Reply#mentions()}, read from the stored post). They hear with their
 *       subscription's delivery, or the default's. Platform curators are not known to Convene: the
 *       host lists the items waiting for them from the content service's review queue.
 *   <li><b>Moderators and admins who never chose a level</b> keep up by default: they hear of new
 *       items, edits and uploads ({@code item.published}, {@code item.edited}, {@code
 *       item.attachment_added}) whatever the default level, unless it is {@code NONE}. Hiding a reply
 *       or showing it again is told to the other moderators and admins only.
 *   <li><b>Reports</b> ({@code item.reported}, {@code item.reply_reported}) go to the community's
 *       moderators and admins who see the reported item or reply when it is sent, at any level but
 *       {@code NONE}, and never to the author of what was reported; no notification names the reporter.
 *   <li>Nobody is told of their own action.
 * </ul>
 *
 * <p>Recipients are computed when a notification is sent, immediate or in a digest, with {@link
 * dev.convene.core.policy.AccessPolicy} and the community, memberships and item as they are at that
 * moment: a recipient must be allowed to see the community, the item for an item event, the member
 * list for news of who joined or left, and to decide the request, review the item or answer the
 * invitation for those tasks. An item made members-only, a member removed or a community closed
 * between the event and the sending is taken into account. The summary, the parameters and the
 * actor name only what the recipient was just allowed to see, the summary in the recipient's language
 * ({@link Convene.Builder#languageOf}). News of a new working group ({@code
 * community.working_group_created}, whose {@link Notification#community()} is the group) goes to the
 * followers of its parent who may see the group itself: a hidden working group is told to no one
 * outside it.
 *
 * <h2>Kinds</h2>
 *
 * <p>{@link Notification#kind()} is a stable code: {@code membership.requested}, {@code
 * membership.invited}, {@code membership.approved}, {@code membership.rejected} (to the requester),
 * {@code membership.joined}, {@code membership.accepted}, {@code membership.left}, {@code
 * membership.role_changed}; {@code item.submitted}, {@code item.published}, {@code item.rejected},
 * {@code item.edited}, {@code item.attachment_added}, {@code item.replied}, {@code item.reply_hidden},
 * {@code item.reply_shown}, {@code item.archived}, {@code item.restored}, {@code item.locked}, {@code
 * item.unlocked}, {@code item.place_offered} (to who moved up from an event's waiting list, if they
 * may still see the event), {@code item.reported}, {@code item.reply_reported}; {@code
 * community.privacy_changed}, {@code
 * community.settings_changed}, {@code community.archived}, {@code community.restored}, {@code
 * community.working_group_created}. Withdrawn, declined and expired requests and invitations,
 * removals, blocks and unblocks, new drafts and deletions are told to nobody.
 *
 * <h2>Delivery</h2>
 *
 * <p>Every write adds to the store's notification outbox, in its own transaction, an entry for each
 * event someone may be told of: a committed change always has its notifications waiting, and a crash
 * after the commit loses none of them. A sender on a daemon thread of every node (or the caller of
 * {@link #deliverPending()}, see {@link OutboxSettings}) claims one entry at a time under a lease, so
 * that one node sends it, and walks its recipients in batches of {@link OutboxSettings#batchSize()}
 * in bounded memory: {@code IMMEDIATE} ones get {@link NotificationSink#deliver}; {@code DAILY} and
 * {@code WEEKLY} ones get a digest entry (what happened, not who may see it) that {@link
 * #sendDigests}, a job the host schedules, sends.
 *
 * <p>Delivery is at least once: a batch the sink refused in part is offered again after a backoff,
 * and a crash or a lost lease may offer a batch again; every repeat carries the same {@link
 * Notification#id()}, so a sink that keeps the ids it has handled can drop it. A batch refused
 * {@link OutboxSettings#attempts()} times in a row is given up and logged. A sink that throws never
 * affects the change that caused the notification. See the platform guide, "The outbox".
 */
public final class NotificationService {
  private final Platform platform;
  private final NotificationPreference memberDefault;
  private final DigestSender digests;
  private final OutboxWorker outbox;

  NotificationService(Platform platform, NotificationSink sink, NotificationPreference memberDefault,
      RecipientCheck check, OutboxWorker outbox) {
    this.platform = platform;
    this.memberDefault = memberDefault;
    this.digests = new DigestSender(platform.storage(), check, sink);
    this.outbox = outbox;
    platform.events().listen(event -> outbox.wake());
  }

  /**
   * Follows {@code community} at {@code level}, delivered as {@code delivery}, replacing the actor's
   * earlier choice. Following gives no access: the actor is told only what they may see when each
   * notification is sent.
   *
   * @param actor who follows; signed in
   * @param community the community to follow
   * @param level which news to be told of
   * @param delivery when to be told: at once or in a digest
   * @return the choice now stored
   * @throws dev.convene.core.NotFoundException if the community does not exist or the actor may not
   *     know it does
   * @throws AccessDeniedException if the actor is anonymous
   * @throws dev.convene.core.ValidationException if an argument is missing
   */
  public Subscription subscribe(Actor actor, CommunityId community, NotificationLevel level, Delivery delivery) {
    Checks.required(actor, "actor");
    Checks.required(community, "community");
    Checks.required(level, "level");
    Checks.required(delivery, "delivery");
    return platform.writes().run(work -> {
      AccessContext context = platform.access().context(work.tx(), actor, community);
      platform.access().require(work, actor, Action.VIEW_COMMUNITY, context, Access.what(community));
      UserId user = signedIn(actor, community);
      return work.tx().subscriptions().put(new Subscription(user, community, level, delivery));
    });
  }

  /**
   * Drops the actor's own choice for {@code community}; an active member falls back to the default.
   * Anyone may drop their own subscription, even to a community they may no longer see: the answer
   * is about their own choice only, and is {@code false} for a community that does not exist.
   *
   * @param actor whose choice to drop; signed in
   * @param community the community the choice is about
   * @return whether the actor had chosen
   * @throws AccessDeniedException if the actor is anonymous
   * @throws dev.convene.core.ValidationException if an argument is missing
   */
  public boolean unsubscribe(Actor actor, CommunityId community) {
    Checks.required(actor, "actor");
    Checks.required(community, "community");
    UserId user = signedIn(actor, community);
    return platform.writes().run(work -> work.tx().subscriptions().delete(user, community));
  }

  /**
   * How the actor follows {@code community}: their own choice, or the default for an active member
   * who never chose; empty for an outsider who never subscribed, and for anonymous visitors.
   *
   * @param actor whose subscription to read
   * @param community the community it is about
   * @return the actor's subscription, or the default an active member gets, or empty
   * @throws dev.convene.core.NotFoundException if the community does not exist or the actor may not
   *     know it does
   * @throws dev.convene.core.ValidationException if an argument is missing
   */
  public Optional<Subscription> subscription(Actor actor, CommunityId community) {
    Checks.required(actor, "actor");
    Checks.required(community, "community");
    AccessContext context = platform.access().context(actor, community);
    platform.access().require(actor, Action.VIEW_COMMUNITY, context, Access.what(community));
    if (actor.user().isEmpty()) {
      return Optional.empty();
    }
    UserId user = actor.user().get();
    Optional<Subscription> chosen = platform.storage().read(tx -> tx.subscriptions().get(user, community));
    if (chosen.isPresent() || context.membership().filter(m -> m.isActive()).isEmpty()) {
      return chosen;
    }
    return Optional.of(new Subscription(user, community, memberDefault.level(), memberDefault.delivery()));
  }

  /**
   * Sends the {@code DAILY} or {@code WEEKLY} digests of everything that happened up to {@code
   * upTo}: one digest per recipient through {@link NotificationSink#deliverDigest}, holding only
   * what the recipient may see now; the rest is dropped. A job for the host's scheduler, acting for
   * no one, so it takes no actor; run one at a time.
   *
   * <p>Delivery is at least once: a recipient's entries are removed only after the sink has accepted
   * their digest, so a crash in between sends it again at the next run, and a digest the sink
   * refuses (throws) stays pending.
   *
   * @param delivery which digests to send: {@code DAILY} or {@code WEEKLY}
   * @param upTo the end of the period the digests cover
   * @return how many digests the sink accepted
   * @throws dev.convene.core.ValidationException if an argument is missing, {@code upTo} is not in the
   *     years 1 to 9999 ({@code range}), or {@code delivery} is {@code IMMEDIATE}
   */
  public int sendDigests(Delivery delivery, Instant upTo) {
    Checks.required(delivery, "delivery");
    Checks.instant(upTo, "upTo");
    // what is committed but not yet fanned out belongs in this digest too
    outbox.deliverDue();
    return digests.send(delivery, upTo);
  }

  /**
   * Delivers on the calling thread every notification that is due now, and returns once none is:
   * for a host that runs without the background sender ({@link OutboxSettings#background()}), or
   * wants the outbox empty before it goes on (a script, a test). Notifications waiting for a retry
   * after a sink failure are not due yet and stay where they are. Safe to call alongside the
   * background sender and other nodes: each entry is claimed by one of them.
   *
   * @return how many outbox entries (changes, not recipients) were handled
   * @throws dev.convene.core.ConveneException if the store cannot be read or written
   */
  public int deliverPending() {
    return outbox.deliverDue();
  }

  /**
   * Waits until every notification of the changes committed before this call has been handed to the
   * sink (or given up after its retries), on any node: read-your-notifications for a caller that has
   * just written. Without the background sender, it delivers them on the calling thread.
   *
   * @param timeout how long to wait at most
   * @return false if {@code timeout} passed first, for example while a failing sink's notifications
   *     wait for their retry
   * @throws dev.convene.core.ValidationException if {@code timeout} is missing or negative
   * @throws dev.convene.core.ConveneException if the store cannot be read
   */
  public boolean awaitDelivered(Duration timeout) {
    Checks.required(timeout, "timeout");
    Checks.check(!timeout.isNegative(), "timeout", "not-negative", "must not be negative, not %s", timeout);
    return outbox.awaitDelivered(timeout);
  }

  /** Records an event as a committed write does: for tests of this package, which have no writer for it. */
  void publish(DomainEvent event) {
    platform.writes().run(work -> {
      work.emit(event);
      return null;
    });
  }

  private static UserId signedIn(Actor actor, CommunityId community) {
    return actor.user().orElseThrow(() -> new AccessDeniedException(Reason.SIGN_IN_REQUIRED.code(), Map.of(),
        "not allowed on " + Access.what(community) + ": "
        + Reason.SIGN_IN_REQUIRED.description()));
  }
}
