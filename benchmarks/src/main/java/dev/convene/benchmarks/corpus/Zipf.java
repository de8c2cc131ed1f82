package dev.convene.benchmarks.corpus;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * A Zipf distribution over ranks {@code 0..n-1}: rank {@code k} is drawn with a probability in
 * proportion to {@code 1 / (k + 1)^exponent}. Sampling is a binary search over the cumulative
 * weights, so it takes logarithmic time and holds {@code n} doubles.
 */
public final class Zipf {
  private final double[] cumulative;

  /**
   * A distribution over {@code n} ranks.
   *
   * @throws IllegalArgumentException if {@code n} is not positive or the exponent is negative
   */
  public Zipf(int n, double exponent) {
    if (n <= 0 || exponent < 0) {
      throw new IllegalArgumentException("n must be positive and the exponent not negative: " + n + ", " + exponent);
    }
    cumulative = new double[n];
    double sum = 0;
    for (int k = 0; k < n; k++) {
      sum += 1 / Math.pow(k + 1, exponent);
      cumulative[k] = sum;
    }
    for (int k = 0; k < n; k++) {
      cumulative[k] /= sum;
    }
  }

  /** The number of ranks. */
  public int size() {
    return cumulative.length;
  }

  /** The probability of rank {@code k}. */
  public double probability(int k) {
    return k == 0 ? cumulative[0] : cumulative[k] - cumulative[k - 1];
  }

  /** Draws a rank. */
  public int sample(RandomGenerator random) {
    int at = Arrays.binarySearch(cumulative, random.nextDouble());
    return Math.min(at >= 0 ? at : -at - 1, cumulative.length - 1);
  }
}
