package dev.convene.platform.internal;

import dev.convene.core.event.DomainEvent;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Item;
import dev.convene.core.model.Membership;
import dev.convene.core.model.Permission;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import dev.convene.platform.internal.NotificationRule.Audience;
import dev.convene.storage.Delivery;
import dev.convene.storage.MemberQuery;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import dev.convene.storage.Subscription;
import dev.convene.storage.Transaction;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds, when an event is dispatched, who is to hear of it and how each wants to hear: followers by
 * their level, and those the event asks to act or concerns personally whatever their level, unless
 * it is {@code NONE}. Whether each of them may see it is not decided here but when the notification
 * is sent ({@link RecipientCheck}); only moderators and reviewers are picked by asking the policy,
 * because their role is what makes them recipients.
 *
 * <p>A follower is someone with a subscription to the community, or an active member who never
 * chose, who gets the platform's default. Those concerned personally (an invitee, the author, the
 * member whose request was decided) hear with their subscription or the default. The actor is never
 * told of their own action.
 */
final class RecipientFinder {
  private final RecipientCheck check;
  private final NotificationPreference memberDefault;

  RecipientFinder(RecipientCheck check, NotificationPreference memberDefault) {
    this.check = check;
    this.memberDefault = memberDefault;
  }

  /** Each recipient of the event, in user order, with the delivery they chose. */
  Map<UserId, Delivery> find(Transaction tx, DomainEvent event, NotificationTopic topic) {
    NotificationRule rule = NotificationRule.of(topic.kind());
    Optional<Community> community = tx.communities().get(topic.community());
    if (rule.audiences().isEmpty() || community.isEmpty()) {
      return Map.of();
    }
    Map<UserId, NotificationPreference> chosen = tx.subscriptions().forCommunity(topic.community()).stream()
        .collect(Collectors.toMap(Subscription::user, NotificationPreference::of));
    Supplier<Set<UserId>> members = () -> tx.memberships().all(topic.community()).stream()
        .filter(Membership::isActive).map(Membership::user).collect(Collectors.toCollection(TreeSet::new));
    Function<UserId, NotificationPreference> preference = user -> chosen.getOrDefault(user, memberDefault);
    Map<UserId, Delivery> recipients = new TreeMap<>();
    for (Audience audience : rule.audiences()) {
      Set<UserId> candidates = switch (audience) {
        // Members who never chose hear what the default lets them; when it lets them hear nothing of
        // this event, only those who chose can be told, and the community's members need not be read.
        case FOLLOWERS -> memberDefault.hears(event.isImportant()) ? union(chosen.keySet(), members.get())
            : chosen.keySet();
        // Those who decide requests hold MODERATE: the members whose role grants it, not the whole roster.
        case DECIDERS -> union(active(tx, community.get().id(), Stream.of(Role.values())
            .filter(r -> community.get().permissions().grants(r, Permission.MODERATE)).toArray(Role[]::new)),
            parentAdmins(tx, community.get()));
        case REVIEWERS -> union(members.get(), parentAdmins(tx, community.get()));
        case AUTHOR -> topic.item().flatMap(id -> tx.items().get(id)).map(Item::author).map(Set::of).orElse(Set.of());
        case MEMBER -> topic.member().map(Set::of).orElse(Set.of());
      };
      for (UserId user : candidates) {
        NotificationPreference wanted = preference.apply(user);
        boolean told = switch (audience) {
          case FOLLOWERS -> wanted.hears(event.isImportant());
          case DECIDERS, REVIEWERS -> wanted.hearsAnything() && check.notification(tx, user, topic).isPresent();
          case AUTHOR, MEMBER -> wanted.hearsAnything();
        };
        if (told) {
          recipients.put(user, wanted.delivery());
        }
      }
    }
    event.actor().ifPresent(recipients::remove);
    return recipients;
  }

  /** The admins of a working group's parent, who administer the group. */
  private static Set<UserId> parentAdmins(Transaction tx, Community community) {
    return community.parent().map(parent -> active(tx, parent, Role.ADMIN)).orElse(Set.of());
  }

  /** The community's active members with one of {@code roles}, read a page at a time. */
  private static Set<UserId> active(Transaction tx, CommunityId community, Role... roles) {
    Set<UserId> users = new TreeSet<>();
    MemberQuery query = MemberQuery.active().withRoles(roles);
    Optional<PageRequest> next = Optional.of(PageRequest.first(PageRequest.MAX_LIMIT));
    while (next.isPresent()) {
      Page<Membership> page = tx.memberships().members(community, query, next.get());
      page.items().forEach(m -> users.add(m.user()));
      next = next.get().next(page);
    }
    return users;
  }

  private static Set<UserId> union(Set<UserId> a, Set<UserId> b) {
    Set<UserId> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }
}
