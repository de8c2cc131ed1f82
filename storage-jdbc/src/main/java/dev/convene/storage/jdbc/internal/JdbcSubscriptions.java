package dev.convene.storage.jdbc.internal;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.UserId;
import dev.convene.storage.Delivery;
import dev.convene.storage.NotificationLevel;
import dev.convene.storage.Subscription;
import dev.convene.storage.SubscriptionStore;
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

  private static Subscription subscription(ResultSet row) throws SQLException {
    return new Subscription(UserId.of(row.getString("user_id")), CommunityId.of(row.getString("community_id")),
        NotificationLevel.valueOf(row.getString("level")), Delivery.valueOf(row.getString("delivery")));
  }
}
