package dev.convene.benchmarks.notifications;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The most heap in use while something runs, above what was in use after a full collection before
 * it, sampled from the {@link MemoryMXBean}. Sampling {@linkplain #used() used} heap every
 * millisecond counts garbage not yet collected, so it depends on the collector's pace as much as on
 * what is held; sampling {@linkplain #live() live} heap forces a full collection every 250 ms and
 * reads what survives it: what the run holds, at the cost of its speed. The fan-out and archive
 * benchmarks share it.
 */
public final class HeapPeak {
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final long idle;
  private final Thread sampler;
  private volatile long peak;
  private volatile boolean running = true;

  private HeapPeak(boolean live) {
    System.gc();
    idle = memory.getHeapMemoryUsage().getUsed();
    sampler = new Thread(() -> {
      while (running) {
        if (live) {
          System.gc();
        }
        peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
        try {
          Thread.sleep(live ? 250 : 1);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  /** Samples the heap in use, garbage included, every millisecond. */
  public static HeapPeak used() {
    return new HeapPeak(false);
  }

  /** Samples what survives a full collection, every 250 ms. */
  public static HeapPeak live() {
    return new HeapPeak(true);
  }

  /** Stops sampling; returns the peak above idle, in MiB. */
  public double stop() throws InterruptedException {
    running = false;
    sampler.interrupt();
    sampler.join();
    return Math.max(0, peak - idle) / (1024.0 * 1024.0);
  }
}
