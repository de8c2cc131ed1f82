package dev.convene.storage.tck;

import static dev.convene.storage.tck.Fixtures.at;
import static dev.convene.storage.tck.Fixtures.community;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.ConflictException;
import dev.convene.core.NotFoundException;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.ReplyId;
import dev.convene.core.model.UserId;
import dev.convene.storage.Report;
import dev.convene.storage.ReportId;
import dev.convene.storage.ReportOutcome;
import dev.convene.storage.ReportReason;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Reports: one open report per reporter and item or reply, listed open per community and target,
 * closed once, counted per reporter, forgotten on erasure, deleted with their item.
 */
abstract class ReportContract extends ContractSupport {
  private static final int THREADS = 8;
  private static final int LIMIT = 3;
  private static final Optional<ReplyId> ITEM_ITSELF = Optional.empty();
  private static final Optional<ReplyId> R1 = Optional.of(ReplyId.of("r1"));

  private CommunityId alpha;
  private CommunityId beta;
  private ItemId doc;
  private ItemId talk;
  private ItemId other;

  ReportContract(StorageContract kit) {
    super(kit);
  }

  @BeforeEach
  void items() {
    alpha = insert(community("alpha")).id();
    beta = insert(community("beta")).id();
    doc = insert(Fixtures.document("doc", alpha, at(1))).id();
    talk = insert(Fixtures.discussion("talk", alpha)).id();
    other = insert(Fixtures.document("other", beta, at(1))).id();
  }

  @Test
  @DisplayName("an added report reads back as it was given, open")
  void addAndGet() {
    Report report = report("1", doc, ITEM_ITSELF, "ada", ReportReason.SPAM, 3);
    assertEquals(report, add(report));
    assertEquals(Optional.of(report), read(t -> t.reports().get(ReportId.of("1"))));
    assertEquals(Optional.empty(), read(t -> t.reports().get(ReportId.of("2"))));
    Report empty = new Report(ReportId.of("2"), alpha, talk, R1, Optional.of(UserId.of("bob")), ReportReason.OTHER, "",
        at(4), Optional.empty(), Optional.empty());
    assertEquals(empty, add(empty));
    assertEquals(Optional.of(empty), read(t -> t.reports().get(ReportId.of("2"))));
  }

  @Test
  @DisplayName("a reporter has one open report per item or reply; a reply and its discussion are two targets")
  void oneOpenPerReporterAndTarget() {
    add(report("1", talk, ITEM_ITSELF, "ada", ReportReason.SPAM, 1));
    add(report("2", talk, R1, "ada", ReportReason.HATE, 2));
    add(report("3", talk, ITEM_ITSELF, "bob", ReportReason.SPAM, 3));
    Snapshot before = snapshot();
    assertThrows(ConflictException.class, () -> add(report("4", talk, ITEM_ITSELF, "ada", ReportReason.OTHER, 4)));
    assertThrows(ConflictException.class, () -> add(report("1", doc, ITEM_ITSELF, "zoe", ReportReason.OTHER, 4)));
    assertEquals(before, snapshot());
    assertEquals(3, read(t -> t.reports().open(alpha)).size());
    // once closed, the same reporter may report the same target again
    tx(t -> t.reports().close(talk, ITEM_ITSELF, ReportOutcome.DISMISSED, at(5)));
    add(report("4", talk, ITEM_ITSELF, "ada", ReportReason.OTHER, 6));
    assertEquals(List.of("2", "4"), ids(read(t -> t.reports().open(alpha))));
  }

  @Test
  @DisplayName("a report needs an item that exists, and changes nothing otherwise")
  void itemMustExist() {
    Snapshot before = snapshot();
    assertThrows(NotFoundException.class, () -> add(report("1", ItemId.of("nowhere"), ITEM_ITSELF, "ada",
        ReportReason.SPAM, 1)));
    assertEquals(before, snapshot());
    assertEquals(List.of(), read(t -> t.reports().filedBy(UserId.of("ada"))));
  }

  @Test
  @DisplayName("open reports are listed per community and per exact target, by filing time then id")
  void listings() {
    add(report("b", doc, ITEM_ITSELF, "bob", ReportReason.SPAM, 5));
    add(report("a", doc, ITEM_ITSELF, "ada", ReportReason.HATE, 5));
    add(report("c", talk, R1, "ada", ReportReason.SPAM, 2));
    add(report("d", talk, ITEM_ITSELF, "zoe", ReportReason.SPAM, 9));
    add(report("e", other, ITEM_ITSELF, "ada", ReportReason.SPAM, 1));
    assertEquals(List.of("c", "a", "b", "d"), ids(read(t -> t.reports().open(alpha))));
    assertEquals(List.of("e"), ids(read(t -> t.reports().open(beta))));
    assertEquals(List.of("a", "b"), ids(read(t -> t.reports().openOn(doc, ITEM_ITSELF))));
    assertEquals(List.of("c"), ids(read(t -> t.reports().openOn(talk, R1))));
    assertEquals(List.of("d"), ids(read(t -> t.reports().openOn(talk, ITEM_ITSELF))));
    assertEquals(List.of("e", "c", "a"), ids(read(t -> t.reports().filedBy(UserId.of("ada")))));
  }

