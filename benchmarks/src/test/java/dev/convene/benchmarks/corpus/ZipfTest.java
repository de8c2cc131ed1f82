package dev.convene.benchmarks.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ZipfTest {

  @Test
  void probabilitiesFallWithRankAndAddUpToOne() {
    Zipf zipf = new Zipf(1_000, 1.0);
    double sum = 0;
    for (int k = 0; k < zipf.size(); k++) {
      sum += zipf.probability(k);
      assertTrue(k == 0 || zipf.probability(k) < zipf.probability(k - 1));
    }
    assertEquals(1.0, sum, 1e-9);
    assertEquals(2.0, zipf.probability(0) / zipf.probability(1), 1e-9);
  }

  @Test
  void samplesFollowTheProbabilities() {
    Zipf zipf = new Zipf(100, 0.9);
    SplittableRandom random = new SplittableRandom(1);
    int[] counts = new int[100];
    for (int i = 0; i < 100_000; i++) {
      counts[zipf.sample(random)]++;
    }
    assertEquals(zipf.probability(0) * 100_000, counts[0], 1_000);
    assertEquals(zipf.probability(50) * 100_000, counts[50], 150);
  }
}
