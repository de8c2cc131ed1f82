package dev.convene.platform.internal;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.ConflictException;
import dev.convene.core.RateLimitedException;
import dev.convene.core.ValidationException;
import dev.convene.core.event.ItemChanged;
import dev.convene.core.model.Actor;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.ReplyId;
import dev.convene.core.model.UserId;
import dev.convene.core.policy.Reason;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.Report;
import dev.convene.storage.ReportId;
import dev.convene.storage.ReportReason;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Files one report, in one transaction: the reporter's rate limit first (before anything of the
 * target is looked at, so a refusal says nothing of it), then the target must be seen, the reporter
 * signed in, the community active and the reporter without an open report of the same target. The
 * audit entry and the event name no actor, so neither the log nor a notification tells who reported.
 */
public final class ReportFiling {
  private final Platform platform;
  private final ReportTargets targets;
  private final int limit;
  private final Duration window;

  /** Files reports through {@code platform}, at most {@code limit} per user in any {@code window}. */
  public ReportFiling(Platform platform, ReportTargets targets, int limit, Duration window) {
    this.platform = platform;
    this.targets = targets;
    this.limit = limit;
    this.window = window;
  }

  /**
   * Files the report and returns it as stored. One reporter's filings collide in the store: the
   * loser runs again in a fresh transaction, where it counts the winner (and, for the same target,
   * is already-reported), up to {@value Contention#ATTEMPTS} times in all.
   */
  public Report file(Actor actor, ItemId item, Optional<ReplyId> reply, ReportReason reason, String text) {
    return Contention.retry(() -> fileOnce(actor, item, reply, reason, text));
  }

  private Report fileOnce(Actor actor, ItemId item, Optional<ReplyId> reply, ReportReason reason, String text) {
    return platform.writes().run(work -> {
      Instant now = platform.now();
      Optional<UserId> user = actor.user();
      if (user.isPresent() && work.tx().reports().countFiledSince(user.get(), now.minus(window)) >= limit) {
        throw new RateLimitedException("reports", limit, window);
      }
      ReportTargets.Target target = targets.seen(work.tx(), actor, item, reply);
      String what = ReportTargets.what(item, reply);
      if (user.isEmpty()) {
        throw new AccessDeniedException(Reason.SIGN_IN_REQUIRED.code(), Map.of(), "sign in to report " + what);
      }
      boolean archived = target.context().community().isArchived()
          || target.context().parent().filter(p -> p.isArchived()).isPresent();
      if (archived) {
        throw new AccessDeniedException(Reason.ARCHIVED.code(), Map.of(),
            "not allowed on " + what + ": its community is archived and takes no reports");
      }
      boolean twice = work.tx().reports().openOn(item, reply).stream()
          .anyMatch(r -> r.reporter().equals(user));
      if (twice) {
        throw new ValidationException("target", "already-reported", "you already reported " + what
            + " and a moderator has not yet decided on it");
      }
      Report stored = work.tx().reports().add(Report.open(ReportId.of(platform.ids().get()),
          target.item().community(), item, reply, user.get(), reason, text, now));
      work.audit(AuditEntry.of(now, Optional.empty(), target.item().community(), AuditAction.REPORT_FILED, what)
          .withChange(Optional.empty(), Optional.of(reason.name())));
      work.emit(ItemChanged.reported(target.item().community(), item, target.item().type(), reply, now));
      return stored;
    });
  }
}
