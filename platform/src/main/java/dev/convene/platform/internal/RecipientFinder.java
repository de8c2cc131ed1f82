package dev.convene.platform.internal;

import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Item;
import dev.convene.core.model.Membership;
import dev.convene.core.model.Permission;
import dev.convene.core.model.Reply;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import dev.convene.platform.internal.NotificationRule.Audience;
import dev.convene.storage.CommunityFollower;
import dev.convene.storage.Delivery;
import dev.convene.storage.MemberQuery;
import dev.convene.storage.OutboxEntry;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import dev.convene.storage.Transaction;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Finds, when a notification is sent, who is to hear of it and how each wants to hear, one batch of
 * users at a time in user id order: followers by their level, and those the event asks to act or
 * concerns personally whatever their level, unless it is {@code NONE}. Whether each of them may see
 * it is not decided here but when the notification is sent ({@link RecipientCheck}); only
 * moderators and reviewers are picked by asking the policy, because their role is what makes them
 * recipients.
 *
 * <p>A follower is someone with a subscription to the community, or an active member who never
 * chose, who gets the platform's default; news of a new working group goes to the followers of its
 * parent. Those concerned personally (an invitee, the author, the
 * member whose request was decided) hear with their subscription or the default. The actor is never
 * told of their own action. A batch reads at most {@code limit} followers from the store, so a
 * community of any size is walked in bounded memory.
 */
final class RecipientFinder {
  private static final Set<Audience> LISTED = EnumSet.of(Audience.FOLLOWERS, Audience.PARENT_FOLLOWERS,
      Audience.DECIDERS, Audience.REVIEWERS, Audience.KEEPERS);

  private final RecipientCheck check;
  private final NotificationPreference memberDefault;

  /**
   * One batch of recipients.
   *
   * @param recipients who is told, in user order, with the delivery they chose
   * @param last the last user the batch covers, when more batches follow
   */
  record Batch(SortedMap<UserId, Delivery> recipients, Optional<UserId> last) {}

  RecipientFinder(RecipientCheck check, NotificationPreference memberDefault) {
    this.check = check;
    this.memberDefault = memberDefault;
  }

  /** The recipients of {@code entry} after its last handled recipient, at most about {@code limit}. */
  Batch find(Transaction tx, OutboxEntry entry, NotificationTopic topic, int limit) {
    NotificationRule rule = NotificationRule.of(topic.kind());
    Optional<Community> community = tx.communities().get(topic.community());
    if (rule.audiences().isEmpty() || community.isEmpty()) {
      return new Batch(new TreeMap<>(), Optional.empty());
    }
    // News of a working group goes to its parent's followers, who hear by their choice there.
    Optional<CommunityId> followed = rule.audiences().contains(Audience.PARENT_FOLLOWERS) ? community.get().parent()
        : Optional.of(topic.community());
    boolean listed = rule.audiences().stream().anyMatch(LISTED::contains);
    Map<UserId, CommunityFollower> followers = new LinkedHashMap<>();
    if (listed && followed.isPresent()) {
      tx.subscriptions().followers(followed.get(), entry.after(), limit).forEach(f -> followers.put(f.user(), f));
    }
    Optional<UserId> last = followers.size() == limit ? followers.keySet().stream().reduce((a, b) -> b)
        : Optional.empty();
    SortedMap<UserId, Delivery> recipients = new TreeMap<>();
    for (Audience audience : rule.audiences()) {
      Stream<UserId> candidates = switch (audience) {
        case FOLLOWERS, PARENT_FOLLOWERS -> followers.keySet().stream();
        case DECIDERS, REVIEWERS -> Stream.concat(
            followers.values().stream().filter(CommunityFollower::activeMember).map(CommunityFollower::user),
            parentAdmins(tx, community.get()).stream());
        case KEEPERS -> keepers(tx, community.get()).stream();
        case AUTHOR -> topic.item().flatMap(id -> tx.items().get(id)).map(Item::author).stream();
        case MEMBER -> topic.member().stream();
        case MENTIONED -> mentioned(tx, topic).stream();
      };
      for (UserId user : candidates.filter(u -> within(u, entry.after(), last)).toList()) {
        NotificationPreference wanted = preference(tx, topic, followers.get(user), user);
        boolean told = switch (audience) {
          case FOLLOWERS, PARENT_FOLLOWERS -> wanted.hears(entry.important());
          case DECIDERS, REVIEWERS -> wanted.hearsAnything() && check.notification(tx, user, topic).isPresent();
          // those who chose a level heard (or not) as followers; the default tells every keeper
          case KEEPERS -> wanted.hearsAnything() && !chose(tx, topic, followers.get(user), user);
          case AUTHOR, MEMBER, MENTIONED -> wanted.hearsAnything();
        };
        if (told) {
          recipients.put(user, wanted.delivery());
        }
      }
    }
    entry.actor().ifPresent(recipients::remove);
    return new Batch(recipients, last);
  }

