package dev.convene.storage;

import dev.convene.core.model.CommunityId;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.ReplyId;
import dev.convene.core.model.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reports of items and replies to their community's moderators. Reports are not versioned aggregates
 * and are not recorded in the change log; they are deleted with their item. Obtained from {@link
 * Transaction#reports()}.
 *
 * <p>A reporter has at most one open report per item or reply: of two transactions that each add
 * one for the same reporter and target, at most one commits. More: the reports of one reporter
 * collide, so of two transactions that each count a reporter's reports and then add one, at most one
 * commits; the other fails with a {@link dev.convene.core.ConflictException} and may read again, and a
 * rate limit holds under concurrency. Closing is guarded too: a report is closed once, by whichever
 * transaction closes it first.
 */
public interface ReportStore {

  /**
   * Adds an open report.
   *
   * @param report the report, open
   * @return the report as stored
   * @throws dev.convene.core.ValidationException if {@code report} is missing or not open
   * @throws dev.convene.core.NotFoundException if its item does not exist
   * @throws dev.convene.core.ConflictException if a report with its id exists, its reporter already
   *     has an open report of the same item or reply, or a concurrent transaction added a report by
   *     the same reporter
   */
  Report add(Report report);

  /**
   * The report with this id, if there is one.
   *
   * @param id the report's id
   * @return the report, or empty
   * @throws dev.convene.core.ValidationException if {@code id} is missing
   */
  Optional<Report> get(ReportId id);

  /**
   * The open reports of {@code community}'s items and replies, by filing time, then id.
   *
   * @param community the community's id
   * @return the open reports, possibly none
   * @throws dev.convene.core.ValidationException if {@code community} is missing
   */
  List<Report> open(CommunityId community);

  /**
   * The open reports of exactly this item (empty {@code reply}) or this reply, by filing time, then id.
   *
   * @param item the item's id, or the discussion's for a reply
   * @param reply the reply's id, or empty for the item itself
   * @return the open reports, possibly none
   * @throws dev.convene.core.ValidationException if an argument is missing
   */
  List<Report> openOn(ItemId item, Optional<ReplyId> reply);

  /**
   * Every report {@code reporter} filed, open or closed, by filing time, then id.
   *
   * @param reporter the reporter's id
   * @return the reports, possibly none
   * @throws dev.convene.core.ValidationException if {@code reporter} is missing
   */
  List<Report> filedBy(UserId reporter);

  /**
   * How many reports {@code reporter} filed at or after {@code since}, open or closed.
   *
   * @param reporter the reporter's id
   * @param since the start of the period counted
   * @return the number of reports
   * @throws dev.convene.core.ValidationException if an argument is missing
   */
  long countFiledSince(UserId reporter, Instant since);

  /**
   * Closes the open reports of exactly this item or reply with {@code outcome} at {@code at}.
   *
   * @param item the item's id, or the discussion's for a reply
   * @param reply the reply's id, or empty for the item itself
   * @param outcome how the reports were handled
   * @param at the time of closing
   * @return the reports this call closed, by filing time, then id; none if there were none open
   * @throws dev.convene.core.ValidationException if an argument is missing
   */
  List<Report> close(ItemId item, Optional<ReplyId> reply, ReportOutcome outcome, Instant at);

  /**
   * Removes {@code reporter} from every report they filed, open or closed: the reports stay, naming
   * no one.
   *
   * @param reporter the reporter's id
   * @return how many reports named them
   * @throws dev.convene.core.ValidationException if {@code reporter} is missing
   */
  int forgetReporter(UserId reporter);
}
