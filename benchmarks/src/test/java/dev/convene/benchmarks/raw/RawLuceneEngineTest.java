package dev.convene.benchmarks.raw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.benchmarks.corpus.Audience;
import dev.convene.benchmarks.corpus.Oracle;
import dev.convene.benchmarks.corpus.TestWorlds;
import dev.convene.benchmarks.corpus.World;
import dev.convene.benchmarks.engine.Result;
import dev.convene.benchmarks.query.BenchQuery;
import dev.convene.benchmarks.query.QueryClass;
import dev.convene.benchmarks.query.QueryMix;
import dev.convene.core.model.Document;
import dev.convene.core.model.ItemId;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The raw Lucene baseline")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RawLuceneEngineTest {
  private final World world = TestWorlds.small(3_000, 11);
  private final Oracle oracle = new Oracle(world);
  private final Map<ItemId, Document> documents = oracle.documents();
  private final RawLuceneEngine engine = new RawLuceneEngine();

  @BeforeAll
  void index(@TempDir Path directory) {
    engine.open(world, directory);
    engine.index(world.documents());
  }

  @AfterAll
  void close() {
    engine.close();
  }

  @Test
  @DisplayName("finds, by browsing, exactly the documents the access policy lets each audience view")
  void browseMatchesThePolicy() {
    BenchQuery browse = new BenchQuery(0, QueryClass.BROWSE, "", Optional.empty(),
        world.taxonomy().schemes().get(0).id(), 20);
    for (Audience audience : world.audiences()) {
      long allowed = oracle.allowedCount(audience);
      Result result = engine.query(audience, browse);
      assertEquals(allowed, result.totalHits(), audience.name());
      assertEquals(20, result.hits().size());
      long typed = result.facets().get(1).values().stream().mapToLong(Result.FacetValue::count).sum();
      assertEquals(allowed, typed, "every document has one type");
    }
  }

  @Test
  @DisplayName("returns only allowed documents, under the drill-down concept, for every query of the mix")
  void everyHitIsAllowed() {
    List<BenchQuery> mix = QueryMix.generate(world, 200, 11);
    long found = 0;
    for (BenchQuery query : mix) {
      for (Audience audience : world.audiences()) {
        Result result = engine.query(audience, query);
        found += result.totalHits();
        assertTrue(result.hits().size() <= Math.min(20, result.totalHits()));
        for (ItemId id : result.hits()) {
          Document document = documents.get(id);
          assertTrue(oracle.allowed(audience, document), () -> audience.name() + " must not see " + id);
          query.concept().ifPresent(c -> assertTrue(oracle.taggedUnder(document, c), id + " is not under " + c));
        }
        result.facets().forEach(f -> f.values().forEach(v -> assertTrue(v.count() <= result.totalHits())));
      }
    }
    assertTrue(found > 1_000, "the mix finds something: " + found);
  }
}
