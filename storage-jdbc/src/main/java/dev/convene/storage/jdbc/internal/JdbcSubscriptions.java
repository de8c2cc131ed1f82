package dev.convene.storage.jdbc.internal;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.UserId;
import dev.convene.storage.CommunityFollower;
import dev.convene.storage.Delivery;
import dev.convene.storage.NotificationLevel;
import dev.convene.storage.Subscription;
import dev.convene.storage.SubscriptionStore;
import dev.convene.storage.internal.Args;
import java.util.ArrayList;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The subscriptions of a JDBC store, one row per user and community, deleted with their community. */
final class JdbcSubscriptions implements SubscriptionStore {
  private static final String COLUMNS = "community_id, user_id, level, delivery";

  private final JdbcTransaction tx;
  private final Tables t;

  JdbcSubscriptions(JdbcTransaction tx) {
    this.tx = tx;
    this.t = tx.tables();
  }

  @Override
  public Optional<Subscription> get(UserId user, CommunityId community) {
    Checks.required(user, "user");
    Checks.required(community, "community");
    return tx.read(() -> tx.sql().one("SELECT " + COLUMNS + " FROM " + t.subscription()
        + " WHERE community_id = ? AND user_id = ?", JdbcSubscriptions::subscription, community, user));
  }

  @Override
  public Subscription put(Subscription s) {
    Checks.required(s, "subscription");
    return tx.write(() -> {
      Stores.requireCommunity(tx.sql(), t, s.community());
      // the last put wins: replace the row if there is one, add it otherwise
      if (tx.sql().update("UPDATE " + t.subscription() + " SET level = ?, delivery = ?"
          + " WHERE community_id = ? AND user_id = ?", s.level(), s.delivery(), s.community(), s.user()) == 0) {
        tx.sql().update("INSERT INTO " + t.subscription() + " (level, delivery, community_id, user_id)"
            + " VALUES (?, ?, ?, ?)", s.level(), s.delivery(), s.community(), s.user());
      }
      return s;
    });
  }

  @Override
  public boolean delete(UserId user, CommunityId community) {
    Checks.required(user, "user");
    Checks.required(community, "community");
    return tx.write(() -> tx.sql().update("DELETE FROM " + t.subscription() + " WHERE community_id = ? AND user_id = ?",
        community, user) > 0);
  }

  @Override
  public List<Subscription> forCommunity(CommunityId community) {
    Checks.required(community, "community");
    return tx.read(() -> tx.sql().list("SELECT " + COLUMNS + " FROM " + t.subscription()
        + " WHERE community_id = ? ORDER BY user_id", JdbcSubscriptions::subscription, community));
  }

  @Override
  public List<Subscription> forUser(UserId user) {
    Checks.required(user, "user");
    return tx.read(() -> tx.sql().list("SELECT " + COLUMNS + " FROM " + t.subscription()
        + " WHERE user_id = ? ORDER BY community_id", JdbcSubscriptions::subscription, user));
  }

  /**
   * {@inheritDoc} One statement: the first {@code limit} active members and the first {@code limit}
   * subscribers after {@code after}, each read by the primary key's order, merged, and their
   * subscriptions joined.
   */
  @Override
  public List<CommunityFollower> followers(CommunityId community, Optional<UserId> after, int limit) {
    Checks.required(community, "community");
    Checks.required(after, "after");
    Args.limit(limit, "limit");
    String from = after.isPresent() ? " AND user_id > ?" : "";
    List<Object> params = new ArrayList<>();
    params.add(community);
    after.ifPresent(params::add);
    params.add(limit);
    params.add(community);
    after.ifPresent(params::add);
    params.add(limit);
    params.add(limit);
    params.add(community);
    String sql = "SELECT u.user_id, u.member, s.level, s.delivery FROM (SELECT user_id, MAX(member) AS member FROM ("
        + "(SELECT user_id, 1 AS member FROM " + t.membership() + " WHERE community_id = ? AND state = 'ACTIVE'" + from
        + " ORDER BY user_id LIMIT ?) UNION ALL (SELECT user_id, 0 AS member FROM " + t.subscription()
        + " WHERE community_id = ?" + from + " ORDER BY user_id LIMIT ?)) b GROUP BY user_id ORDER BY user_id LIMIT ?) u"
        + " LEFT JOIN " + t.subscription() + " s ON s.community_id = ? AND s.user_id = u.user_id ORDER BY u.user_id";
    return tx.read(() -> tx.sql().list(sql, row -> {
      UserId user = UserId.of(row.getString("user_id"));
      Optional<Subscription> chosen = row.getString("level") == null ? Optional.empty()
          : Optional.of(new Subscription(user, community, NotificationLevel.valueOf(row.getString("level")),
              Delivery.valueOf(row.getString("delivery"))));
      return new CommunityFollower(user, row.getInt("member") == 1, chosen);
    }, params.toArray()));
  }

  private static Subscription subscription(ResultSet row) throws SQLException {
    return new Subscription(UserId.of(row.getString("user_id")), CommunityId.of(row.getString("community_id")),
        NotificationLevel.valueOf(row.getString("level")), Delivery.valueOf(row.getString("delivery")));
  }
}
