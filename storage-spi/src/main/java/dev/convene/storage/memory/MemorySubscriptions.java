package dev.convene.storage.memory;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Membership;
import dev.convene.core.model.UserId;
import dev.convene.storage.CommunityFollower;
import dev.convene.storage.Subscription;
import dev.convene.storage.SubscriptionStore;
import dev.convene.storage.internal.Args;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The subscriptions of an in-memory store, by community and then user. */
final class MemorySubscriptions extends MemoryStore implements SubscriptionStore {
  MemorySubscriptions(MemoryTransaction tx) {
    super(tx);
  }

  @Override
  public Optional<Subscription> get(UserId user, CommunityId community) {
    Keys.Member key = key(user, community);
    return tx.read(() -> tables.subscriptions.get(key));
  }

  @Override
  public Subscription put(Subscription subscription) {
    Checks.required(subscription, "subscription");
    return tx.write(() -> {
      Rows.requireCommunity(tables, subscription.community());
      tables.subscriptions.put(key(subscription.user(), subscription.community()), subscription, tx.undo());
      return subscription;
    });
  }

  @Override
  public boolean delete(UserId user, CommunityId community) {
    Keys.Member key = key(user, community);
    return tx.write(() -> {
      boolean present = tables.subscriptions.contains(key);
      tables.subscriptions.remove(key, tx.undo());
      return present;
    });
  }

  @Override
  public List<Subscription> forCommunity(CommunityId community) {
    Checks.required(community, "community");
    return tx.read(() -> Keys.Member.range(tables.subscriptions.rows(), community, Optional.empty())
        .map(Map.Entry::getValue).toList());
  }

  @Override
  public List<Subscription> forUser(UserId user) {
    Checks.required(user, "user");
    return tx.read(() -> tables.subscriptions.rows().values().stream().filter(s -> s.user().equals(user)).toList());
  }

  @Override
  public List<CommunityFollower> followers(CommunityId community, Optional<UserId> after, int limit) {
    Checks.required(community, "community");
    Checks.required(after, "after");
    Args.limit(limit, "limit");
    return tx.read(() -> {
      // both ranges are in user order: at most limit of each can be among the first limit of the union
      TreeMap<UserId, Boolean> users = new TreeMap<>();
      Keys.Member.range(tables.memberships.rows(), community, after).map(Map.Entry::getValue)
          .filter(Membership::isActive).limit(limit).forEach(m -> users.put(m.user(), true));
      Keys.Member.range(tables.subscriptions.rows(), community, after).limit(limit)
          .forEach(row -> users.putIfAbsent(row.getKey().user(), false));
      List<CommunityFollower> followers = new ArrayList<>();
      for (Map.Entry<UserId, Boolean> user : users.entrySet()) {
        if (followers.size() == limit) {
          break;
        }
        followers.add(new CommunityFollower(user.getKey(), user.getValue(),
            tables.subscriptions.get(key(user.getKey(), community))));
      }
      return followers;
    });
  }

  private static Keys.Member key(UserId user, CommunityId community) {
    return new Keys.Member(Checks.required(community, "community"), Checks.required(user, "user"));
  }
}
