package dev.convene.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The command line on an H2 database in a file")
class ConveneCliTest {
  @TempDir
  Path folder;

  private String url;

  @BeforeEach
  void database() {
    url = H2World.url(folder);
  }

  @Test
  @DisplayName("migrate brings an empty database to the current schema once; stats then counts nothing")
  void migrateThenStats() {
    Run first = Run.of("migrate", "--jdbc-url", url);
    assertEquals(0, first.exitCode(), first::toString);
    assertTrue(first.out().startsWith("Ran ") && first.out().contains("migrations: the schema is current"),
        first::toString);

    Run again = Run.of("migrate", "--jdbc-url=" + url);
    assertEquals(0, again.exitCode(), again::toString);
    assertEquals("The schema is current: no migration to run.", again.out().strip());

    Run stats = Run.of("stats", "--jdbc-url", url);
    assertEquals(0, stats.exitCode(), stats::toString);
    assertEquals(List.of("communities 0", "memberships 0", "items 0", "changes 0"), squeezed(stats.out()));
    assertEquals("", stats.err());
  }

  @Test
  @DisplayName("stats counts what the store holds; rebuild-index indexes it all and stats --index agrees")
  void rebuildIndexAndStats() {
    seed();
    Run stats = Run.of("stats", "--jdbc-url", url);
    assertEquals(0, stats.exitCode(), stats::toString);
    // two communities, each with its creator as admin, olga joined one; three documents; every write logged
    List<String> lines = squeezed(stats.out());
    assertEquals(List.of("communities 2", "memberships 3", "items 3"), lines.subList(0, 3));
    assertTrue(lines.get(3).matches("changes [1-9][0-9]*"), stats::toString);

    Path index = folder.resolve("index");
    Run rebuild = Run.of("rebuild-index", "--jdbc-url", url, "--index", index.toString());
    assertEquals(0, rebuild.exitCode(), rebuild::toString);
    List<String> out = rebuild.out().lines().toList();
    assertEquals("Indexing: 0 of 5 (0%)", out.get(0), rebuild::toString);
    assertTrue(out.contains("Indexing: 5 of 5 (100%)"), rebuild::toString);
    assertTrue(out.getLast().startsWith("Indexed 5 documents, following the change log from "), rebuild::toString);
    assertTrue(out.getLast().endsWith("; 0 could not be indexed."), rebuild::toString);

    Run indexed = Run.of("stats", "--jdbc-url", url, "--index", index.toString());
    assertEquals(0, indexed.exitCode(), indexed::toString);
    List<String> withIndex = squeezed(indexed.out());
    assertAll(
        () -> assertTrue(withIndex.contains("index.documents 5"), indexed::toString),
        () -> assertTrue(withIndex.contains("index.failures 0"), indexed::toString),
        () -> assertEquals(lines.get(3).replace("changes", "index.visible-change"),
            withIndex.stream().filter(l -> l.startsWith("index.visible-change")).findFirst().orElseThrow()));
  }

  @Test
  @DisplayName("a failing command says why in one line on standard error and exits 1")
  void failureIsOneLine() {
    Run stats = Run.of("stats", "--jdbc-url", url);
    assertEquals(1, stats.exitCode(), stats::toString);
    assertEquals(1, stats.errLines().size(), stats::toString);
    assertTrue(stats.errLines().get(0).startsWith("convene stats: The database schema is at version 0"),
        stats::toString);
    assertTrue(stats.errLines().get(0).contains("run JdbcStorage.migrate first"), stats::toString);
  }

  @Test
  @DisplayName("stats --index refuses a directory without an index rather than build one there")
  void statsWithoutAnIndex() {
    assertEquals(0, Run.of("migrate", "--jdbc-url", url).exitCode());
    Path nowhere = folder.resolve("no-index");
    Run stats = Run.of("stats", "--jdbc-url", url, "--index", nowhere.toString());
    assertEquals(1, stats.exitCode(), stats::toString);
    assertEquals(List.of("convene stats: there is no search index in " + nowhere + ": rebuild-index makes one"),
        stats.errLines());
    assertFalse(Files.exists(nowhere), "stats created " + nowhere);
  }

