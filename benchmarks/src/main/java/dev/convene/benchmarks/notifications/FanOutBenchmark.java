package dev.convene.benchmarks.notifications;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.convene.benchmarks.Arguments;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.JoinPolicy;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import dev.convene.platform.Convene;
import dev.convene.platform.OutboxSettings;
import dev.convene.storage.jdbc.Dialect;
import dev.convene.storage.jdbc.JdbcStorage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * One privacy change by a community's admin, told to its 100,000 members (bulk-filled through the
 * store), on H2 and on PostgreSQL: the caller's time, the time until the sink has them all, and the
 * heap. The baseline does the same fan-out in the same run on the caller's thread (no background
 * sender; the caller changes the privacy, then calls {@code deliverPending()}), which is what the
 * caller waited for when notifications were sent synchronously.
 *
 * <p>Arguments: {@code --members=100000 --databases=h2,postgresql --pg-url=... --work=<folder>}.
 */
public final class FanOutBenchmark {
  private static final Actor ADA = Actor.user("ada");

  private FanOutBenchmark() {}

  /** The arguments, as picocli reads them. */
  @Command(name = "fan-out-benchmark")
  private static final class Settings {
    @Option(names = "--members", defaultValue = "100000", converter = Arguments.WholeInt.class)
    int members;
    @Option(names = "--databases", defaultValue = "h2,postgresql", split = ",")
    List<String> databases;
    @Option(names = "--work", defaultValue = "target/bench/fanout")
    Path work;
    @Option(names = "--pg-url", defaultValue = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres")
    String pgUrl;
  }

  public static void main(String[] args) throws Exception {
    Settings settings = Arguments.parse(new Settings(), List.of(args));
    int members = settings.members;
    Path work = settings.work;
    String pgUrl = settings.pgUrl;
    System.out.printf("| database | run | caller's call, ms | until all delivered, ms | notifications | peak heap above"
        + " idle, MiB (used, or live where said) |%n|---|---|---:|---:|---:|---:|%n");
    for (String database : settings.databases) {
      Files.createDirectories(work);
      HikariConfig config = new HikariConfig();
      config.setMaximumPoolSize(4);
      Dialect dialect;
      String schema = "fanout_" + Long.toString(System.nanoTime(), 36);
      if (database.equals("h2")) {
        config.setJdbcUrl("jdbc:h2:file:" + Files.createTempDirectory(work, "h2-").resolve("convene"));
        config.setUsername("sa");
        dialect = Dialect.H2;
      } else {
        config.setJdbcUrl(pgUrl);
        dialect = Dialect.POSTGRESQL;
      }
      try (HikariDataSource pool = new HikariDataSource(config)) {
        JdbcStorage storage = JdbcStorage.builder(pool).dialect(dialect).schema(schema).build();
        run(database, storage, members);
        if (dialect == Dialect.POSTGRESQL) {
          try (var c = pool.getConnection(); var s = c.createStatement()) {
            s.execute("DROP SCHEMA \"" + schema + "\" CASCADE");
          }
        }
      }
    }
  }

  private static void run(String database, JdbcStorage storage, int members) throws Exception {
    Community warm = filled(storage, "warm-up", 2_000);
    Community big = filled(storage, "water", members - 1); // and ada, who is not told of her own change
    for (boolean measured : new boolean[] {false, true}) {
      Community c = measured ? big : warm;
      String tag = measured ? "" : " (warm-up)";
      for (int round = 0; round < (measured ? 2 : 1); round++) {
        Row sync = synchronous(storage, c, false);
        Row async = background(storage, c, false);
        if (measured) {
          System.out.println(sync.line(database, "on the caller's thread (baseline)"));
          System.out.println(async.line(database, "outbox, background sender"));
          System.out.printf(Locale.ROOT, "| %s | caller's time, outbox ÷ baseline | %.4f | | | |%n", database,
              async.callerMs / sync.callerMs);
        } else {
          System.out.println(sync.line(database, "baseline" + tag));
          System.out.println(async.line(database, "outbox" + tag));
        }
      }
      // the live heap: a full collection every 250 ms slows the run, so its times are not reported
      Row held = background(storage, c, true);
      System.out.printf(Locale.ROOT, "| %s | outbox, live heap sampled%s | | | %,d | %.0f |%n", database, tag,
          held.delivered, held.peakMiB);
    }
  }

  private record Row(double callerMs, double allMs, long delivered, double peakMiB) {
    String line(String database, String run) {
      return String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %,d | %.0f |", database, run, callerMs, allMs,
          delivered, peakMiB);
    }
  }

  private static Row synchronous(JdbcStorage storage, Community c, boolean live) throws Exception {
    CountingSink sink = new CountingSink();
    try (Convene convene = Convene.builder().storage(storage).notificationSink(sink)
        .outbox(OutboxSettings.defaults().withBackground(false)).build()) {
      HeapPeak heap = live ? HeapPeak.live() : HeapPeak.used();
      long t0 = System.nanoTime();
      toggle(convene, c);
      convene.notifications().deliverPending();
      long t1 = System.nanoTime();
      double peak = heap.stop();
      return new Row(ms(t1 - t0), ms(t1 - t0), sink.count(), peak);
    }
  }

  private static Row background(JdbcStorage storage, Community c, boolean live) throws Exception {
    CountingSink sink = new CountingSink();
    long expected = storage.read(tx -> tx.memberships().all(c.id()).size()) - 1L;
    try (Convene convene = Convene.builder().storage(storage).notificationSink(sink).build()) {
      HeapPeak heap = live ? HeapPeak.live() : HeapPeak.used();
      long t0 = System.nanoTime();
      toggle(convene, c);
      long t1 = System.nanoTime();
      sink.await(expected);
      long t2 = System.nanoTime();
      double peak = heap.stop();
      if (!convene.notifications().awaitDelivered(Duration.ofMinutes(5))) {
        throw new IllegalStateException("the outbox did not empty");
      }
      return new Row(ms(t1 - t0), ms(t2 - t0), sink.count(), peak);
    }
  }

  /** Ada turns the community semi-private, or public again: every member is told, at once by default. */
  private static void toggle(Convene convene, Community c) {
    Community now = convene.communities().get(ADA, c.id());
    boolean open = now.privacy() == Privacy.PUBLIC;
    convene.communities().update(ADA, c.id(), now.version(), b -> b.privacy(open ? Privacy.SEMI_PRIVATE : Privacy.PUBLIC)
        .joinPolicy(open ? JoinPolicy.REQUEST : JoinPolicy.OPEN));
  }

  private static Community filled(JdbcStorage storage, String slug, int count) {
    Community c;
    try (Convene convene = Convene.builder().storage(storage).outbox(OutboxSettings.defaults().withBackground(false))
        .build()) {
      c = convene.communities().create(ADA, slug + "-" + Long.toString(System.nanoTime(), 36), b -> b.name("Water"));
      convene.notifications().deliverPending();
    }
    for (int from = 0; from < count; from += 1_000) {
      int start = from;
      storage.useTransaction(tx -> {
        for (int i = start; i < Math.min(count, start + 1_000); i++) {
          tx.memberships().insert(new Membership(c.id(), UserId.of(String.format(Locale.ROOT, "m%06d", i)),
              MembershipState.ACTIVE, Role.MEMBER, Optional.empty(), Optional.empty(), Instant.now(),
              Optional.empty(), 0));
        }
      });
    }
    return c;
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
