package dev.convene.platform;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.NotFoundException;
import dev.convene.core.RateLimitedException;
import dev.convene.core.ValidationException;
import dev.convene.core.internal.Checks;
import dev.convene.core.model.Actor;
import dev.convene.core.model.CommunityId;
import dev.convene.platform.internal.Platform;
import dev.convene.platform.internal.ReportDecisions;
import dev.convene.platform.internal.ReportFiling;
import dev.convene.platform.internal.ReportQueue;
import dev.convene.platform.internal.ReportTargets;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import dev.convene.storage.Report;
import dev.convene.storage.ReportOutcome;
import dev.convene.storage.ReportReason;
import java.util.List;
import java.util.Map;

/**
 * Safe spaces: anyone signed in who sees an item or a reply may report it to the moderators of its
 * community, who work a queue of what was reported and decide: dismiss, hide, remove, or block the
 * author. Each decision closes every open report of the item or reply with its outcome.
 *
 * <p>Who is told what: a reporter is never named to anyone through this service, its queue, its
 * notifications or the audit log; reporters see only their own reports ({@link #mine}). Nobody
 * handles, or even sees, the reports of content they wrote, even as moderator or admin: those go to
 * the community's other moderators and admins. Something the actor may not see is a {@link
 * NotFoundException}, as if it did not exist.
 */
public final class ReportService {
  private final Platform platform;
  private final ReportFiling filing;
  private final ReportQueue queue;
  private final ReportDecisions decisions;

  ReportService(Platform platform, ReportLimit limit) {
    this.platform = platform;
    ReportTargets targets = new ReportTargets(platform);
    this.filing = new ReportFiling(platform, targets, limit.reports(), limit.window());
    this.queue = new ReportQueue(platform, targets);
    this.decisions = new ReportDecisions(platform, targets);
  }

  /**
   * Reports an item or a reply to the moderators of its community, who are notified ({@code
   * item.reported}, {@code item.reply_reported}). The report names the actor to no one.
   *
   * @param actor who reports; a signed-in user who may see the target
   * @param target the item or reply reported
   * @param reason why, from a fixed set
   * @param text what the actor adds, possibly empty; at most {@value Report#MAX_TEXT_LENGTH} characters
   * @return the report as stored, open
   * @throws RateLimitedException if the actor filed as many reports as the platform allows in its
   *     window ({@link Convene.Builder#reportLimit}); checked first, so it says nothing of the target
   * @throws NotFoundException if the item or reply does not exist or the actor may not see it (a
   *     hidden reply, for those who may not see hidden replies)
   * @throws AccessDeniedException if the actor is anonymous, or the community is archived
   * @throws ValidationException if an argument is missing, the text too long, or the actor already has
   *     an open report of this item or reply ({@code target}, {@code already-reported})
   * @throws dev.convene.core.ConflictException if the actor's concurrent filings kept colliding with
   *     this one (it is read again, ten times in all); nothing was written, and it may be retried
   */
  public Report file(Actor actor, ReportTarget target, ReportReason reason, String text) {
    Checks.required(actor, "actor");
    Checks.required(target, "target");
    Checks.required(reason, "reason");
    Checks.required(text, "text");
    Checks.check(text.length() <= Report.MAX_TEXT_LENGTH, "text", "max-length",
        Map.of("limit", Report.MAX_TEXT_LENGTH), "must be at most %d characters", Report.MAX_TEXT_LENGTH);
    return filing.file(actor, target.item(), target.reply(), reason, text);
  }

  /**
   * The reports the actor filed, open and closed, oldest first; none for an anonymous actor. A
   * report's outcome says what the moderators decided.
   *
   * @param actor who asks
   * @return the actor's reports, possibly none
   */
  public List<Report> mine(Actor actor) {
    Checks.required(actor, "actor");
    return actor.user().map(user -> platform.storage().read(tx -> tx.reports().filedBy(user))).orElse(List.of());
  }

  /**
   * The community's report queue, a page at a time: each item or reply with open reports that the
   * actor sees and did not write, with its counts per reason and its reports without reporters,
   * oldest report first. A platform admin's reading is audited.
   *
   * @param actor a moderator of the community
   * @param community the community's id
   * @param page the cursor and size of the page
   * @return the page of reported items and replies
   * @throws NotFoundException if the actor may not know the community exists
   * @throws AccessDeniedException if the actor does not moderate the community, or it is archived
   * @throws ValidationException if the page's cursor is not one this queue handed out
   */
  public Page<ReportedTarget> queue(Actor actor, CommunityId community, PageRequest page) {
    Checks.required(actor, "actor");
    Checks.required(community, "community");
    Checks.required(page, "page");
    return queue.page(actor, community, page);
  }

  /**
   * How many open reports the actor's queue of the community holds (all pages).
   *
   * @param actor a moderator of the community
   * @param community the community's id
   * @return the number of open reports
   * @throws NotFoundException if the actor may not know the community exists
   * @throws AccessDeniedException if the actor does not moderate the community, or it is archived
   */
  public int openCount(Actor actor, CommunityId community) {
    Checks.required(actor, "actor");
    Checks.required(community, "community");
    return queue.count(actor, community);
  }

  /**
   * Closes the open reports of the item or reply; the content stays as it is.
   *
   * @param actor a moderator of the target's community
   * @param target the item or reply reported
   * @return the reports closed
   * @throws NotFoundException if the target does not exist, the actor may not see it, it has no open
   *     reports, or the actor wrote it (all worded alike)
   * @throws AccessDeniedException if the actor does not moderate its community, or it is archived
   */
  public ReportsClosed dismiss(Actor actor, ReportTarget target) {
    return decide(actor, target, ReportOutcome.DISMISSED);
  }

  /**
   * Hides the item or reply from readers, keeping it for moderators (an item is archived, a reply
   * hidden; already out of sight, it stays so), and closes its open reports.
   *
   * @param actor a moderator of the target's community
   * @param target the item or reply reported
   * @return the reports closed
   * @throws NotFoundException as for {@link #dismiss}
   * @throws AccessDeniedException as for {@link #dismiss}, or if the item is not published (archive
   *     applies to published items; reject a submitted one instead)
   */
  public ReportsClosed hide(Actor actor, ReportTarget target) {
    return decide(actor, target, ReportOutcome.HIDDEN);
  }

  /**
   * Deletes the item (its reports go with it) or the reply, and closes its open reports.
   *
   * @param actor a moderator of the target's community
   * @param target the item or reply reported
   * @return the reports closed
   * @throws NotFoundException as for {@link #dismiss}
   * @throws AccessDeniedException as for {@link #dismiss}
   */
  public ReportsClosed remove(Actor actor, ReportTarget target) {
    return decide(actor, target, ReportOutcome.REMOVED);
  }

  /**
   * Blocks the author of the item or reply in its community (see {@link MembershipService#block}),
   * leaving the content as it is, and closes its open reports. An author blocked already stays so.
   *
   * @param actor an admin of the target's community
   * @param target the item or reply reported
   * @return the reports closed
   * @throws NotFoundException as for {@link #dismiss}
   * @throws AccessDeniedException as for {@link #dismiss}, or if the actor is not an admin
   * @throws dev.convene.core.ConflictException if the author is the community's last admin
   */
  public ReportsClosed blockAuthor(Actor actor, ReportTarget target) {
    return decide(actor, target, ReportOutcome.AUTHOR_BLOCKED);
  }

  private ReportsClosed decide(Actor actor, ReportTarget target, ReportOutcome outcome) {
    Checks.required(actor, "actor");
    Checks.required(target, "target");
    return decisions.decide(actor, target, outcome);
  }
}
