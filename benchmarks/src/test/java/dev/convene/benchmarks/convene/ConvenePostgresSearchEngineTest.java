package dev.convene.benchmarks.convene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.benchmarks.corpus.Audience;
import dev.convene.benchmarks.corpus.TestWorlds;
import dev.convene.benchmarks.corpus.World;
import dev.convene.benchmarks.engine.Page;
import dev.convene.benchmarks.engine.Result;
import dev.convene.benchmarks.pgfts.LocalPostgres;
import dev.convene.benchmarks.query.BenchQuery;
import dev.convene.benchmarks.query.QueryMix;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Convene's search over the JDBC store on PostgreSQL answers exactly as over the in-memory store:
 * the same totals, hits, facets and pages, for every query and audience of a small world.
 */
@DisplayName("Convene's engine on PostgreSQL")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConvenePostgresSearchEngineTest {
  private final World world = TestWorlds.small(1_000, 13);
  private final List<BenchQuery> mix = QueryMix.generate(world, 120, 13);
  private final ConveneSearchEngine memory = new ConveneSearchEngine();
  private final ConvenePostgresSearchEngine postgres = new ConvenePostgresSearchEngine();

  @BeforeAll
  void index(@TempDir Path directory) throws SQLException {
    try (Connection reachable = LocalPostgres.connect()) {
      reachable.getMetaData();
    }
    memory.open(world, directory.resolve("memory"));
    memory.index(world.documents());
    postgres.open(world, directory.resolve("postgres"));
    postgres.index(world.documents());
  }

  @AfterAll
  void close() {
    memory.close();
    postgres.close();
  }

  @Test
  @DisplayName("answers every query as the engine on the in-memory store does, and says where its store is")
  void sameAnswers() {
    long found = 0;
    for (BenchQuery query : mix) {
      for (Audience audience : world.audiences()) {
        Result expected = memory.query(audience, query, Page.FULL);
        Result actual = postgres.query(audience, query, Page.FULL);
        assertEquals(expected, actual, audience.name() + " " + query);
        found += actual.totalHits();
      }
    }
    assertTrue(found > 500, "the mix finds something: " + found);
    assertEquals("convene-postgresql", postgres.name());
    assertTrue(postgres.optIn());
    assertTrue(postgres.details().get("store").contains("PostgreSQL"), postgres.details().toString());
  }
}
