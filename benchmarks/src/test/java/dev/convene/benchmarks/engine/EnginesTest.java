package dev.convene.benchmarks.engine;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnginesTest {

  @Test
  void knowsTheBaselineConveneAndPostgresAndTheKeywords() {
    assertDoesNotThrow(() -> Engines.checkNames(List.of("raw-lucene", "convene", "postgres-fts", "all"),
        Set.of("all")));
    assertDoesNotThrow(() -> Engines.checkNames(List.of(), Set.of()));
  }

  @Test
  void namesTheUnknownEnginesAndTheKnownOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Engines.checkNames(List.of("convene", "elastic"), Set.of("all")));
    assertTrue(e.getMessage().contains("[elastic]"), e.getMessage());
    assertTrue(e.getMessage().contains("postgres-fts"), e.getMessage());
  }
}
