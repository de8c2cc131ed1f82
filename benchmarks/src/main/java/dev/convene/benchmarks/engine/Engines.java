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
 * <p><b>Convene's search is not measured yet.</b> Its module is being built; once it lands, add
 * {@code convene-search} to this module's dependencies, write {@code ConveneSearchEngine} in {@code
 * dev.convene.benchmarks.convene} implementing {@link SearchEngineUnderTest} over Convene's search
 * API (documents indexed from the stream, the world's communities and memberships in a store loaded
 * with {@code WorldStore}), and register it in that services file. Until then {@link
 * #available()} holds the baseline alone, and the runner says so in its report.
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
