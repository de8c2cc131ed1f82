package dev.convene.benchmarks.engine;

/**
 * An engine that follows a store and can tell how long a newly saved item takes to become
 * searchable. The runner asks it after the measured passes, so that the index is at full size.
 */
public interface FreshnessProbe {

  /**
   * Saves {@code samples} new items one at a time through the engine's normal write path, each time
   * waiting until a search finds it.
   *
   * @param samples how many items to save
   * @param woken whether the writer wakes the indexer after each write, as a platform that
   *     publishes its events does, or leaves it to find the change by polling
   * @return for each item, the nanoseconds from the start of its write to the first search that
   *     found it
   */
  long[] freshness(int samples, boolean woken);
}
