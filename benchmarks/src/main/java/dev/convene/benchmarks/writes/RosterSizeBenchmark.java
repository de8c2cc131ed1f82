package dev.convene.benchmarks.writes;

import dev.convene.benchmarks.report.Latencies;
import dev.convene.benchmarks.report.Machine;
import dev.convene.core.model.Actor;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import dev.convene.platform.Convene;
import dev.convene.platform.MembershipService;
import dev.convene.storage.MemberQuery;
import dev.convene.storage.Storage;
import dev.convene.storage.jdbc.Dialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Membership changes per second through {@link MembershipService} in communities of different sizes:
 * a new user joins an open community and leaves it again, one transaction each, in communities
 * pre-filled (through the store, untimed) with 100, 10,000 and 100,000 active members, on H2 and
 * PostgreSQL. The sizes are measured in turns, several rounds each, so that a busy moment of a
 * shared machine falls on all of them alike; what matters is the ratio of the largest to the smallest
 * in one run. Settings are system properties: {@code bench.rosters.sizes}, {@code
 * bench.rosters.pairs} (join-and-leave pairs per size and round), {@code bench.rosters.rounds}, {@code
 * bench.databases}, {@code bench.pg.url}, {@code bench.rosters.work} and {@code bench.rosters.out}.
 */
public final class RosterSizeBenchmark {
  private static final Actor FOUNDER = Actor.user("founder");

  private RosterSizeBenchmark() {}

  /** Runs the benchmark and writes its Markdown report. */
  public static void main(String[] args) throws IOException {
    List<Integer> sizes = Arrays.stream(System.getProperty("bench.rosters.sizes", "100,10000,100000").split(","))
        .map(String::strip).map(Integer::valueOf).toList();
    int pairs = Integer.getInteger("bench.rosters.pairs", 200);
    int rounds = Integer.getInteger("bench.rosters.rounds", 5);
    String pgUrl = System.getProperty("bench.pg.url", WriteOptions.DEFAULT_PG_URL);
    Path work = Path.of(System.getProperty("bench.rosters.work", "target/bench/rosters"));
    Path out = Path.of(System.getProperty("bench.rosters.out", "target/bench/rosters.md")).toAbsolutePath();
    StringBuilder report = new StringBuilder();
    report.append(String.format(Locale.ROOT, "Measured on %s; %s; load average %.1f at the start.%n%n",
        LocalDate.now(), Machine.current().cores() + " cores", Machine.loadAverage()));
    report.append("| database | members | changes/s | p50 ms | p99 ms | changes/s ÷ those at the smallest size |\n|---|---:|---:|---:|---:|---:|\n");
    for (String name : System.getProperty("bench.databases", "h2,postgresql").split(",")) {
      Dialect dialect = Dialect.valueOf(name.strip().toUpperCase(Locale.ROOT));
      if (dialect == Dialect.POSTGRESQL && BenchDatabase.unreachable(pgUrl).isPresent()) {
        log("PostgreSQL is not reachable at %s: skipped", BenchDatabase.withoutParameters(pgUrl));
        report.append("| PostgreSQL | not reachable | | | | |\n");
        continue;
      }
      try (BenchDatabase database = dialect == Dialect.H2 ? BenchDatabase.h2(work, 0) : BenchDatabase.postgresql(pgUrl)) {
        report.append(measure(database, sizes, pairs, rounds));
      }
    }
    report.append(String.format(Locale.ROOT, "%nLoad average %.1f at the end.%n", Machine.loadAverage()));
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
    System.out.println(report);
    log("Report written to %s", out);
  }

  private static String measure(BenchDatabase database, List<Integer> sizes, int pairs, int rounds) {
    AtomicInteger ids = new AtomicInteger();
    try (Convene convene = Convene.builder().storage(database.storage()).ids(() -> "c" + ids.incrementAndGet())
        .build()) {
      MembershipService members = convene.memberships();
      Map<Integer, CommunityId> communities = new LinkedHashMap<>();
      for (int size : sizes) {
        CommunityId community = convene.communities().create(FOUNDER, "roster-" + size, b -> b.name("Roster " + size))
            .id();
        fill(database.storage(), community, size - 1); // the founder is the first member, and its admin
        communities.put(size, community);
        log("%s: %,d members in %s", database.dialect(), size, community);
      }
      communities.forEach((size, community) -> pairs(members, community, "warm-" + size, pairs, new Latencies()));
      Map<Integer, Latencies> latencies = new LinkedHashMap<>();
      Map<Integer, Double> seconds = new LinkedHashMap<>();
      for (int round = 0; round < rounds; round++) {
        List<Integer> order = new ArrayList<>(sizes);
        Collections.rotate(order, round); // each size goes first in some round
        for (int size : order) {
          Latencies l = latencies.computeIfAbsent(size, s -> new Latencies());
          long start = System.nanoTime();
          pairs(members, communities.get(size), "r" + round + "-" + size, pairs, l);
          seconds.merge(size, (System.nanoTime() - start) / 1e9, Double::sum);
        }
      }
      StringBuilder rows = new StringBuilder();
      double smallest = 0;
      for (int size : sizes) {
        long stored = database.storage().read(tx -> tx.memberships().count(communities.get(size), MemberQuery.all()));
        if (stored != size) {
          throw new IllegalStateException(communities.get(size) + " holds " + stored + " memberships, not " + size);
        }
        double perSecond = 2.0 * pairs * rounds / seconds.get(size);
        smallest = smallest == 0 ? perSecond : smallest;
        Latencies.Summary summary = latencies.get(size).summary();
        rows.append(String.format(Locale.ROOT, "| %s | %,d | %,.1f | %.2f | %.2f | %.2f |%n",
            database.dialect() == Dialect.H2 ? "H2" : "PostgreSQL", size, perSecond, summary.p50(),
            summary.p99(), perSecond / smallest));
      }
      return rows.toString();
    }
  }

  /** {@code count} new users each join the community and leave it, each change timed. */
  private static void pairs(MembershipService members, CommunityId community, String phase, int count,
      Latencies latencies) {
    for (int i = 0; i < count; i++) {
      Actor user = Actor.user("u-" + phase + "-" + i);
      long began = System.nanoTime();
      members.join(user, community);
      long joined = System.nanoTime();
      members.leave(user, community);
      latencies.record(joined - began, 1);
      latencies.record(System.nanoTime() - joined, 1);
    }
  }

  /** Inserts {@code count} active members through the store, a thousand per transaction. */
  private static void fill(Storage storage, CommunityId community, int count) {
    Instant since = Instant.parse("2026-01-01T00:00:00Z");
    for (int from = 0; from < count; from += 1_000) {
      int first = from;
      int last = Math.min(count, from + 1_000);
      storage.useTransaction(tx -> {
        for (int i = first; i < last; i++) {
          tx.memberships().insert(new Membership(community, UserId.of(String.format(Locale.ROOT, "m%07d", i)),
              MembershipState.ACTIVE, Role.MEMBER, Optional.empty(), Optional.empty(), since, Optional.empty(), 0));
        }
      });
    }
  }

  private static void log(String format, Object... args) {
    System.out.println("[rosters] " + String.format(Locale.ROOT, format, args));
  }
}
