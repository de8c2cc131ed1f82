package dev.convene.benchmarks.writes;

import dev.convene.benchmarks.report.Machine;
import dev.convene.storage.jdbc.Dialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The write benchmark: writes per second through the JDBC store on H2 (a new file for each write delay
 * asked for: the store's default, every commit written to the file before it returns, and H2's own
 * 500 ms beside it as the baseline) and PostgreSQL (a new schema), one thread, for three series
 * (communities, memberships in existing communities, documents in existing communities), each one
 * write per transaction and then a batch per transaction, and writes a Markdown report. Run it from the repository's root with {@code mvn -q -pl
 * benchmarks -am -Pwrites -DskipTests package}, or directly with the arguments of {@link WriteOptions}.
 *
 * <p>When PostgreSQL cannot be reached the run says so and measures H2 alone, unless PostgreSQL is all
 * it was asked to measure.
 */
public final class WriteBenchmark {
  private WriteBenchmark() {}

  /**
   * Runs the benchmark, prints the report and writes it to {@code --out}.
   *
   * @param args {@code --name=value} settings, see {@link WriteOptions}
   * @throws IllegalArgumentException if an argument is unknown or malformed
   * @throws IllegalStateException if PostgreSQL alone was asked for and cannot be reached, or a store
   *     holds other counts than were written
   * @throws IOException if the report cannot be written
   */
  public static void main(String[] args) throws IOException {
    WriteOptions options = WriteOptions.parse(List.of(args));
    String report = run(options).render();
    Path out = options.out().toAbsolutePath();
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
    System.out.println();
    System.out.println(report);
    log("Report written to %s", out);
  }

  /**
   * Measures every database {@code options} names that can be reached.
   *
   * @throws IllegalStateException if none of them can be reached, or a store holds other counts than
   *     were written
   */
  static WriteReport run(WriteOptions options) {
    List<String> notes = new ArrayList<>();
    List<Dialect> databases = new ArrayList<>(options.databases());
    if (databases.contains(Dialect.POSTGRESQL)) {
      Optional<String> why = BenchDatabase.unreachable(options.pgUrl());
      if (why.isPresent()) {
        String notice = "PostgreSQL is not reachable at " + BenchDatabase.withoutParameters(options.pgUrl()) + " ("
            + why.get() + ")";
        if (databases.size() == 1) {
          throw new IllegalStateException(notice + ", and it is the only database asked for (--databases="
              + "postgresql): nothing to measure");
        }
        log("%s: measuring H2 only", notice);
        notes.add(notice + ": H2 was measured alone.");
        databases.remove(Dialect.POSTGRESQL);
      }
    }
    List<DatabaseRun> runs = new ArrayList<>();
    for (Dialect dialect : databases) {
      if (dialect == Dialect.H2) {
        for (int delay : options.h2WriteDelays()) {
          try (BenchDatabase database = BenchDatabase.h2(options.work(), delay)) {
            runs.add(DatabaseRun.measure(database, options.writes(), options.batch()));
          }
        }
      } else {
        try (BenchDatabase database = BenchDatabase.postgresql(options.pgUrl())) {
          runs.add(DatabaseRun.measure(database, options.writes(), options.batch()));
        }
      }
    }
    return new WriteReport(LocalDate.now(), options, Machine.current(), runs, notes);
  }

  static void log(String format, Object... args) {
    System.out.println("[writes] " + String.format(Locale.ROOT, format, args));
  }
}