  @Test
  @DisplayName("a wrong password is one line too, whatever the driver's message")
  void wrongPassword() {
    assertEquals(0, Run.of("migrate", "--jdbc-url", url).exitCode());
    Run stats = Run.of("stats", "--jdbc-url", url, "--password", "not-the-password");
    assertEquals(1, stats.exitCode(), stats::toString);
    assertEquals(1, stats.errLines().size(), stats::toString);
    assertTrue(stats.err().startsWith("convene stats: "), stats::toString);
    assertTrue(stats.err().toLowerCase(Locale.ROOT).contains("password"), stats::toString);
  }

  @Test
  @DisplayName("--verbose adds the stack trace to the failure's line")
  void verboseShowsTheStackTrace() {
    Run stats = Run.of("stats", "--jdbc-url", url, "--verbose");
    assertEquals(1, stats.exitCode(), stats::toString);
    assertTrue(stats.errLines().get(0).startsWith("convene stats: The database schema is at version 0"));
    assertTrue(stats.errLines().size() > 3, stats::toString);
    assertTrue(stats.err().contains("JdbcStorage$Builder.build("), stats::toString);
  }

  @Test
  @DisplayName("usage errors exit 2 with picocli's message and the usage")
  void usageErrors() {
    Run unknown = Run.of("stats", "--jdbc-url", url, "--colour");
    assertEquals(2, unknown.exitCode(), unknown::toString);
    assertTrue(unknown.err().startsWith("Unknown option: '--colour'"), unknown::toString);
    assertTrue(unknown.err().contains("Usage: convene stats"), unknown::toString);

    Run mysql = Run.of("stats", "--jdbc-url", "jdbc:mysql://localhost/portal");
    assertEquals(2, mysql.exitCode(), mysql::toString);
    assertTrue(mysql.err().contains("'jdbc:mysql://localhost/portal' is neither a jdbc:h2: nor a jdbc:postgresql: URL"),
        mysql::toString);

    Run noIndex = Run.of("rebuild-index", "--jdbc-url", url);
    assertEquals(2, noIndex.exitCode(), noIndex::toString);
    assertTrue(noIndex.err().startsWith("Missing required option: '--index'"), noIndex::toString);

    Run nothing = Run.of();
    assertEquals(2, nothing.exitCode(), nothing::toString);
    assertTrue(nothing.err().startsWith("Missing a command: one of [migrate, rebuild-index, stats, import-skos, export-skos, "
        + "export-community, import-community, export-user, erase-user, help]"),
        nothing::toString);

    Run unknownCommand = Run.of("vacuum");
    assertEquals(2, unknownCommand.exitCode(), unknownCommand::toString);
    assertTrue(unknownCommand.err().startsWith("Unmatched argument at index 0: 'vacuum'"), unknownCommand::toString);
  }

  @Test
  @DisplayName("--help lists every command, and each command's help its options")
  void help() {
    Run help = Run.of("--help");
    assertEquals(0, help.exitCode(), help::toString);
    assertTrue(help.out().startsWith("Usage: convene [-hV] [COMMAND]"), help::toString);
    for (String command : List.of("migrate", "rebuild-index", "stats", "import-skos", "export-skos",
        "export-community", "import-community", "export-user", "erase-user", "help")) {
      assertTrue(help.out().lines().anyMatch(l -> l.strip().startsWith(command + " ")), command);
    }
    Run stats = Run.of("help", "stats");
    assertEquals(0, stats.exitCode(), stats::toString);
    for (String option : List.of("--jdbc-url", "--user", "--password", "--index", "--blobs", "--as", "--verbose")) {
      assertTrue(stats.out().contains(option), option);
    }
  }

  private void seed() {
    H2World.build(url, List.of("Tariffs", "Leaks", "Meters"), convene -> { });
  }

  /** Each line with its run of blanks between name and value made one. */
  private static List<String> squeezed(String out) {
    return out.lines().map(l -> l.strip().replaceAll("\\s+", " ")).toList();
  }
}
