package dev.convene.storage.jdbc.internal;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.ReplyId;
import dev.convene.core.model.UserId;
import dev.convene.storage.Delivery;
import dev.convene.storage.DigestStore;
import dev.convene.storage.PendingNotification;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The pending notifications of a JDBC store: ids from an identity column, never reused. */
final class JdbcDigests implements DigestStore {
  private static final String COLUMNS = "id, recipient_id, delivery, community_id, kind, item_id, reply_id, at,"
      + " summary";

  private final JdbcTransaction tx;
  private final Tables t;

  JdbcDigests(JdbcTransaction tx) {
    this.tx = tx;
    this.t = tx.tables();
  }

  @Override
  public PendingNotification add(PendingNotification n) {
    Checks.required(n, "notification");
    Checks.check(n.id() == 0, "id", "new-id", "must be 0: the store assigns it");
    return tx.write(() -> {
      long id = tx.sql().insertReturningKey("INSERT INTO " + t.digest() + " (recipient_id, delivery, community_id,"
          + " kind, item_id, reply_id, at, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", n.recipient(), n.delivery(),
          n.community(), n.kind(), Sql.text(n.item()), Sql.text(n.reply()), n.at(), n.summary());
      return new PendingNotification(id, n.recipient(), n.delivery(), n.community(), n.kind(), n.item(), n.reply(),
          Times.stored(n.at()), n.summary());
    });
  }

  @Override
  public List<PendingNotification> due(Delivery delivery, Instant upTo) {
    Checks.required(delivery, "delivery");
    Checks.required(upTo, "upTo");
    return tx.read(() -> tx.sql().list("SELECT " + COLUMNS + " FROM " + t.digest()
        + " WHERE delivery = ? AND at <= ? ORDER BY recipient_id, id", JdbcDigests::notification, delivery, upTo));
  }

  /** {@inheritDoc} Deletes them in one JDBC batch. */
  @Override
  public int remove(Collection<Long> ids) {
    List<Long> removed = List.copyOf(Checks.noNulls(ids, "ids"));
    return tx.write(() -> Arrays.stream(tx.sql().batch("DELETE FROM " + t.digest() + " WHERE id = ?",
        removed.stream().map(id -> new Object[] {id}).toList())).map(count -> Math.max(count, 0)).sum());
  }

  @Override
  public int removeFor(UserId recipient) {
    Checks.required(recipient, "recipient");
    return tx.write(() -> tx.sql().update("DELETE FROM " + t.digest() + " WHERE recipient_id = ?", recipient));
  }

  private static PendingNotification notification(ResultSet row) throws SQLException {
    return new PendingNotification(row.getLong("id"), UserId.of(row.getString("recipient_id")),
        Delivery.valueOf(row.getString("delivery")), CommunityId.of(row.getString("community_id")),
        row.getString("kind"), Optional.ofNullable(row.getString("item_id")).map(ItemId::of),
        Optional.ofNullable(row.getString("reply_id")).map(ReplyId::of), Times.read(row, "at"),
        row.getString("summary"));
  }
}