  private static boolean chose(Transaction tx, NotificationTopic topic, @Nullable CommunityFollower follower,
      UserId user) {
    return (follower != null ? follower.subscription() : tx.subscriptions().get(user, topic.community())).isPresent();
  }

  /**
   * Those the topic's post mentions, as stored now: the reply's for news of a reply, the opening
   * post's otherwise. A reply gone since mentions nobody.
   */
  private static Set<UserId> mentioned(Transaction tx, NotificationTopic topic) {
    Optional<Discussion> discussion = topic.item().flatMap(id -> tx.items().get(id))
        .filter(Discussion.class::isInstance).map(Discussion.class::cast);
    if (topic.reply().isEmpty()) {
      return discussion.map(Discussion::mentions).orElse(Set.of());
    }
    return discussion.stream().flatMap(d -> d.replies().stream()).filter(r -> r.id().equals(topic.reply().get()))
        .findFirst().map(Reply::mentions).orElse(Set.of());
  }

  private NotificationPreference preference(Transaction tx, NotificationTopic topic, @Nullable CommunityFollower follower,
      UserId user) {
    return (follower != null ? follower.subscription() : tx.subscriptions().get(user, topic.community()))
        .map(NotificationPreference::of).orElse(memberDefault);
  }

  /** Whether {@code user} falls in the batch: after the last handled recipient, up to the batch's last. */
  private static boolean within(UserId user, Optional<UserId> after, Optional<UserId> last) {
    return after.map(a -> user.compareTo(a) > 0).orElse(true) && last.map(l -> user.compareTo(l) <= 0).orElse(true);
  }

  /** The admins of a working group's parent, who administer the group; a handful, read page by page. */
  private static Set<UserId> parentAdmins(Transaction tx, Community community) {
    return community.parent().map(parent -> active(tx, parent, Role.ADMIN)).orElseGet(Set::of);
  }

  /** The community's active members whose role holds MODERATE there: its moderators and admins. */
  private static Set<UserId> keepers(Transaction tx, Community community) {
    Role[] moderating = Arrays.stream(Role.values())
        .filter(role -> community.permissions().grants(role, Permission.MODERATE)).toArray(Role[]::new);
    return active(tx, community.id(), moderating);
  }

  /** The active members of {@code community} with one of {@code roles}; a handful, read page by page. */
  private static Set<UserId> active(Transaction tx, CommunityId community, Role... roles) {
    Set<UserId> users = new TreeSet<>();
    Set<Role> wanted = Set.of(roles);
    Optional<PageRequest> request = Optional.of(PageRequest.first(PageRequest.MAX_LIMIT));
    while (request.isPresent()) {
      Page<Membership> page = tx.memberships().members(community, MemberQuery.active().withRoles(roles), request.get());
      page.items().stream().filter(m -> m.isActive() && wanted.contains(m.role())).map(Membership::user)
          .forEach(users::add);
      request = request.get().next(page);
    }
    return users;
  }
}
