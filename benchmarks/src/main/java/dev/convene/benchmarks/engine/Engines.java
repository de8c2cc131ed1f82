package dev.convene.benchmarks.engine;

import dev.convene.benchmarks.raw.RawLuceneEngine;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
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

  /**
   * Checks that every name in {@code requested} is an engine of {@link #available()}, or one of
   * {@code keywords} (such as {@code all}).
   *
   * @throws IllegalArgumentException naming the unknown ones and the engines there are
   */
  public static void checkNames(Collection<String> requested, Set<String> keywords) {
    Set<String> known = new TreeSet<>(keywords);
    for (Supplier<SearchEngineUnderTest> factory : available()) {
      try (SearchEngineUnderTest engine = factory.get()) {
        known.add(engine.name());
      }
    }
    Set<String> unknown = new TreeSet<>(requested);
    unknown.removeAll(known);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("No engine is called " + unknown + "; the names are " + known);
    }
  }
}
