package dev.convene.benchmarks.notifications;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The most heap in use while something runs, above what was in use after a full collection before
 * it: sampled every millisecond from the {@link MemoryMXBean}, so garbage not yet collected counts.
 */
final class HeapPeak {
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final long idle;
  private final Thread sampler;
  private volatile long peak;
  private volatile boolean running = true;

  private HeapPeak() {
    System.gc();
    idle = memory.getHeapMemoryUsage().getUsed();
    sampler = new Thread(() -> {
      while (running) {
        peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
        try {
          Thread.sleep(1);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  static HeapPeak start() {
    return new HeapPeak();
  }

  /** Stops sampling; returns the peak above idle, in MiB. */
  double stop() throws InterruptedException {
    running = false;
    sampler.join();
    return Math.max(0, peak - idle) / (1024.0 * 1024.0);
  }
}
