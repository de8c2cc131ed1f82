package dev.convene.platform.internal;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.ValidationException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.core.policy.AccessContext;
import dev.convene.core.policy.Decision;
import dev.convene.platform.ReportNote;
import dev.convene.platform.ReportTarget;
import dev.convene.platform.ReportedTarget;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import dev.convene.storage.Report;
import dev.convene.storage.ReportReason;
import dev.convene.storage.Transaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A community's open reports as one moderator may see them: grouped per item or reply, only the
 * targets they see and did not write, never naming a reporter. Targets come oldest report first;
 * a page's cursor holds the time and id of the oldest report of its last row, which the moderator
 * saw.
 */
public final class ReportQueue {
  /** The queue's order: by the oldest open report's time, then its id. */
  private static final Comparator<Key> ORDER = Comparator.comparing(Key::at).thenComparing(Key::id);

  private final Platform platform;
  private final ReportTargets targets;

  /** Reads queues through {@code platform}, deciding each row with {@code targets}. */
  public ReportQueue(Platform platform, ReportTargets targets) {
    this.platform = platform;
    this.targets = targets;
  }

  /** Where a row stands in the queue. */
  private record Key(Instant at, String id) {
    static Key of(ReportedTarget row) {
      return new Key(row.firstReportedAt(), row.reports().get(0).id().value());
    }

    String cursor() {
      return at.getEpochSecond() + ":" + at.getNano() + ":" + id;
    }

    static Key parse(String cursor) {
      String[] parts = cursor.split(":", 3);
      try {
        return new Key(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])), parts[2]);
      } catch (RuntimeException e) {
        throw new ValidationException("page", "cursor", "is not a cursor of the report queue");
      }
    }
  }

  /** One page of the queue. */
  public Page<ReportedTarget> page(Actor actor, CommunityId community, PageRequest page) {
    Optional<Key> after = page.after().map(Key::parse);
    List<ReportedTarget> rows = rows(actor, community).stream()
        .filter(row -> after.map(a -> ORDER.compare(Key.of(row), a) > 0).orElse(true)).toList();
    if (rows.size() <= page.limit()) {
      return new Page<>(rows, Optional.empty());
    }
    List<ReportedTarget> shown = rows.subList(0, page.limit());
    return new Page<>(shown, Optional.of(Key.of(shown.get(shown.size() - 1)).cursor()));
  }

  /** How many open reports the actor's queue holds. */
  public int count(Actor actor, CommunityId community) {
    return rows(actor, community).stream().mapToInt(ReportedTarget::total).sum();
  }

  /** Every row of the actor's queue, in order. */
  private List<ReportedTarget> rows(Actor actor, CommunityId community) {
    AccessContext context = platform.access().context(actor, community);
    Decision moderating = targets.moderating(actor, context);
    if (moderating.outcome() == Decision.Outcome.NOT_FOUND) {
      throw Access.notFound(community);
    }
    if (!moderating.isAllowed()) {
      throw new AccessDeniedException("moderators-only", Map.of(), "not allowed on " + Access.what(community)
          + ": only its moderators and admins see its reports, and only while it is active");
    }
    if (moderating.isPlatformAdminOverride()) {
      platform.storage().useTransaction(tx -> tx.audit().append(AuditEntry.of(platform.now(), actor.user(), community,
          AuditAction.PLATFORM_ADMIN_ACCESS, "reports of " + Access.what(community)).withReason("report queue")));
    }
    return platform.storage().read(tx -> rows(tx, actor, context));
  }

  private List<ReportedTarget> rows(Transaction tx, Actor actor, AccessContext context) {
    Map<ReportTarget, List<Report>> byTarget = new LinkedHashMap<>();
    for (Report report : tx.reports().open(context.community().id())) {
      byTarget.computeIfAbsent(new ReportTarget(report.item(), report.reply()), t -> new ArrayList<>()).add(report);
    }
    Map<ItemId, Optional<Item>> items = new HashMap<>();
    List<ReportedTarget> rows = new ArrayList<>();
    byTarget.forEach((target, reports) -> {
      Optional<Item> item = items.computeIfAbsent(target.item(), id -> tx.items().get(id))
          .filter(i -> i.community().equals(context.community().id()));
      Optional<ReportTargets.Target> seen = item.flatMap(i -> targets.seen(actor, i, target.reply(), context.withItem(i)))
          .filter(t -> targets.handles(actor, t));
      seen.ifPresent(t -> rows.add(row(target, t.item(), reports)));
    });
    rows.sort(Comparator.comparing(Key::of, ORDER));
    return rows;
  }

  private static ReportedTarget row(ReportTarget target, Item item, List<Report> reports) {
    Map<ReportReason, Integer> byReason = new EnumMap<>(ReportReason.class);
    reports.forEach(r -> byReason.merge(r.reason(), 1, Integer::sum));
    List<ReportNote> notes = reports.stream().sorted(Comparator.comparing(Report::at).thenComparing(Report::id))
        .map(r -> new ReportNote(r.id(), r.reason(), r.text(), r.at())).toList();
    return new ReportedTarget(target, item.type(), item.title(), byReason, notes);
  }
}