  @Test
  @DisplayName("closing closes the target's open reports once, with the outcome and time; they stay filed")
  void close() {
    Report a = add(report("a", doc, ITEM_ITSELF, "ada", ReportReason.SPAM, 1));
    Report b = add(report("b", doc, ITEM_ITSELF, "bob", ReportReason.HATE, 2));
    Report c = add(report("c", talk, R1, "ada", ReportReason.SPAM, 3));
    List<Report> closed = tx(t -> t.reports().close(doc, ITEM_ITSELF, ReportOutcome.HIDDEN, at(10)));
    assertEquals(List.of(a.closed(ReportOutcome.HIDDEN, at(10)), b.closed(ReportOutcome.HIDDEN, at(10))), closed);
    assertEquals(List.of(), tx(t -> t.reports().close(doc, ITEM_ITSELF, ReportOutcome.REMOVED, at(11))));
    assertEquals(List.of(c), read(t -> t.reports().open(alpha)));
    assertEquals(Optional.of(a.closed(ReportOutcome.HIDDEN, at(10))), read(t -> t.reports().get(a.id())));
    assertEquals(List.of(a.closed(ReportOutcome.HIDDEN, at(10)), c), read(t -> t.reports().filedBy(UserId.of("ada"))));
  }

  @Test
  @DisplayName("a reporter's reports are counted from a time on, open or closed")
  void countSince() {
    add(report("a", doc, ITEM_ITSELF, "ada", ReportReason.SPAM, 1));
    add(report("b", talk, ITEM_ITSELF, "ada", ReportReason.SPAM, 5));
    add(report("c", talk, R1, "ada", ReportReason.SPAM, 9));
    add(report("d", talk, R1, "bob", ReportReason.SPAM, 9));
    tx(t -> t.reports().close(talk, ITEM_ITSELF, ReportOutcome.DISMISSED, at(10)));
    assertEquals(3L, (long) read(t -> t.reports().countFiledSince(UserId.of("ada"), at(0))));
    assertEquals(2L, (long) read(t -> t.reports().countFiledSince(UserId.of("ada"), at(5))));
    assertEquals(0L, (long) read(t -> t.reports().countFiledSince(UserId.of("ada"), at(10))));
    assertEquals(0L, (long) read(t -> t.reports().countFiledSince(UserId.of("nobody"), at(0))));
  }

  @Test
  @DisplayName("forgetting a reporter keeps their reports, naming no one, and frees their open targets")
  void forgetReporter() {
    Report a = add(report("a", doc, ITEM_ITSELF, "ada", ReportReason.SPAM, 1));
    Report b = add(report("b", doc, ITEM_ITSELF, "bob", ReportReason.SPAM, 2));
    assertEquals(1, (int) tx(t -> t.reports().forgetReporter(UserId.of("ada"))));
    assertEquals(0, (int) tx(t -> t.reports().forgetReporter(UserId.of("ada"))));
    assertEquals(List.of(a.withoutReporter(), b), read(t -> t.reports().open(alpha)));
    assertEquals(List.of(), read(t -> t.reports().filedBy(UserId.of("ada"))));
    assertEquals(0L, (long) read(t -> t.reports().countFiledSince(UserId.of("ada"), at(0))));
  }

  @Test
  @DisplayName("an item's reports, of it and of its replies, are deleted with it, and only its")
  void deletedWithItem() {
    add(report("a", talk, ITEM_ITSELF, "ada", ReportReason.SPAM, 1));
    add(report("b", talk, R1, "ada", ReportReason.SPAM, 2));
    Report kept = add(report("c", doc, ITEM_ITSELF, "ada", ReportReason.SPAM, 3));
    Item stored = read(t -> t.items().get(talk)).orElseThrow();
    use(t -> t.items().delete(talk, stored.version()));
    assertEquals(List.of(kept), read(t -> t.reports().filedBy(UserId.of("ada"))));
    assertEquals(Optional.empty(), read(t -> t.reports().get(ReportId.of("a"))));
  }

  @Test
  @DisplayName(THREADS + " threads each adding the same reporter's report of one item: exactly one is open")
  void oneOpenUnderConcurrency() throws InterruptedException {
    List<Optional<Throwable>> outcomes = Race.run(THREADS, writer -> tx(t -> t.reports().add(Report.open(
        ReportId.of("r" + writer), alpha, doc, ITEM_ITSELF, UserId.of("ada"), ReportReason.SPAM, "", at(writer)))));
    List<Throwable> failures = outcomes.stream().flatMap(Optional::stream).toList();
    assertEquals(THREADS - 1, failures.size());
    failures.forEach(f -> assertInstanceOf(ConflictException.class, f));
    assertEquals(1, read(t -> t.reports().openOn(doc, ITEM_ITSELF)).size());
  }

  @Test
  @DisplayName(THREADS + " threads each adding one report by the same reporter if they have fewer than " + LIMIT
      + ", by count, add and retry: exactly " + LIMIT + " are added")
  void limitUnderConcurrency() throws InterruptedException {
    List<Optional<Throwable>> outcomes = Race.run(THREADS, writer -> Race.retryOnConflict(() -> tx(t -> {
      if (t.reports().countFiledSince(UserId.of("ada"), at(0)) >= LIMIT) {
        return null;
      }
      return t.reports().add(Report.open(ReportId.of("q" + writer), alpha, writer % 2 == 0 ? doc : talk,
          Optional.of(ReplyId.of("r" + writer)), UserId.of("ada"), ReportReason.SPAM, "", at(writer)));
    })));
    assertEquals(List.of(), outcomes.stream().flatMap(Optional::stream).toList());
    assertEquals((long) LIMIT, (long) read(t -> t.reports().countFiledSince(UserId.of("ada"), at(0))));
  }

  private Report add(Report report) {
    return tx(t -> t.reports().add(report));
  }

  private Report report(String id, ItemId item, Optional<ReplyId> reply, String reporter, ReportReason reason,
      int minute) {
    CommunityId community = read(t -> t.items().get(item)).map(Item::community).orElse(alpha);
    return Report.open(ReportId.of(id), community, item, reply, UserId.of(reporter), reason, "text " + id, at(minute));
  }

  private static List<String> ids(List<Report> reports) {
    return reports.stream().map(r -> r.id().value()).toList();
  }
}
