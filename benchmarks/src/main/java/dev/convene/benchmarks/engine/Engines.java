package dev.convene.benchmarks.engine;

import dev.convene.benchmarks.raw.RawLuceneEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Supplier;

/**
 * The engines there are to measure: the hand-written Lucene baseline always, and the engines other
 * code registers as {@link SearchEngineUnderTest} services ({@code
 * META-INF/services/dev.convene.benchmarks.engine.SearchEngineUnderTest}).
 *
 * <p>Convene's engine, {@code dev.convene.benchmarks.convene.ConveneSearchEngine}, is registered
 * there; were it missing from the classpath, {@link #available()} would hold the baseline alone,
 * and the runner would say so in its report.
 */
public final class Engines {
  /** The name Convene's engine reports: the runner looks for it to compute the Convene/raw ratios. */
  public static final String CONVENE = "convene";

  private Engines() {}

  /** Factories for every engine to measure, the baseline first; each call makes fresh engines. */
  public static List<Supplier<SearchEngineUnderTest>> available() {
    List<Supplier<SearchEngineUnderTest>> engines = new ArrayList<>();
    engines.add(RawLuceneEngine::new);
    ServiceLoader.load(SearchEngineUnderTest.class).stream().forEach(provider -> engines.add(provider::get));
    return engines;
  }
}
