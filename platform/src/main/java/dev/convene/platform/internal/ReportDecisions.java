package dev.convene.platform.internal;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.NotFoundException;
import dev.convene.core.event.ItemChanged;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.ReplyId;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.UserId;
import dev.convene.core.policy.Action;
import dev.convene.core.policy.Decision;
import dev.convene.platform.ReportTarget;
import dev.convene.platform.ReportsClosed;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.Report;
import dev.convene.storage.ReportOutcome;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A moderator's decision on a reported item or reply, in one transaction: what it does to the
 * content, the closing of every open report of it with that outcome, and the audit entry. The
 * target must be one the moderator sees and did not write, with open reports; otherwise the answer is
 * the same "no open reports" whether there are none or the moderator wrote the content, so the
 * reported person learns nothing. Each effect also needs what the policy asks of it anywhere else:
 * hiding an item is archiving it (a published item), hiding a reply needs HIDE_REPLY, blocking the
 * author needs BLOCK_MEMBER (admins). Removal is a moderation act of its own: a moderator removes
 * reported content whoever wrote it.
 */
public final class ReportDecisions {
  private final Platform platform;
  private final ReportTargets targets;
  private final ItemAccess items;
  private final MembershipWrites memberships;

  /** Takes decisions through {@code platform}, finding targets with {@code targets}. */
  public ReportDecisions(Platform platform, ReportTargets targets) {
    this.platform = platform;
    this.targets = targets;
    this.items = new ItemAccess(platform);
    this.memberships = new MembershipWrites(platform);
  }

  /** Takes the decision and closes the target's open reports with {@code outcome}. */
  public ReportsClosed decide(Actor actor, ReportTarget target, ReportOutcome outcome) {
    return platform.writes().runRetrying(RosterChanges::isStoreConflict, work -> {
      ItemId id = target.item();
      Optional<ReplyId> reply = target.reply();
      String what = ReportTargets.what(id, reply);
      ReportTargets.Target found = targets.seen(work.tx(), actor, id, reply);
      Decision moderating = targets.moderating(actor, found.context());
      if (moderating.outcome() == Decision.Outcome.NOT_FOUND) {
        throw ReportTargets.notFound(id, reply);
      }
      if (!moderating.isAllowed()) {
        throw new AccessDeniedException("moderators-only", Map.of(), "not allowed on " + what
            + ": only moderators and admins of its community decide on reports, and only while it is active");
      }
      List<Report> open = work.tx().reports().openOn(id, reply);
      if (open.isEmpty() || actor.is(found.author())) {
        throw new NotFoundException("no open reports of " + what);
      }
      Instant now = platform.now();
      List<Report> closed = switch (outcome) {
        case DISMISSED -> close(work, target, outcome, now);
        case HIDDEN -> {
          hide(work, actor, found, what, now);
          yield close(work, target, outcome, now);
        }
        case REMOVED -> {
          // closed first: an item's reports go with it, and the count must be of what was open
          List<Report> before = close(work, target, outcome, now);
          remove(work, actor, found, now);
          yield before;
        }
        case AUTHOR_BLOCKED -> {
          block(work, actor, found);
          yield close(work, target, outcome, now);
        }
      };
      if (closed.isEmpty()) {
        // a concurrent decision closed them after this one read them: it stands, and this one undoes its effect
        throw new NotFoundException("no open reports of " + what);
      }
      work.audit(AuditEntry.of(now, actor.user(), found.item().community(), audit(outcome), what)
          .withChange("OPEN", outcome.name() + ", " + closed.size() + (closed.size() == 1 ? " report" : " reports")));
      return new ReportsClosed(target, outcome, closed.size());
    });
  }

  private static List<Report> close(Work work, ReportTarget target, ReportOutcome outcome, Instant now) {
    return work.tx().reports().close(target.item(), target.reply(), outcome, now);
  }

  /** Archives a published item, or hides a reply; content already out of readers' sight stays so. */
  private void hide(Work work, Actor actor, ReportTargets.Target found, String what, Instant now) {
    Item item = found.item();
    if (found.reply().isPresent()) {
      platform.access().require(work, actor, Action.HIDE_REPLY, found.context(), what);
      if (found.reply().get().hidden()) {
        return;
      }
      ReplyId reply = found.reply().get().id();
      work.audit(AuditEntry.of(now, actor.user(), item.community(), AuditAction.REPLY_HIDDEN, what)
          .withChange("shown", "hidden"));
      items.store(work, actor, ((Discussion) item).withReplyHidden(reply, true), ItemChanged.Kind.REPLY_HIDDEN);
      return;
    }
    if (item.reviewState() == ReviewState.ARCHIVED) {
      return;
    }
    platform.access().require(work, actor, Action.ARCHIVE_ITEM, found.context(), what);
    work.audit(AuditEntry.of(now, actor.user(), item.community(), AuditAction.ITEM_ARCHIVED, ItemAccess.what(item.id()))
        .withChange(item.reviewState().name(), ReviewState.ARCHIVED.name()));
    items.store(work, actor, item.withReviewState(ReviewState.ARCHIVED, now), ItemChanged.Kind.ARCHIVED);
  }

  /**
   * Deletes the item, or takes the reply out of its discussion. A removed reply announces nothing:
   * readers are not told of moderation as of an edit, and search follows the store's change log.
   */
  private void remove(Work work, Actor actor, ReportTargets.Target found, Instant now) {
    Item item = found.item();
    if (found.reply().isPresent()) {
      ReplyId reply = found.reply().get().id();
      Discussion discussion = (Discussion) item;
      work.tx().items().update(discussion.withReplies(discussion.replies().stream()
          .filter(r -> !r.id().equals(reply)).toList()));
      return;
    }
    work.tx().items().delete(item.id(), item.version());
    work.audit(AuditEntry.of(now, actor.user(), item.community(), AuditAction.ITEM_DELETED, ItemAccess.what(item.id()))
        .withChange(Optional.of(item.reviewState().name()), Optional.empty()));
    items.emit(work, actor, item, ItemChanged.Kind.DELETED);
  }

  /** Blocks the author in the community, unless they are blocked already. */
  private void block(Work work, Actor actor, ReportTargets.Target found) {
    UserId author = found.author();
    boolean blocked = work.tx().memberships().get(found.item().community(), author)
        .filter(m -> m.state() == MembershipState.BLOCKED).isPresent();
    if (blocked) {
      // the policy is still asked, so that only those who may block learn the author is blocked
      memberships.require(work, actor, found.item().community(), Optional.of(author), Action.BLOCK_MEMBER);
      return;
    }
    memberships.apply(work, actor, found.item().community(), Optional.of(author), Action.BLOCK_MEMBER,
        Optional.of("reported content"), (roster, me, now) -> roster.block(author, now));
  }

  private static AuditAction audit(ReportOutcome outcome) {
    return switch (outcome) {
      case DISMISSED -> AuditAction.REPORT_DISMISSED;
      case HIDDEN -> AuditAction.REPORT_HIDDEN;
      case REMOVED -> AuditAction.REPORT_REMOVED;
      case AUTHOR_BLOCKED -> AuditAction.REPORT_AUTHOR_BLOCKED;
    };
  }
}
