package dev.convene.storage.jdbc.internal;

import dev.convene.core.internal.Checks;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.PollOptionId;
import dev.convene.core.model.UserId;
import dev.convene.storage.PollVote;
import dev.convene.storage.VoteStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The poll votes of a JDBC store, one row per poll and user, deleted with their poll. Votes of
 * different users touch different rows and never collide; two first votes of one user at once meet at
 * the primary key, and the second fails as a conflict.
 */
final class JdbcVotes implements VoteStore {
  private static final String COLUMNS = "item_id, user_id, option_id, at";

  private final JdbcTransaction tx;
  private final Tables t;

  JdbcVotes(JdbcTransaction tx) {
    this.tx = tx;
    this.t = tx.tables();
  }

  @Override
  public Optional<PollVote> get(ItemId poll, UserId user) {
    Checks.required(poll, "poll");
    Checks.required(user, "user");
    return tx.read(() -> tx.sql().one("SELECT " + COLUMNS + " FROM " + t.vote()
        + " WHERE item_id = ? AND user_id = ?", JdbcVotes::vote, poll, user));
  }

  @Override
  public PollVote put(PollVote v) {
    Checks.required(v, "vote");
    return tx.write(() -> {
      if (!tx.sql().exists("SELECT 1 FROM " + t.item() + " WHERE id = ?", v.poll())) {
        throw Stores.notFound("item " + v.poll());
      }
      if (tx.sql().update("UPDATE " + t.vote() + " SET option_id = ?, at = ? WHERE item_id = ? AND user_id = ?",
          v.option(), v.at(), v.poll(), v.user()) == 0) {
        tx.sql().update("INSERT INTO " + t.vote() + " (option_id, at, item_id, user_id) VALUES (?, ?, ?, ?)",
            v.option(), v.at(), v.poll(), v.user());
      }
      return new PollVote(v.poll(), v.user(), v.option(), Times.stored(v.at()));
    });
  }

  @Override
  public boolean delete(ItemId poll, UserId user) {
    Checks.required(poll, "poll");
    Checks.required(user, "user");
    return tx.write(() -> tx.sql().update("DELETE FROM " + t.vote() + " WHERE item_id = ? AND user_id = ?",
        poll, user) > 0);
  }

  @Override
  public List<PollVote> forPoll(ItemId poll) {
    Checks.required(poll, "poll");
    return tx.read(() -> tx.sql().list("SELECT " + COLUMNS + " FROM " + t.vote()
        + " WHERE item_id = ? ORDER BY user_id", JdbcVotes::vote, poll));
  }

  @Override
  public List<PollVote> forUser(UserId user) {
    Checks.required(user, "user");
    return tx.read(() -> tx.sql().list("SELECT " + COLUMNS + " FROM " + t.vote()
        + " WHERE user_id = ? ORDER BY item_id", JdbcVotes::vote, user));
  }

  private static PollVote vote(ResultSet row) throws SQLException {
    return new PollVote(ItemId.of(row.getString("item_id")), UserId.of(row.getString("user_id")),
        PollOptionId.of(row.getString("option_id")), Times.read(row, "at"));
  }
}
