package dev.convene.storage.jdbc.internal;

import dev.convene.core.ConflictException;
import dev.convene.core.internal.Checks;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import dev.convene.storage.ChangeKind;
import dev.convene.storage.EntityKind;
import dev.convene.storage.MemberQuery;
import dev.convene.storage.MembershipStore;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import dev.convene.storage.internal.Args;
import dev.convene.storage.internal.Cursors;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The memberships of a JDBC store, one row each, by community and then user. Every write first
 * claims the community's roster ({@link RosterGuard}), so that concurrent changes to one roster
 * collide instead of breaking its rules together.
 */
final class JdbcMemberships implements MembershipStore {
  private static final String LISTING = "members";
  private static final String COLUMNS =
      "community_id, user_id, state, role, message, inviter_id, since_at, expiry_at, version";

  private final JdbcTransaction tx;
  private final Tables t;

  JdbcMemberships(JdbcTransaction tx) {
    this.tx = tx;
    this.t = tx.tables();
  }

  @Override
  public Optional<Membership> get(CommunityId community, UserId user) {
    Checks.required(community, "community");
    Checks.required(user, "user");
    return tx.read(() -> tx.sql().one("SELECT " + COLUMNS + " FROM " + t.membership()
        + " WHERE community_id = ? AND user_id = ?", JdbcMemberships::membership, community, user));
  }

  @Override
  public Membership insert(Membership membership) {
    Checks.required(membership, "membership");
    Args.newVersion(membership.version(), "version");
    return tx.write(() -> {
      Stores.requireCommunity(tx.sql(), t, membership.community());
      if (version(membership.community(), membership.user()).isPresent()) {
        throw new ConflictException("duplicate-membership",
            Map.of("community", membership.community().value(), "user", membership.user().value()),
            "user " + membership.user() + " already has a membership in community " + membership.community());
      }
      tx.claimRoster(membership.community());
      Membership stored = stored(membership, 1);
      tx.sql().update("INSERT INTO " + t.membership() + " (state, role, message, inviter_id, since_at, expiry_at,"
          + " version, community_id, user_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", columns(stored));
      log(stored.community(), stored.user(), ChangeKind.CREATED);
      return stored;
    });
  }

  @Override
  public Membership update(Membership membership) {
    Checks.required(membership, "membership");
    Args.storedVersion(membership.version(), "version");
    String what = describe(membership.community(), membership.user());
    return tx.write(() -> {
      long stored = version(membership.community(), membership.user()).orElseThrow(() -> Stores.notFound(what));
      Stores.checkVersion(what, stored, membership.version());
      tx.claimRoster(membership.community());
      Membership next = stored(membership, stored + 1);
      Stores.changedOne(tx.sql().update("UPDATE " + t.membership() + " SET state = ?, role = ?, message = ?,"
          + " inviter_id = ?, since_at = ?, expiry_at = ?, version = ? WHERE community_id = ? AND user_id = ?"
          + " AND version = ?", Sql.concat(columns(next), stored)), what);
      log(next.community(), next.user(), ChangeKind.UPDATED);
      return next;
    });
  }

  @Override
  public void delete(CommunityId community, UserId user, long expectedVersion) {
    Checks.required(community, "community");
    Checks.required(user, "user");
    Args.storedVersion(expectedVersion, "expectedVersion");
    String what = describe(community, user);
    tx.write(() -> {
      long stored = version(community, user).orElseThrow(() -> Stores.notFound(what));
      Stores.checkVersion(what, stored, expectedVersion);
      tx.claimRoster(community);
      Stores.changedOne(tx.sql().update("DELETE FROM " + t.membership()
          + " WHERE community_id = ? AND user_id = ? AND version = ?", community, user, stored), what);
      log(community, user, ChangeKind.DELETED);
      return null;
    });
  }

  @Override
  public Page<Membership> members(CommunityId community, MemberQuery query, PageRequest page) {
    Checks.required(community, "community");
    Checks.required(query, "query");
    Checks.required(page, "page");
    Optional<UserId> after = page.after().map(c -> Cursors.decode(c, LISTING, 1, key -> UserId.of(key.get(0))));
    Filter filter = new Filter().where("community_id = ?", community).in("state", query.states())
        .in("role", query.roles());
    after.ifPresent(user -> filter.where("user_id > ?", user));
    return tx.read(() -> Stores.page(
        tx.sql().list("SELECT " + COLUMNS + " FROM " + t.membership() + filter.sql() + " ORDER BY user_id LIMIT ?",
            JdbcMemberships::membership, filter.params(page.limit() + 1)),
        page.limit(), membership -> Cursors.encode(LISTING, membership.user().value())));
  }

  @Override
  public long count(CommunityId community, MemberQuery query) {
    Checks.required(community, "community");
    Checks.required(query, "query");
    Filter filter = new Filter().where("community_id = ?", community).in("state", query.states())
        .in("role", query.roles());
    return tx.read(() -> tx.sql().one("SELECT COUNT(*) FROM " + t.membership() + filter.sql(),
        row -> row.getLong(1), filter.params()).orElse(0L));
  }

  @Override
  public List<Membership> invitedBy(UserId inviter) {
    Checks.required(inviter, "inviter");
    return tx.read(() -> tx.sql().list("SELECT " + COLUMNS + " FROM " + t.membership()
        + " WHERE inviter_id = ? ORDER BY community_id, user_id", JdbcMemberships::membership, inviter));
  }

  @Override
  public List<Membership> ofUser(UserId user) {
    Checks.required(user, "user");
    return tx.read(() -> tx.sql().list("SELECT " + COLUMNS + " FROM " + t.membership()
        + " WHERE user_id = ? ORDER BY community_id", JdbcMemberships::membership, user));
  }

  @Override
  public List<Membership> all(CommunityId community) {
    Checks.required(community, "community");
    return tx.read(() -> tx.sql().list("SELECT " + COLUMNS + " FROM " + t.membership()
        + " WHERE community_id = ? ORDER BY user_id", JdbcMemberships::membership, community));
  }

  private Optional<Long> version(CommunityId community, UserId user) throws SQLException {
    return tx.sql().one("SELECT version FROM " + t.membership() + " WHERE community_id = ? AND user_id = ?",
        row -> row.getLong(1), community, user);
  }

  private void log(CommunityId community, UserId user, ChangeKind op) {
    tx.logChange(EntityKind.MEMBERSHIP, user.value(), Optional.of(community), op);
  }

  /** The membership as the store keeps it: times to the millisecond, at {@code version}. */
  private static Membership stored(Membership m, long version) {
    return new Membership(m.community(), m.user(), m.state(), m.role(), m.message(), m.inviter(),
        Times.stored(m.since()), m.expiry().map(Times::stored), version);
  }

  /** The values of the columns, the key last. */
  private static Object[] columns(Membership m) {
    return new Object[] {m.state(), m.role(), Sql.text(m.message()), Sql.text(m.inviter()), m.since(),
        Sql.time(m.expiry()), m.version(), m.community(), m.user()};
  }

  private static Membership membership(ResultSet row) throws SQLException {
    return new Membership(CommunityId.of(row.getString("community_id")), UserId.of(row.getString("user_id")),
        MembershipState.valueOf(row.getString("state")), Role.valueOf(row.getString("role")),
        Optional.ofNullable(row.getString("message")), Optional.ofNullable(row.getString("inviter_id")).map(UserId::of),
        Times.read(row, "since_at"), Times.readOptional(row, "expiry_at"),
        row.getLong("version"));
  }

  private static String describe(CommunityId community, UserId user) {
    return "membership of " + user + " in community " + community;
  }
}
