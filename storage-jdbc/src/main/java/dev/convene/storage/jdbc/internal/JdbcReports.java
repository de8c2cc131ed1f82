package dev.convene.storage.jdbc.internal;

import dev.convene.core.ConflictException;
import dev.convene.core.internal.Checks;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.ReplyId;
import dev.convene.core.model.UserId;
import dev.convene.storage.Report;
import dev.convene.storage.ReportId;
import dev.convene.storage.ReportOutcome;
import dev.convene.storage.ReportReason;
import dev.convene.storage.ReportStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reports of a JDBC store, one row each, deleted with their item. A report of the item itself
 * has the reply id {@code ''}. The unique key on {@code (open_reporter, item_id, reply_id)}, where
 * {@code open_reporter} is the reporter only while the report is open, lets two transactions that
 * each add the same reporter's report of the same target commit one at most; closing updates only
 * rows still open, so a report is closed once. Every add first raises the reporter's row in {@code
 * convene_report_reporter}, as {@link RosterGuard} does for a roster, so that two transactions that
 * each count a reporter's reports and add one cannot both commit.
 */
final class JdbcReports implements ReportStore {
  private static final String COLUMNS =
      "id, community_id, item_id, reply_id, reporter, reason, body, at, outcome, closed_at";
  private static final String ORDER = " ORDER BY at, id";

  private final JdbcTransaction tx;
  private final Tables t;

  JdbcReports(JdbcTransaction tx) {
    this.tx = tx;
    this.t = tx.tables();
  }

  @Override
  public Report add(Report r) {
    Checks.required(r, "report");
    Checks.check(r.isOpen(), "report", "open", "must be open when added");
    return tx.write(() -> {
      if (!tx.sql().exists("SELECT 1 FROM " + t.item() + " WHERE id = ?", r.item())) {
        throw Stores.notFound("item " + r.item());
      }
      if (tx.sql().exists("SELECT 1 FROM " + t.report() + " WHERE id = ?", r.id())) {
        throw new ConflictException("duplicate-id", Map.of("kind", "report", "id", r.id().value()),
            "report " + r.id() + " already exists");
      }
      if (tx.sql().exists("SELECT 1 FROM " + t.report() + " WHERE open_reporter = ? AND item_id = ? AND reply_id = ?",
          Sql.text(r.reporter()), r.item(), replyKey(r.reply()))) {
        throw new ConflictException("already-reported", Map.of(), "the reporter already has an open report of this "
            + (r.reply().isPresent() ? "reply" : "item"));
      }
      claim(r.reporter().orElseThrow());
      tx.sql().update("INSERT INTO " + t.report() + " (" + COLUMNS + ", open_reporter)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", r.id(), r.community(), r.item(), replyKey(r.reply()),
          Sql.text(r.reporter()), r.reason(), r.text(), r.at(), Sql.Null.TEXT, Sql.Null.TIME, Sql.text(r.reporter()));
      return stored(r);
    });
  }

  @Override
  public Optional<Report> get(ReportId id) {
    Checks.required(id, "id");
    return tx.read(() -> tx.sql().one("SELECT " + COLUMNS + " FROM " + t.report() + " WHERE id = ?",
        JdbcReports::report, id));
  }

  @Override
  public List<Report> open(CommunityId community) {
    Checks.required(community, "community");
    return tx.read(() -> tx.sql().list("SELECT " + COLUMNS + " FROM " + t.report()
        + " WHERE community_id = ? AND outcome IS NULL" + ORDER, JdbcReports::report, community));
  }

  @Override
  public List<Report> openOn(ItemId item, Optional<ReplyId> reply) {
    Checks.required(item, "item");
    Checks.required(reply, "reply");
    return tx.read(() -> tx.sql().list("SELECT " + COLUMNS + " FROM " + t.report()
        + " WHERE item_id = ? AND reply_id = ? AND outcome IS NULL" + ORDER, JdbcReports::report, item,
        replyKey(reply)));
  }

  @Override
  public List<Report> filedBy(UserId reporter) {
    Checks.required(reporter, "reporter");
    return tx.read(() -> tx.sql().list("SELECT " + COLUMNS + " FROM " + t.report() + " WHERE reporter = ?" + ORDER,
        JdbcReports::report, reporter));
  }

  @Override
  public long countFiledSince(UserId reporter, Instant since) {
    Checks.required(reporter, "reporter");
    Checks.required(since, "since");
    return tx.read(() -> tx.sql().one("SELECT COUNT(*) AS n FROM " + t.report() + " WHERE reporter = ? AND at >= ?",
        row -> row.getLong("n"), reporter, since).orElse(0L));
  }

  @Override
  public List<Report> close(ItemId item, Optional<ReplyId> reply, ReportOutcome outcome, Instant at) {
    Checks.required(outcome, "outcome");
    Checks.instant(at, "at");
    List<Report> open = openOn(item, reply);
    return tx.write(() -> {
      List<Report> closed = new ArrayList<>();
      for (Report r : open) {
        // a concurrent transaction may have closed it since it was read: then it is not this one's
        if (tx.sql().update("UPDATE " + t.report() + " SET outcome = ?, closed_at = ?, open_reporter = NULL"
            + " WHERE id = ? AND outcome IS NULL", outcome, at, r.id()) == 1) {
          closed.add(stored(r.closed(outcome, at)));
        }
      }
      return List.copyOf(closed);
    });
  }

  @Override
  public int forgetReporter(UserId reporter) {
    Checks.required(reporter, "reporter");
    return tx.write(() -> {
      tx.sql().update("DELETE FROM " + t.reportReporter() + " WHERE reporter = ?", reporter);
      return tx.sql().update("UPDATE " + t.report() + " SET reporter = NULL, open_reporter = NULL"
          + " WHERE reporter = ?", reporter);
    });
  }

  /**
   * Raises the reporter's row, so that two transactions adding a report by the same reporter
   * collide: the second fails as a serialization conflict (or, for a first report, a unique
   * violation), reads again and counts the first.
   */
  private void claim(UserId reporter) throws SQLException {
    if (tx.sql().update("UPDATE " + t.reportReporter() + " SET filed = filed + 1 WHERE reporter = ?", reporter) == 0) {
      tx.sql().update("INSERT INTO " + t.reportReporter() + " (reporter, filed) VALUES (?, 1)", reporter);
    }
  }

  private static String replyKey(Optional<ReplyId> reply) {
    return reply.map(ReplyId::value).orElse("");
  }

  /** The report as it reads back: its times at the store's precision. */
  private static Report stored(Report r) {
    return new Report(r.id(), r.community(), r.item(), r.reply(), r.reporter(), r.reason(), r.text(),
        Times.stored(r.at()), r.outcome(), r.closedAt().map(Times::stored));
  }

  private static Report report(ResultSet row) throws SQLException {
    String reply = row.getString("reply_id");
    Optional<String> outcome = Optional.ofNullable(row.getString("outcome"));
    return new Report(ReportId.of(row.getString("id")), CommunityId.of(row.getString("community_id")),
        ItemId.of(row.getString("item_id")), reply.isEmpty() ? Optional.empty() : Optional.of(ReplyId.of(reply)),
        Optional.ofNullable(row.getString("reporter")).map(UserId::of),
        ReportReason.valueOf(row.getString("reason")), row.getString("body"), Times.read(row, "at"),
        outcome.map(ReportOutcome::valueOf), Times.readOptional(row, "closed_at"));
  }
}
