package dev.convene.benchmarks.report;

import java.util.Arrays;

/**
 * Latencies of one kind of query, in nanoseconds, recorded as they come and summarised as
 * nearest-rank percentiles. Not thread-safe.
 */
public final class Latencies {
  private long[] nanos = new long[1024];
  private int count;
  private long hits;

  /** Records one query's latency and how many hits it had. */
  public void record(long latencyNanos, long totalHits) {
    if (count == nanos.length) {
      nanos = Arrays.copyOf(nanos, count * 2);
    }
    nanos[count++] = latencyNanos;
    hits += totalHits;
  }

  /** The summary of what was recorded. */
  public Summary summary() {
    long[] sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
    double mean = count == 0 ? 0 : Arrays.stream(sorted).average().orElse(0);
    return new Summary(count, percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99),
        mean / 1e6, count == 0 ? 0 : (double) hits / count, count == 0 ? 0 : sorted[count - 1] / 1e6);
  }

  private static double percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }

  /**
   * Latency percentiles in milliseconds.
   *
   * @param count how many queries
   * @param p50 the median
   * @param p90 the 90th percentile
   * @param p99 the 99th percentile
   * @param mean the mean
   * @param meanHits the mean total hits per query, to check that engines agree on what they find
   * @param max the slowest
   */
  public record Summary(int count, double p50, double p90, double p99, double mean, double meanHits, double max) {}
}
