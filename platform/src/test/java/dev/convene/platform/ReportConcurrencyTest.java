package dev.convene.platform;

import static dev.convene.platform.ReportWorld.ADA;
import static dev.convene.platform.ReportWorld.MAX;
import static dev.convene.platform.ReportWorld.MEL;
import static dev.convene.platform.ReportWorld.MO;
import static dev.convene.platform.ReportWorld.RITA;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.convene.core.NotFoundException;
import dev.convene.core.RateLimitedException;
import dev.convene.core.ValidationException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Role;
import dev.convene.core.model.Visibility;
import dev.convene.storage.Report;
import dev.convene.storage.ReportOutcome;
import dev.convene.storage.ReportReason;
import dev.convene.storage.Storage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Reports under concurrency on the JDBC store, on PostgreSQL (skipped when no server is reachable,
 * as the two-node tests are) and on H2: one open report per reporter and target, a reporter's rate
 * limit, and one decision per set of open reports, however many race.
 */
class ReportConcurrencyTest {
  private static final int THREADS = 8;
  private static final int LIMIT = 3;

  @Test
  @DisplayName("on PostgreSQL: 8 filings of one report at once make one; 8 of several, no more than the limit;"
      + " 8 decisions at once, one")
  void postgres() throws Exception {
    race(SharedDatabase::postgres);
  }

  @Test
  @DisplayName("on H2: 8 filings of one report at once make one; 8 of several, no more than the limit; 8 decisions"
      + " at once, one")
  void h2() throws Exception {
    race(SharedDatabase::h2);
  }

  private static void race(Supplier<SharedDatabase> databases) throws Exception {
    try (SharedDatabase database = databases.get()) {
      Storage storage = database.open();
      try (Convene convene = Convene.builder().storage(storage).reportLimit(new ReportLimit(LIMIT, Duration.ofHours(1)))
          .outbox(OutboxSettings.defaults().withBackground(false)).build()) {
        Community water = convene.communities().create(ADA, "water", b -> b.name("Water"));
        for (Actor member : List.of(MO, MEL, MAX, RITA)) {
          storage.useTransaction(tx -> tx.memberships().insert(new Membership(water.id(), member.user().orElseThrow(),
              MembershipState.ACTIVE, member == MO ? Role.MODERATOR : Role.MEMBER, Optional.empty(),
              Optional.empty(), Instant.now(), Optional.empty(), 0)));
        }
        List<Item> docs = new ArrayList<>();
        for (int i = 0; i <= THREADS; i++) {
          docs.add(convene.content().publish(MEL, convene.content().create(MEL, water.id(),
              ItemDraft.document("Pumps " + i, Locale.ENGLISH, Visibility.MEMBERS)).id()));
        }
        Item doc = docs.get(0);
        ReportTarget target = ReportTarget.item(doc.id());
        ReportService reports = convene.reports();

        List<Object> filed = all(i -> reports.file(MAX, target, ReportReason.SPAM, "thread " + i));
        assertEquals(1, filed.stream().filter(Report.class::isInstance).count(), filed.toString());
        filed.stream().filter(o -> !(o instanceof Report)).forEach(o ->
            assertEquals("already-reported", ((ValidationException) o).rule(), o.toString()));
        reports.file(RITA, target, ReportReason.HATE, "");

        // rita filed one: of 8 more filed at once, each of another item, the limit lets 2 through
        List<Object> limited = all(i -> reports.file(RITA, ReportTarget.item(docs.get(i + 1).id()), ReportReason.SPAM,
            ""));
        assertEquals(LIMIT - 1, limited.stream().filter(Report.class::isInstance).count(), limited.toString());
        limited.stream().filter(o -> !(o instanceof Report)).forEach(o ->
            assertEquals(RateLimitedException.class, o.getClass(), o.toString()));

        List<Object> decided = all(i -> i % 2 == 0 ? reports.dismiss(MO, target) : reports.hide(ADA, target));
        List<ReportsClosed> won = decided.stream().filter(ReportsClosed.class::isInstance)
            .map(ReportsClosed.class::cast).toList();
        assertEquals(1, won.size(), decided.toString());
        assertEquals(2, won.get(0).closed());
        decided.stream().filter(o -> !(o instanceof ReportsClosed)).forEach(o ->
            assertEquals("no open reports of item " + doc.id(), ((NotFoundException) o).getMessage(), o.toString()));
        ReviewState expected = won.get(0).outcome() == ReportOutcome.HIDDEN ? ReviewState.ARCHIVED
            : ReviewState.PUBLISHED;
        assertEquals(expected, convene.content().get(ADA, doc.id()).reviewState());
        assertEquals(List.of(Optional.of(won.get(0).outcome())), reports.mine(MAX).stream().map(Report::outcome)
            .toList());
      }
    }
  }

  /** What each of {@value #THREADS} calls started together returned, or the exception it threw. */
  private static List<Object> all(Call call) throws InterruptedException, ExecutionException {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Object>> futures = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        int index = i;
        Callable<Object> task = () -> {
          start.await();
          try {
            return call.run(index);
          } catch (RuntimeException e) {
            return e;
          }
        };
        futures.add(pool.submit(task));
      }
      start.countDown();
      List<Object> results = new ArrayList<>();
      for (Future<Object> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /** One call of the race. */
  @FunctionalInterface
  private interface Call {
    Object run(int index);
  }
}
