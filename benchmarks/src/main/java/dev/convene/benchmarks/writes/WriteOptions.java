package dev.convene.benchmarks.writes;

import dev.convene.benchmarks.Arguments;
import dev.convene.storage.jdbc.Dialect;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The write benchmark's settings, from {@code --name=value} arguments (read by picocli).
 *
 * @param writes measured writes per series and mode ({@code --writes}, 10,000)
 * @param batch writes per transaction in the batched mode ({@code --batch}, 100); at most {@code writes}
 * @param databases the databases to measure, in order, without repeats ({@code --databases=h2,postgresql},
 *     the default)
 * @param h2WriteDelays the H2 write delays to measure, in ms, each on a database of its own: 0, the store's
 *     default, writes each commit to the file before it returns, the baseline beside it lets H2 hold
 *     commits in memory ({@code --h2-write-delays=0,500}, the default; 500 ms is H2's own default)
 * @param pgUrl the PostgreSQL server's JDBC URL ({@code --pg-url},
 *     {@value #DEFAULT_PG_URL})
 * @param work where the H2 database file lives, emptied at the start of a run ({@code --work})
 * @param out the Markdown report to write ({@code --out})
 */
public record WriteOptions(int writes, int batch, List<Dialect> databases, List<Integer> h2WriteDelays, String pgUrl,
    Path work, Path out) {
  /** The local PostgreSQL server: database {@code test}, user {@code postgres}, trust authentication. */
  public static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

  /**
   * Checks the values and copies the list.
   *
   * @throws IllegalArgumentException if a number is out of range, no database or one twice is named, or
   *     the URL is not a PostgreSQL one
   */
  public WriteOptions {
    if (writes < 1 || batch < 1 || batch > writes) {
      throw new IllegalArgumentException("--writes must be positive and --batch 1 to --writes, not writes="
          + writes + " and batch=" + batch);
    }
    databases = List.copyOf(databases);
    if (databases.isEmpty() || Set.copyOf(databases).size() != databases.size()) {
      throw new IllegalArgumentException("--databases must name h2, postgresql or both, each once: " + databases);
    }
    h2WriteDelays = List.copyOf(h2WriteDelays);
    if (h2WriteDelays.isEmpty() || Set.copyOf(h2WriteDelays).size() != h2WriteDelays.size()
        || h2WriteDelays.stream().anyMatch(delay -> delay < 0)) {
      throw new IllegalArgumentException("--h2-write-delays must name one or more delays in ms, 0 or more, each once: "
          + h2WriteDelays);
    }
    if (!pgUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("--pg-url must be a jdbc:postgresql: URL, not " + pgUrl);
    }
  }

  /**
   * Reads {@code --name=value} arguments; anything not given takes its default.
   *
   * @throws IllegalArgumentException naming an unknown, repeated or malformed argument
   */
  public static WriteOptions parse(List<String> args) {
    return Arguments.parse(new Settings(), args).options();
  }

  /** The one Maven command, run from the repository's root, that repeats this run. */
  public String mavenCommand() {
    String url = pgUrl.equals(DEFAULT_PG_URL) ? "" : " '-Dbench.pg.url=" + pgUrl + "'";
    return "mvn -q -pl benchmarks -am -Pwrites -DskipTests package -Dbench.writes=" + writes + " -Dbench.batch="
        + batch + " -Dbench.databases=" + String.join(",", databases.stream().map(Dialect::storageName).toList())
        + " -Dbench.h2.writeDelays=" + String.join(",", h2WriteDelays.stream().map(String::valueOf).toList()) + url;
  }

  /** The arguments, as picocli reads them. */
  @Command(name = "write-benchmark")
  private static final class Settings {
    @Option(names = "--writes", defaultValue = "10000", converter = Arguments.WholeInt.class)
    int writes;
    @Option(names = "--batch", defaultValue = "100", converter = Arguments.WholeInt.class)
    int batch;
    @Option(names = "--databases", defaultValue = "h2,postgresql", split = ",", converter = DialectName.class)
    List<Dialect> databases;
    @Option(names = "--h2-write-delays", defaultValue = "0,500", split = ",", converter = Millis.class)
    List<Integer> h2WriteDelays;
    @Option(names = "--pg-url", defaultValue = DEFAULT_PG_URL)
    String pgUrl;
    @Option(names = "--work", defaultValue = "benchmarks/target/bench/writes")
    Path work;
    @Option(names = "--out", defaultValue = "benchmarks/target/bench/writes.md")
    Path out;

    WriteOptions options() {
      return new WriteOptions(writes, batch, databases, h2WriteDelays, pgUrl, work, out);
    }
  }

  /** A database of {@code --databases}: h2 or postgresql. */
  private static final class DialectName implements ITypeConverter<Dialect> {
    @Override
    public Dialect convert(String value) {
      try {
        return Dialect.valueOf(value.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("'" + value + "' is neither h2 nor postgresql");
      }
    }
  }

  /** A delay of {@code --h2-write-delays}: whole milliseconds. */
  private static final class Millis implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return new Arguments.WholeInt().convert(value.strip());
    }
  }
}
