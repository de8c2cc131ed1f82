package dev.convene.benchmarks.convene;

import dev.convene.benchmarks.corpus.Audience;
import dev.convene.benchmarks.corpus.World;
import dev.convene.benchmarks.engine.FreshnessProbe;
import dev.convene.benchmarks.engine.Page;
import dev.convene.benchmarks.engine.Result;
import dev.convene.benchmarks.engine.SearchEngineUnderTest;
import dev.convene.benchmarks.pgfts.PostgresFtsEngine;
import dev.convene.benchmarks.query.BenchQuery;
import dev.convene.benchmarks.writes.BenchDatabase;
import dev.convene.core.model.Item;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Convene's search exactly as {@link ConveneSearchEngine} runs it, but over the JDBC store on
 * PostgreSQL instead of the in-memory store: the world's taxonomy, communities and memberships are
 * loaded into a new schema (dropped when the engine closes), and every search reads the change log
 * and, on a user's first search, their memberships from the database. Beside the in-memory engine
 * in the same run, over an index of the same documents, it shows what the database costs a search.
 * It runs only when named ({@code --engines=convene-postgresql} or {@code all}), as it needs the
 * server of {@code -Dbench.pg.url}.
 */
public final class ConvenePostgresSearchEngine implements SearchEngineUnderTest, FreshnessProbe {
  /** The engine's name in reports and in {@code --engines}. */
  public static final String NAME = "convene-postgresql";

  private final ConveneSearchEngine engine = new ConveneSearchEngine(NAME, true, () -> {
    BenchDatabase database = BenchDatabase.postgresql(PostgresFtsEngine.url());
    return new ConveneSearchEngine.Backing(database.storage(), database, "JDBC store on PostgreSQL, a new schema");
  });

  /** An engine to {@link #open} next. */
  public ConvenePostgresSearchEngine() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean optIn() {
    return true;
  }

  @Override
  public void open(World world, Path directory) {
    engine.open(world, directory);
  }

  @Override
  public void index(Stream<? extends Item> items) {
    engine.index(items);
  }

  @Override
  public void forceMerge(int maxSegments) {
    engine.forceMerge(maxSegments);
  }

  @Override
  public Result query(Audience audience, BenchQuery query, Page page) {
    return engine.query(audience, query, page);
  }

  @Override
  public long indexSizeBytes() {
    return engine.indexSizeBytes();
  }

  @Override
  public Map<String, String> details() {
    return engine.details();
  }

  @Override
  public long[] freshness(int samples, boolean woken) {
    return engine.freshness(samples, woken);
  }

  @Override
  public void close() {
    engine.close();
  }
}
