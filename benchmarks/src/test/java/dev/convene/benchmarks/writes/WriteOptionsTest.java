package dev.convene.benchmarks.writes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.storage.jdbc.Dialect;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WriteOptionsTest {

  @Test
  void takesTheDefaultsOfTheMavenProfile() {
    WriteOptions defaults = WriteOptions.parse(List.of());
    assertEquals(new WriteOptions(10_000, 100, List.of(Dialect.H2, Dialect.POSTGRESQL), List.of(0, 500),
        WriteOptions.DEFAULT_PG_URL, Path.of("benchmarks/target/bench/writes"), Path.of("benchmarks/target/bench/writes.md")),
        defaults);
    assertEquals("mvn -q -pl benchmarks -am -Pwrites -DskipTests package -Dbench.writes=10000 -Dbench.batch=100"
        + " -Dbench.databases=h2,postgresql -Dbench.h2.writeDelays=0,500", defaults.mavenCommand());
  }

  @Test
  void takesEveryOption() {
    WriteOptions options = WriteOptions.parse(List.of("--writes=1_000", "--batch=50", "--databases=postgresql, h2",
        "--h2-write-delays=100, 0", "--pg-url=jdbc:postgresql://db:5432/bench?user=bench", "--work=/tmp/w",
        "--out=/tmp/w.md"));
    assertEquals(new WriteOptions(1_000, 50, List.of(Dialect.POSTGRESQL, Dialect.H2), List.of(100, 0),
        "jdbc:postgresql://db:5432/bench?user=bench", Path.of("/tmp/w"), Path.of("/tmp/w.md")), options);
    assertEquals("mvn -q -pl benchmarks -am -Pwrites -DskipTests package -Dbench.writes=1000 -Dbench.batch=50"
        + " -Dbench.databases=postgresql,h2 -Dbench.h2.writeDelays=100,0"
        + " '-Dbench.pg.url=jdbc:postgresql://db:5432/bench?user=bench'",
        options.mavenCommand());
  }

  @ParameterizedTest
  @ValueSource(strings = {"--write=10", "writes=10", "--writes", "--=10", "-writes=10", "--WRITES=10"})
  void rejectsUnknownNames(String argument) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WriteOptions.parse(List.of(argument)));
    assertTrue(e.getMessage().contains("'" + argument + "'") || e.getMessage().contains("'" + argument + "' "),
        e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"--writes=many", "--writes=", "--writes=0", "--batch=0", "--batch=x", "--batch=20000",
      "--databases=", "--databases=mysql", "--databases=h2,h2", "--pg-url=jdbc:h2:mem:x",
      "--h2-write-delays=", "--h2-write-delays=-1", "--h2-write-delays=0,0", "--h2-write-delays=0.5"})
  void rejectsMalformedValues(String argument) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WriteOptions.parse(List.of(argument)));
    String name = argument.substring(0, argument.indexOf('='));
    assertTrue(e.getMessage().contains(name), e.getMessage());
  }

  @Test
  void takesAListThatEndsInAComma() {
    assertEquals(List.of(Dialect.H2), WriteOptions.parse(List.of("--databases=h2,")).databases());
  }

  @Test
  void rejectsAnArgumentGivenTwice() {
    assertThrows(IllegalArgumentException.class, () -> WriteOptions.parse(List.of("--writes=10", "--writes=20")));
  }
}
