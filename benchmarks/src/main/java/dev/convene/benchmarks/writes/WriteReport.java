package dev.convene.benchmarks.writes;

import dev.convene.benchmarks.report.Latencies;
import dev.convene.benchmarks.report.Machine;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Writes a run of the write benchmark as a Markdown section: the command and the machine, the
 * databases, what each write is, then writes per second for each database, series and mode with
 * per-transaction latency, and what the stores held afterwards.
 *
 * @param date the day of the run
 * @param options the run's settings
 * @param machine where it ran
 * @param runs what each database measured, in the order they ran
 * @param notes what the reader must know besides, such as a database that could not be reached
 */
record WriteReport(LocalDate date, WriteOptions options, Machine machine, List<DatabaseRun> runs, List<String> notes) {

  /** Copies the lists. */
  WriteReport {
    runs = List.copyOf(runs);
    notes = List.copyOf(notes);
  }

  /** The Markdown text. */
  String render() {
    StringBuilder md = new StringBuilder();
    md.append(format("## Write benchmark, %,d writes per series (%s)%n%n", options.writes(), date));
    setup(md);
    databases(md);
    writes(md);
    rates(md);
    afterwards(md);
    notes.forEach(note -> md.append("**Note:** ").append(note).append("\n\n"));
    return md.toString();
  }

  private void setup(StringBuilder md) {
    md.append("| run | |\n|---|---|\n")
        .append(row("command", "`" + options.mavenCommand() + "`"))
        .append(row("cores", machine.cores() + " (" + machine.cpu() + ")"))
        .append(row("memory", gib(machine.memoryBytes())))
        .append(row("JDK", machine.jdk()))
        .append(row("OS", machine.os()))
        .append(row("JVM", "max heap " + gib(machine.maxHeapBytes()) + "; arguments `"
            + String.join(" ", machine.jvmArguments()) + "`"))
        .append(row("load average (1 min)", String.join("; ", runs.stream().map(r -> format(
            "%s: %.2f before, %.2f after", r.name(), r.loadBefore(), r.loadAfter())).toList())))
        .append(row("threads", "one; each database behind a HikariCP pool of 2 connections"))
        .append(row("warm-up", format("on each database, a pass of every series in both modes, %,d writes each "
            + "(a tenth of the measured ones, rounded up), before anything is measured; then the measured series, "
            + "in the order of the table", SeriesRun.warmupWrites(options.writes()))))
        .append(row("batched", format("%,d writes per transaction: the stores have no bulk write, so a batch is "
            + "as many single inserts in one transaction", options.batch())))
        .append('\n');
  }

  private void databases(StringBuilder md) {
    md.append("| database | version | driver | data | durability |\n|---|---|---|---|---|\n");
    for (DatabaseRun run : runs) {
      DatabaseFacts facts = run.facts();
      md.append(format("| %s | %s | %s | %s | %s |%n", run.name(), facts.server(), facts.driver(),
          facts.where(), facts.durability()));
    }
    md.append('\n');
  }

  private static void writes(StringBuilder md) {
    md.append("What one write is:\n\n");
    for (Series series : Series.values()) {
      md.append("- **").append(series.label()).append("**: ").append(series.description()).append('\n');
    }
    md.append('\n');
  }

  private void rates(StringBuilder md) {
    md.append(format("| database | series | single: writes/s | single: p50 / p99 ms | batched (%d per "
        + "transaction): writes/s | batched: p50 / p99 ms per transaction | batched ÷ single |%n", options.batch()))
        .append("|---|---|---:|---:|---:|---:|---:|\n");
    for (DatabaseRun run : runs) {
      for (Series series : Series.values()) {
        Timing single = run.timing(series, Mode.SINGLE);
        Timing batched = run.timing(series, Mode.BATCHED);
        md.append(format("| %s | %s | %,.0f | %s | %,.0f | %s | %.1f× |%n", run.name(),
            series.label(), single.writesPerSecond(), percentiles(single.perTransaction()),
            batched.writesPerSecond(), percentiles(batched.perTransaction()),
            batched.writesPerSecond() / single.writesPerSecond()));
      }
    }
    md.append('\n');
  }

  private void afterwards(StringBuilder md) {
    md.append("| database | empty transactions/s | empty: p50 / p99 ms | read back through the store after the run "
        + "| data size |\n|---|---:|---:|---|---:|\n");
    for (DatabaseRun run : runs) {
      StoredCounts stored = run.stored();
      md.append(format("| %s | %,.0f | %s | %,d communities, %,d memberships, %,d items, %,d change-log entries: "
          + "as written | %,.1f MiB |%n", run.name(), run.emptyTransactions().transactionsPerSecond(),
          percentiles(run.emptyTransactions().perTransaction()), stored.communities(), stored.memberships(),
          stored.items(), stored.lastChange(), run.sizeBytes() / 1048576.0));
    }
    md.append("\nAn empty transaction borrows a connection, prepares it (manual commit, snapshot isolation), commits "
        + "nothing and gives it back: the fixed cost every single write pays on top of its own.\n\n");
  }

  private static String percentiles(Latencies.Summary summary) {
    return format("%.3f / %.3f", summary.p50(), summary.p99());
  }

  private static String row(String name, String value) {
    return "| " + name + " | " + value + " |\n";
  }

  private static String gib(long bytes) {
    return format("%.1f GiB", bytes / 1073741824.0);
  }

  private static String format(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
