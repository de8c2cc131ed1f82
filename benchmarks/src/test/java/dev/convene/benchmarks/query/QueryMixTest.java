package dev.convene.benchmarks.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.benchmarks.corpus.TestWorlds;
import dev.convene.benchmarks.corpus.World;
import dev.convene.benchmarks.corpus.WorldSpec;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@DisplayName("The query mix")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryMixTest {
  private final World world = World.generate(new WorldSpec(5, 100, 500, 600, List.of(5)), TestWorlds.corpus());
  private final List<BenchQuery> mix = QueryMix.generate(world, 1_200, 5);

  @Test
  @DisplayName("holds 1,200 distinct queries in each class's share, the same for the same seed")
  void distinctSharesDeterministic() {
    assertEquals(1_200, mix.stream().map(q -> List.of(q.kind(), q.text(), q.concept(), q.facetScheme()))
        .distinct().count());
    Map<QueryClass, Long> counts = mix.stream().collect(Collectors.groupingBy(BenchQuery::kind, Collectors.counting()));
    for (QueryClass kind : QueryClass.values()) {
      assertEquals(kind.share() * 12L, counts.get(kind), kind.name());
    }
    assertEquals(mix, QueryMix.generate(world, 1_200, 5));
  }

  @Test
  @DisplayName("asks for the top 20 with a known scheme and known concepts; phrases are quoted word pairs")
  void wellFormed() {
    for (BenchQuery query : mix) {
      assertEquals(BenchQuery.TOP, query.top());
      assertTrue(world.taxonomy().scheme(query.facetScheme()).isPresent());
      query.concept().ifPresent(c -> assertEquals(query.facetScheme(), world.taxonomy().require(c).scheme()));
      if (query.kind() == QueryClass.PHRASE) {
        assertTrue(query.text().matches("\"\\p{L}+ \\p{L}+\""), query.text());
      }
    }
  }
}
