package dev.convene.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BenchmarkOptionsTest {

  @Test
  void defaultsAndOverrides() {
    BenchmarkOptions defaults = BenchmarkOptions.parse(List.of());
    assertEquals(100_000, defaults.documents());
    assertEquals(42, defaults.seed());
    BenchmarkOptions million = BenchmarkOptions.parse(List.of("--docs=1_000_000", "--warmup=1"));
    assertEquals(1_000_000, million.documents());
    assertEquals(1, million.warmup());
    assertTrue(million.mavenCommand().contains("-Dbench.docs=1000000"));
  }

  @Test
  void takesWhatTheBenchProfilePasses() {
    // with -Dbench.engines unset, the profile passes an empty --engines=
    BenchmarkOptions options = BenchmarkOptions.parse(List.of("--docs=100000", "--seed=42", "--warmup=3",
        "--iterations=5", "--queries=1200", "--freshness=100", "--engines=", "--corpus=/c/europarl.gz", "--work=/w",
        "--out=/w/report.md"));
    assertEquals(new BenchmarkOptions(100_000, 42, 3, 5, 1_200, 100, Set.of(), true, 0, 0, Path.of("/c/europarl.gz"),
        Path.of("/w"), Path.of("/w/report.md")), options);
    BenchmarkOptions fullPagesOnly = BenchmarkOptions.parse(List.of("--ids-only=false"));
    assertFalse(fullPagesOnly.idsOnly());
    assertTrue(fullPagesOnly.mavenCommand().endsWith("-Dbench.idsOnly=false"), fullPagesOnly.mavenCommand());
    BenchmarkOptions rates = BenchmarkOptions.parse(List.of("--throughput=10"));
    assertEquals(10, rates.throughput());
    assertTrue(rates.mavenCommand().endsWith("-Dbench.throughput=10"), rates.mavenCommand());
    assertThrows(IllegalArgumentException.class, () -> BenchmarkOptions.parse(List.of("--throughput=-1")));
    BenchmarkOptions merged = BenchmarkOptions.parse(List.of("--merge-to=1"));
    assertEquals(1, merged.mergeTo());
    assertTrue(merged.mavenCommand().endsWith("-Dbench.mergeTo=1"), merged.mavenCommand());
    assertThrows(IllegalArgumentException.class, () -> BenchmarkOptions.parse(List.of("--merge-to=-1")));
  }

  @Test
  void selectsEnginesByNameLeavingOptInOnesOutUnlessNamedOrAll() {
    BenchmarkOptions none = BenchmarkOptions.parse(List.of());
    assertTrue(none.selects("convene", false));
    assertFalse(none.selects("postgres-fts", true));
    BenchmarkOptions named = BenchmarkOptions.parse(List.of("--engines=raw-lucene, postgres-fts"));
    assertTrue(named.selects("raw-lucene", false));
    assertTrue(named.selects("postgres-fts", true));
    assertFalse(named.selects("convene", false));
    assertTrue(named.mavenCommand().endsWith("-Dbench.engines=postgres-fts,raw-lucene"), named.mavenCommand());
    BenchmarkOptions all = BenchmarkOptions.parse(List.of("--engines=all"));
    assertTrue(all.selects("convene", false));
    assertTrue(all.selects("postgres-fts", true));
  }

  @Test
  void rejectsUnknownOrMalformedArguments() {
    assertThrows(IllegalArgumentException.class, () -> BenchmarkOptions.parse(List.of("--documents=5")));
    assertThrows(IllegalArgumentException.class, () -> BenchmarkOptions.parse(List.of("--docs=many")));
    assertThrows(IllegalArgumentException.class, () -> BenchmarkOptions.parse(List.of("--iterations=0")));
  }
}
