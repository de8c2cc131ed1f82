package dev.convene.storage.memory;

import dev.convene.core.ConflictException;
import dev.convene.core.internal.Checks;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.ReplyId;
import dev.convene.core.model.UserId;
import dev.convene.storage.Report;
import dev.convene.storage.ReportId;
import dev.convene.storage.ReportOutcome;
import dev.convene.storage.ReportStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The reports of an in-memory store, by id. The store's lock serialises writing transactions, so the
 * check for a reporter's open report and the insert never interleave with another's.
 */
final class MemoryReports extends MemoryStore implements ReportStore {
  /** The order every listing promises. */
  private static final Comparator<Report> ORDER = Comparator.comparing(Report::at).thenComparing(Report::id);

  MemoryReports(MemoryTransaction tx) {
    super(tx);
  }

  @Override
  public Report add(Report report) {
    Checks.required(report, "report");
    Checks.check(report.isOpen(), "report", "open", "must be open when added");
    return tx.write(() -> {
      if (!tables.items.contains(report.item())) {
        throw Rows.notFound("item " + report.item());
      }
      if (tables.reports.contains(report.id())) {
        throw new ConflictException("duplicate-id", Map.of("kind", "report", "id", report.id().value()),
            "report " + report.id() + " already exists");
      }
      boolean twice = tables.reports.rows().values().stream().anyMatch(r -> r.isOpen()
          && r.isAbout(report.item(), report.reply()) && r.reporter().equals(report.reporter()));
      if (twice) {
        throw new ConflictException("already-reported", Map.of(),
            "the reporter already has an open report of this " + target(report));
      }
      tables.reports.put(report.id(), report, tx.undo());
      return report;
    });
  }

  @Override
  public Optional<Report> get(ReportId id) {
    Checks.required(id, "id");
    return tx.read(() -> tables.reports.get(id));
  }

  @Override
  public List<Report> open(CommunityId community) {
    Checks.required(community, "community");
    return list(r -> r.isOpen() && r.community().equals(community));
  }

  @Override
  public List<Report> openOn(ItemId item, Optional<ReplyId> reply) {
    Checks.required(item, "item");
    Checks.required(reply, "reply");
    return list(r -> r.isOpen() && r.isAbout(item, reply));
  }

  @Override
  public List<Report> filedBy(UserId reporter) {
    Checks.required(reporter, "reporter");
    return list(r -> r.reporter().equals(Optional.of(reporter)));
  }

  @Override
  public long countFiledSince(UserId reporter, Instant since) {
    Checks.required(reporter, "reporter");
    Checks.required(since, "since");
    return tx.read(() -> tables.reports.rows().values().stream()
        .filter(r -> r.reporter().equals(Optional.of(reporter)) && !r.at().isBefore(since)).count());
  }

  @Override
  public List<Report> close(ItemId item, Optional<ReplyId> reply, ReportOutcome outcome, Instant at) {
    Checks.required(outcome, "outcome");
    Checks.instant(at, "at");
    List<Report> open = openOn(item, reply);
    return tx.write(() -> open.stream().map(r -> {
      Report closed = r.closed(outcome, at);
      tables.reports.put(r.id(), closed, tx.undo());
      return closed;
    }).toList());
  }

  @Override
  public int forgetReporter(UserId reporter) {
    List<Report> filed = filedBy(reporter);
    return tx.write(() -> {
      filed.forEach(r -> tables.reports.put(r.id(), r.withoutReporter(), tx.undo()));
      return filed.size();
    });
  }

  /** Deletes the reports of a deleted item; only inside a write. */
  static void deleteForItem(MemoryTransaction tx, ItemId item) {
    tx.tables().reports.rows().values().stream().filter(r -> r.item().equals(item)).map(Report::id).toList()
        .forEach(id -> tx.tables().reports.remove(id, tx.undo()));
  }

  private List<Report> list(Predicate<Report> wanted) {
    return tx.read(() -> tables.reports.rows().values().stream().filter(wanted).sorted(ORDER).toList());
  }

  private static String target(Report report) {
    return report.reply().map(reply -> "reply").orElse("item");
  }
}
