package dev.convene.storage.jdbc.internal;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.UserId;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.AuditLog;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import dev.convene.storage.internal.Cursors;
import dev.convene.storage.internal.People;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The audit log of a JDBC store: ids from an identity column, listed per community newest first;
 * platform-wide entries have no community (a null column).
 */
final class JdbcAuditLog implements AuditLog {
  private static final String LISTING = "audit";
  private static final String ABOUT = "audit-about";
  private static final String COLUMNS = "id, at, actor_id, community_id, action, subject, before_state, after_state,"
      + " reason";

  private final JdbcTransaction tx;
  private final Tables t;

  JdbcAuditLog(JdbcTransaction tx) {
    this.tx = tx;
    this.t = tx.tables();
  }

  @Override
  public AuditEntry append(AuditEntry entry) {
    Checks.required(entry, "entry");
    Checks.check(entry.id() == 0, "id", "new-id", "must be 0: the store assigns it");
    return tx.write(() -> {
      long id = tx.sql().insertReturningKey("INSERT INTO " + t.audit() + " (at, actor_id, community_id, action,"
          + " subject, before_state, after_state, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", entry.at(),
          Sql.text(entry.actor()), Sql.text(entry.community()), entry.action(), entry.subject(),
          Sql.text(entry.before()), Sql.text(entry.after()), Sql.text(entry.reason()));
      return new AuditEntry(id, Times.stored(entry.at()), entry.actor(), entry.community(), entry.action(),
          entry.subject(), entry.before(), entry.after(), entry.reason());
    });
  }

  @Override
  public Page<AuditEntry> forCommunity(CommunityId community, PageRequest page) {
    Checks.required(community, "community");
    return newestFirst(LISTING, new Filter().where("community_id = ?", community), page);
  }

  @Override
  public Page<AuditEntry> forPlatform(PageRequest page) {
    return newestFirst(LISTING, new Filter().where("community_id IS NULL"), page);
  }

  @Override
  public Page<AuditEntry> about(UserId user, PageRequest page) {
    Checks.required(user, "user");
    return newestFirst(ABOUT, new Filter().where("(actor_id = ? OR subject = ?)", user, user.value()), page);
  }

  private Page<AuditEntry> newestFirst(String listing, Filter filter, PageRequest page) {
    Checks.required(page, "page");
    page.after().map(c -> Cursors.decode(c, listing, 1, key -> Long.parseLong(key.get(0))))
        .ifPresent(id -> filter.where("id < ?", id));
    return tx.read(() -> Stores.page(
        tx.sql().list("SELECT " + COLUMNS + " FROM " + t.audit() + filter.sql() + " ORDER BY id DESC LIMIT ?",
            JdbcAuditLog::entry, filter.params(page.limit() + 1)),
        page.limit(), entry -> Cursors.encode(listing, Long.toString(entry.id()))));
  }

  @Override
  public int anonymise(UserId user, UserId pseudonym) {
    People.checkPseudonym(user, pseudonym);
    return tx.write(() -> {
      int about = tx.sql().one("SELECT COUNT(*) FROM " + t.audit() + " WHERE actor_id = ? OR subject = ?",
          row -> row.getInt(1), user, user.value()).orElse(0);
      tx.sql().update("UPDATE " + t.audit() + " SET actor_id = ? WHERE actor_id = ?", pseudonym, user);
      tx.sql().update("UPDATE " + t.audit() + " SET subject = ? WHERE subject = ?", pseudonym.value(), user.value());
      return about;
    });
  }

  private static AuditEntry entry(ResultSet row) throws SQLException {
    return new AuditEntry(row.getLong("id"), Times.read(row, "at"),
        Optional.ofNullable(row.getString("actor_id")).map(UserId::of),
        Optional.ofNullable(row.getString("community_id")).map(CommunityId::of),
        AuditAction.valueOf(row.getString("action")), row.getString("subject"),
        Optional.ofNullable(row.getString("before_state")), Optional.ofNullable(row.getString("after_state")),
        Optional.ofNullable(row.getString("reason")));
  }
}
