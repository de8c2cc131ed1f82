package dev.convene.benchmarks.corpus;

import java.util.SplittableRandom;

/**
 * Independent random streams derived from one seed: one per part of the world and one per document,
 * so that document {@code i} is the same whatever order documents are generated in.
 */
final class Seeds {
  private Seeds() {}

  /** The stream for one named part of the world (communities, taxonomy, ...). */
  static SplittableRandom of(long seed, String part) {
    return new SplittableRandom(mix(seed ^ mix(part.hashCode())));
  }

  /** The stream for one numbered thing of a part, such as document {@code i}. */
  static SplittableRandom of(long seed, String part, long index) {
    return new SplittableRandom(mix(seed ^ mix(part.hashCode()) ^ mix(index + 0x9E3779B97F4A7C15L)));
  }

  /** Stafford's variant 13 of the 64-bit finaliser of MurmurHash3. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
