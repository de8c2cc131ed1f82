package dev.convene.benchmarks.report;

import dev.convene.benchmarks.engine.Engines;
import dev.convene.benchmarks.query.QueryClass;
import dev.convene.core.model.Privacy;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes a run as a Markdown section: the machine, the exact command, the world, then indexing and
 * per-class latency for each engine, with a full page and with ids only, with Convene/raw ratios when Convene's engine ran and a plain
 * "pending" when it did not, and for any other engine its ratios to both.
 *
 * @param date the day of the run
 * @param mavenCommand the Maven command that repeats the run
 * @param machine where it ran
 * @param world what was searched
 * @param queries the number of distinct queries in the mix, and per class
 * @param passes the warm-up and measured passes over the mix
 * @param streamDocumentsPerSecond how fast the document stream alone is generated
 * @param runs what each engine measured, the baseline first
 */
public record MarkdownReport(LocalDate date, String mavenCommand, Machine machine, WorldFacts world,
    Map<QueryClass, Long> queries, String passes, double streamDocumentsPerSecond, List<EngineRun> runs) {
  private static final String BASELINE = "raw-lucene";

  /** Copies the collections. */
  public MarkdownReport {
    queries = Map.copyOf(queries);
    runs = List.copyOf(runs);
  }

  /** The Markdown text. */
  public String render() {
    StringBuilder md = new StringBuilder();
    md.append(String.format(Locale.ROOT, "## Search benchmark, %,d documents (%s)%n%n", world.documents(), date));
    machine(md);
    worldSection(md);
    Optional<EngineRun> convene = runs.stream().filter(r -> r.engine().equals(Engines.CONVENE)).findFirst();
    md.append(convene.isPresent() ? "Engines: " + String.join(", ", runs.stream().map(EngineRun::engine).toList())
        : "Engines: the raw Lucene baseline alone. **Convene's search is not on the classpath, so the Convene "
            + "column is pending** until its module lands and its engine is registered (see `Engines`).")
        .append("\n\n");
    indexing(md);
    latency(md, convene);
    audiences(md);
    throughput(md);
    freshness(md);
    return md.toString();
  }

  private void machine(StringBuilder md) {
    md.append("| machine | |\n|---|---|\n")
        .append(row("cores", machine.cores() + " (" + machine.cpu() + ")"))
        .append(row("memory", gib(machine.memoryBytes())))
        .append(row("JDK", machine.jdk()))
        .append(row("OS", machine.os()))
        .append(row("JVM heap", "max " + gib(machine.maxHeapBytes()) + "; arguments `"
            + String.join(" ", machine.jvmArguments()) + "`"))
        .append(row("command", "`" + mavenCommand + "`"))
        .append(row("passes", passes))
        .append('\n');
  }

  private void worldSection(StringBuilder md) {
    Map<Privacy, Long> privacy = world.communitiesByPrivacy();
    md.append("| world | |\n|---|---|\n")
        .append(row("documents", String.format(Locale.ROOT, "%,d, from %,d Europarl texts (%s); the stream alone "
            + "generates %,.0f documents/s", world.documents(), world.corpusLanguages().values().stream()
                .mapToLong(Long::longValue).sum(), new TreeMap<>(world.corpusLanguages()), streamDocumentsPerSecond)))
        .append(row("communities", String.format(Locale.ROOT, "%,d public, %,d semi-private, %,d private "
            + "(%d hidden groups); Zipf sizes, the largest holds %.1f %% of the documents",
            privacy.getOrDefault(Privacy.PUBLIC, 0L), privacy.getOrDefault(Privacy.SEMI_PRIVATE, 0L),
            privacy.getOrDefault(Privacy.PRIVATE, 0L), world.hiddenGroups(), 100 * world.largestCommunityShare())))
        .append(row("taxonomy", String.format(Locale.ROOT, "%,d concepts in %d schemes, %d levels deep, %d with "
            + "two broader concepts; labels in en, fr, es", world.concepts(), world.schemes(), world.depth(),
            world.polyhierarchical())))
        .append(row("audiences", "anonymous, and members of " + world.membershipCounts().stream()
            .map(n -> String.format(Locale.ROOT, "%,d", n)).collect(Collectors.joining(", ")) + " communities"))
        .append(row("queries", String.format(Locale.ROOT, "%,d distinct: %s; each with the privacy filter, "
            + "a concept-scheme facet and a type facet, top 20", queries.values().stream().mapToLong(Long::longValue)
                .sum(), new TreeMap<>(queries))))
        .append('\n');
  }

  private void indexing(StringBuilder md) {
    md.append("| indexing | documents/s | time | index size | heap after indexing | load average | details |\n")
        .append("|---|---:|---:|---:|---:|---:|---|\n");
    for (EngineRun run : runs) {
      md.append(String.format(Locale.ROOT, "| %s | %,.0f | %.1f s | %s | %s | %.1f → %.1f | %s |%n", run.engine(),
          run.documentsPerSecond(), run.indexSeconds(), mib(run.indexBytes()), mib(run.heapAfterIndexBytes()),
          run.loadBefore(), run.loadAfter(), new TreeMap<>(run.details())));
    }
    if (runs.stream().noneMatch(r -> r.engine().equals(Engines.CONVENE))) {
      md.append("| convene | pending | pending | pending | pending | | |\n");
    }
    md.append('\n');
    if (runs.stream().anyMatch(r -> Math.max(r.loadBefore(), r.loadAfter()) > machine.cores())) {
      md.append("The load average exceeded the number of cores: other work competed for the processors, so these "
          + "numbers are slower than the machine can do.\n\n");
    }
  }

  private void latency(StringBuilder md, Optional<EngineRun> convene) {
    EngineRun raw = runs.stream().filter(r -> r.engine().equals(BASELINE)).findFirst().orElse(runs.get(0));
    md.append("**Full page**: the total, both facets, and the top hits' ids, titles and highlighted snippets.\n\n");
    latency(md, raw, convene, EngineRun::byClass);
    if (!raw.byClassIds().isEmpty()) {
      md.append("**Ids only**: the total, both facets and the top hits' ids; no text read or highlighted.\n\n");
      latency(md, raw, convene.filter(c -> !c.byClassIds().isEmpty()), EngineRun::byClassIds);
    }
    for (EngineRun other : runs) {
      if (other != raw && !other.engine().equals(Engines.CONVENE)) {
        alternative(md, other, raw, convene);
      }
    }
  }

  private static void latency(StringBuilder md, EngineRun raw, Optional<EngineRun> convene,
      Function<EngineRun, Map<QueryClass, Latencies.Summary>> pass) {
    md.append("| latency (ms) | queries | raw p50 | raw p90 | raw p99 | raw mean | raw mean hits | Convene p50 | "
        + "Convene p90 | Convene p99 | Convene mean | Convene mean hits | Convene/raw p50 | Convene/raw p99 |\n"
        + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (QueryClass kind : QueryClass.values()) {
      Latencies.Summary r = pass.apply(raw).get(kind);
      md.append(String.format(Locale.ROOT, "| %s | %,d | %.2f | %.2f | %.2f | %.2f | %,.0f | ", kind.name()
          .toLowerCase(Locale.ROOT), r.count(), r.p50(), r.p90(), r.p99(), r.mean(), r.meanHits()));
      md.append(convene.map(c -> {
        Latencies.Summary s = pass.apply(c).get(kind);
        return String.format(Locale.ROOT, "%.2f | %.2f | %.2f | %.2f | %,.0f | %.2f | %.2f |", s.p50(), s.p90(),
            s.p99(), s.mean(), s.meanHits(), s.p50() / r.p50(), s.p99() / r.p99());
      }).orElse("pending | pending | pending | pending | pending | pending | pending |")).append('\n');
    }
    md.append('\n');
  }

  /** An engine beside the two: its latency, and its ratios to the baseline and to Convene. */
  private static void alternative(StringBuilder md, EngineRun other, EngineRun raw, Optional<EngineRun> convene) {
    String name = other.engine();
    md.append("| latency (ms) | queries | " + name + " p50 | " + name + " p90 | " + name + " p99 | " + name + " mean | "
        + name + " mean hits | " + name + "/raw p50 | " + name + "/raw p99 | " + name + "/Convene p50 | " + name
        + "/Convene p99 |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (QueryClass kind : QueryClass.values()) {
      Latencies.Summary s = other.byClass().get(kind);
      Latencies.Summary r = raw.byClass().get(kind);
      md.append(String.format(Locale.ROOT, "| %s | %,d | %.2f | %.2f | %.2f | %.2f | %,.0f | %.2f | %.2f | %s |%n",
          kind.name().toLowerCase(Locale.ROOT), s.count(), s.p50(), s.p90(), s.p99(), s.mean(), s.meanHits(),
          s.p50() / r.p50(), s.p99() / r.p99(), convene.map(c -> {
            Latencies.Summary cs = c.byClass().get(kind);
            return String.format(Locale.ROOT, "%.2f | %.2f", s.p50() / cs.p50(), s.p99() / cs.p99());
          }).orElse("not run | not run")));
    }
    md.append('\n');
  }

  private void audiences(StringBuilder md) {
    md.append("| per audience (ms) | engine | queries | p50 | p90 | p99 | mean hits |\n")
        .append("|---|---|---:|---:|---:|---:|---:|\n");
    for (EngineRun run : runs) {
      run.byAudience().entrySet().forEach(e ->
          md.append(String.format(Locale.ROOT, "| %s | %s | %,d | %.2f | %.2f | %.2f | %,.0f |%n", e.getKey(),
              run.engine(), e.getValue().count(), e.getValue().p50(), e.getValue().p90(), e.getValue().p99(),
              e.getValue().meanHits())));
    }
    md.append('\n');
  }

  private void throughput(StringBuilder md) {
    if (runs.stream().allMatch(run -> run.queriesPerSecond().isEmpty())) {
      return;
    }
    md.append("| throughput | searching threads | full-page queries/s |\n|---|---:|---:|\n");
    for (EngineRun run : runs) {
      run.queriesPerSecond().forEach((threads, rate) -> md.append(String.format(Locale.ROOT,
          "| %s | %d | %,.0f |%n", run.engine(), threads, rate)));
    }
    md.append('\n');
  }

  private void freshness(StringBuilder md) {
    md.append("| first query after indexing | ms |\n|---|---:|\n");
    runs.forEach(run -> md.append(String.format(Locale.ROOT, "| %s | %.1f |%n", run.engine(), run.firstQueryMillis())));
    md.append('\n');
    if (runs.stream().allMatch(run -> run.freshness().isEmpty())) {
      return;
    }
    md.append("| a new item searchable after (ms) | engine | items | p50 | p90 | p99 | max |\n")
        .append("|---|---|---:|---:|---:|---:|---:|\n");
    for (EngineRun run : runs) {
      run.freshness().forEach((how, s) -> md.append(String.format(Locale.ROOT,
          "| %s | %s | %,d | %.1f | %.1f | %.1f | %.1f |%n", how.equals("woken")
              ? "indexer woken after the write" : "indexer left to poll (200 ms)", run.engine(), s.count(), s.p50(),
          s.p90(), s.p99(), s.max())));
    }
    md.append('\n');
  }

  private static String row(String name, String value) {
    return "| " + name + " | " + value + " |\n";
  }

  private static String gib(long bytes) {
    return String.format(Locale.ROOT, "%.1f GiB", bytes / (1024.0 * 1024 * 1024));
  }

  private static String mib(long bytes) {
    return String.format(Locale.ROOT, "%,.0f MiB", bytes / (1024.0 * 1024));
  }
}
