package dev.convene.platform;

import java.util.Random;
import java.util.function.Consumer;

/**
 * Runs a randomized test over many worlds, each from a seed drawn from one run seed, printed first; a
 * failure names the world's seed and the run's, and the property that reruns it.
 */
final class SeededWorlds {
  private SeededWorlds() {}

  static void run(String test, String property, long seed, int worlds, Consumer<Random> world) {
    System.out.printf("%s seed %d (-D%s=%d)%n", test, seed, property, seed);
    Random seeds = new Random(seed);
    for (int w = 0; w < worlds; w++) {
      long worldSeed = seeds.nextLong();
      try {
        world.accept(new Random(worldSeed));
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("world seed " + worldSeed + " of run seed " + seed + ": " + e.getMessage(), e);
      }
    }
  }
}
