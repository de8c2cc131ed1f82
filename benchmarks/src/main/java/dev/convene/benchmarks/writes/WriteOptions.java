package dev.convene.benchmarks.writes;

import dev.convene.storage.jdbc.Dialect;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The write benchmark's settings, from {@code --name=value} arguments.
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

  private static final Set<String> NAMES = Set.of("writes", "batch", "databases", "h2-write-delays", "pg-url", "work",
      "out");

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
   * Parses {@code --name=value} arguments; anything not given takes its default.
   *
   * @throws IllegalArgumentException naming an unknown, repeated or malformed argument
   */
  public static WriteOptions parse(List<String> args) {
    Map<String, String> given = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      String name = arg.startsWith("--") && eq > 2 ? arg.substring(2, eq) : "";
      if (!NAMES.contains(name)) {
        throw new IllegalArgumentException("Unknown argument " + arg + "; expected --name=value with a name of "
            + new TreeSet<>(NAMES));
      }
      if (given.put(name, arg.substring(eq + 1)) != null) {
        throw new IllegalArgumentException("--" + name + " is given twice");
      }
    }
    return new WriteOptions(number(given, "writes", "10000"), number(given, "batch", "100"),
        databases(given.getOrDefault("databases", "h2,postgresql")), delays(given.getOrDefault("h2-write-delays", "0,500")),
        given.getOrDefault("pg-url", DEFAULT_PG_URL),
        Path.of(given.getOrDefault("work", "benchmarks/target/bench/writes")),
        Path.of(given.getOrDefault("out", "benchmarks/target/bench/writes.md")));
  }

  /** The one Maven command, run from the repository's root, that repeats this run. */
  public String mavenCommand() {
    String url = pgUrl.equals(DEFAULT_PG_URL) ? "" : " '-Dbench.pg.url=" + pgUrl + "'";
    return "mvn -q -pl benchmarks -am -Pwrites -DskipTests package -Dbench.writes=" + writes + " -Dbench.batch="
        + batch + " -Dbench.databases=" + String.join(",", databases.stream().map(Dialect::storageName).toList())
        + " -Dbench.h2.writeDelays=" + String.join(",", h2WriteDelays.stream().map(String::valueOf).toList()) + url;
  }

  private static int number(Map<String, String> given, String name, String otherwise) {
    String value = given.getOrDefault(name, otherwise);
    try {
      return Integer.parseInt(value.replace("_", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + name + " must be a whole number, not \"" + value + "\"", e);
    }
  }

  private static List<Integer> delays(String value) {
    List<Integer> delays = new ArrayList<>();
    for (String delay : value.split(",", -1)) {
      try {
        delays.add(Integer.parseInt(delay.strip()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--h2-write-delays takes whole milliseconds, comma-separated, not \""
            + value + "\"", e);
      }
    }
    return delays;
  }

  private static List<Dialect> databases(String value) {
    List<Dialect> databases = new ArrayList<>();
    for (String name : value.split(",", -1)) {
      try {
        databases.add(Dialect.valueOf(name.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--databases takes h2 and postgresql, comma-separated, not \"" + value
            + "\"", e);
      }
    }
    return databases;
  }
}
