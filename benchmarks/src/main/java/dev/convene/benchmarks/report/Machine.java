package dev.convene.benchmarks.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The machine and JVM a run happened on.
 *
 * @param cores the processors the JVM sees
 * @param cpu the processor's model name, if the OS tells
 * @param memoryBytes the physical memory
 * @param maxHeapBytes the JVM's maximum heap
 * @param jdk the Java runtime's vendor and version
 * @param os the operating system's name, version and architecture
 * @param jvmArguments the arguments the JVM was started with
 */
public record Machine(int cores, String cpu, long memoryBytes, long maxHeapBytes, String jdk, String os,
    List<String> jvmArguments) {

  /** Copies the arguments. */
  public Machine {
    jvmArguments = List.copyOf(jvmArguments);
  }

  /** This machine and JVM. */
  public static Machine current() {
    long memory = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getTotalMemorySize() : -1;
    return new Machine(Runtime.getRuntime().availableProcessors(), cpuModel(), memory, Runtime.getRuntime().maxMemory(),
        System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"),
        System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
        ManagementFactory.getRuntimeMXBean().getInputArguments());
  }

  /**
   * The system's load average over the last minute: above the number of cores, other work competed
   * for the processors and the numbers are inflated. Negative where the OS does not tell.
   */
  public static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /** The heap in use after asking the JVM to collect garbage a few times. */
  public static long usedHeapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static String cpuModel() {
    Path cpuinfo = Path.of("/proc/cpuinfo");
    if (!Files.isReadable(cpuinfo)) {
      return "unknown";
    }
    try (Stream<String> lines = Files.lines(cpuinfo)) {
      return lines.filter(l -> l.startsWith("model name")).findFirst()
          .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
