package dev.convene.benchmarks.convene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.convene.benchmarks.corpus.Audience;
import dev.convene.benchmarks.corpus.TestWorlds;
import dev.convene.benchmarks.corpus.World;
import dev.convene.benchmarks.corpus.WorldSpec;
import dev.convene.benchmarks.engine.Page;
import dev.convene.benchmarks.query.BenchQuery;
import dev.convene.benchmarks.query.QueryClass;
import dev.convene.benchmarks.query.QueryMix;
import dev.convene.benchmarks.raw.RawLuceneEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The totals of both engines on the benchmark's own world and query mix, at a size too large for
 * every build: run on demand with {@code -Dagreement.docs=100000} (and {@code -Dagreement.seed},
 * 42 by default). Every query of the mix runs once, as the audience the benchmark would give it
 * first; the mean hits of each query class are printed, as the benchmark reports them, and every
 * query must have the same total in both engines.
 */
@DisplayName("Convene's engine and the raw baseline on the benchmark's world")
@EnabledIfSystemProperty(named = "agreement.docs", matches = "[0-9]+")
class ConveneAgreementAtScaleTest {
  @Test
  @DisplayName("count the same hits for every query of the mix")
  void totalsAgree(@TempDir Path directory) {
    long documents = Long.getLong("agreement.docs");
    long seed = Long.getLong("agreement.seed", 42);
    World world = World.generate(WorldSpec.standard(documents, seed), TestWorlds.corpus());
    List<BenchQuery> mix = QueryMix.generate(world, 1_200, seed);
    Map<QueryClass, long[]> sums = new EnumMap<>(QueryClass.class);
    List<String> differing = new ArrayList<>();
    try (RawLuceneEngine raw = new RawLuceneEngine(); ConveneSearchEngine convene = new ConveneSearchEngine()) {
      raw.open(world, directory.resolve("raw"));
      raw.index(world.documents());
      convene.open(world, directory.resolve("convene"));
      convene.index(world.documents());
      for (BenchQuery query : mix) {
        Audience audience = world.audiences().get(query.number() % world.audiences().size());
        long r = raw.query(audience, query, Page.IDS).totalHits();
        long c = convene.query(audience, query, Page.IDS).totalHits();
        long[] sum = sums.computeIfAbsent(query.kind(), k -> new long[4]);
        sum[0]++;
        sum[1] += r;
        sum[2] += c;
        sum[3] += r == c ? 1 : 0;
        if (r != c) {
          differing.add(query.kind() + " " + query.text() + " as " + audience.name() + ": raw " + r + ", convene " + c);
        }
      }
    }
    sums.forEach((kind, s) -> System.out.printf(Locale.ROOT, "%s: %d queries, mean hits raw %.1f, convene %.1f,"
        + " the same total for %d%n", kind, s[0], (double) s[1] / s[0], (double) s[2] / s[0], s[3]));
    differing.forEach(d -> System.out.println("  " + d));
    assertEquals(List.of(), differing);
  }
}
