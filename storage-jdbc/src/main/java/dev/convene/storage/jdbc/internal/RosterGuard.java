package dev.convene.storage.jdbc.internal;

import dev.convene.core.NotFoundException;
import dev.convene.core.model.CommunityId;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Makes concurrent membership writes in one community collide, so that a rule over the whole roster
 * (a community always keeps an active admin; a working group's members are active members of its
 * parent) cannot be broken by two transactions that each read the roster and change a different row
 * (write skew).
 *
 * <p>Before its first membership write in a community, a transaction raises the community's {@code
 * roster_version}, and its parent's first when it is a working group. The update takes the row lock
 * that {@code SELECT ... FOR UPDATE} would, and more: under snapshot isolation, a lock alone lets the
 * second transaction go on with the roster it read before the first committed, whereas an update of
 * a row that another transaction updated after the snapshot fails as a serialization conflict. So of
 * two transactions that change memberships of one community at the same time, one commits and the
 * other gets a {@code ConflictException}, reads the roster again and decides again. Parents are
 * raised before their working groups, so that transactions take these locks in one order.
 */
final class RosterGuard {
  private final Set<CommunityId> raised = new HashSet<>();

  /**
   * Claims the roster of {@code community} for the rest of the transaction.
   *
   * @throws NotFoundException if there is no such community
   */
  void claim(Sql sql, Tables tables, CommunityId community) throws SQLException {
    if (raised.contains(community)) {
      return;
    }
    Optional<Optional<CommunityId>> parent = sql.one("SELECT parent_id FROM " + tables.community() + " WHERE id = ?",
        row -> Optional.ofNullable(row.getString(1)).map(CommunityId::of), community);
    if (parent.isEmpty()) {
      throw Stores.notFound("community " + community);
    }
    if (parent.get().isPresent()) {
      raise(sql, tables, parent.get().get());
    }
    raise(sql, tables, community);
  }

  private void raise(Sql sql, Tables tables, CommunityId community) throws SQLException {
    if (raised.add(community)) {
      sql.update("UPDATE " + tables.community() + " SET roster_version = roster_version + 1 WHERE id = ?", community);
    }
  }
}
