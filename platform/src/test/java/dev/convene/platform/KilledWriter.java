package dev.convene.platform;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a {@link CrashWriter} in a JVM of its own (the java and class path of this one), lets it write
 * until it has acknowledged a given number of writes (or for {@value #WRITING_MILLIS} ms, on a slow
 * machine), then for a few milliseconds more, and kills it with {@link Process#destroyForcibly()}.
 */
final class KilledWriter {
  private static final long START_PATIENCE_MILLIS = 120_000;
  private static final long WRITING_MILLIS = 5_000;

  private KilledWriter() {}

  /**
   * Every line the writer printed before it died, the last one perhaps cut short.
   *
   * @param writes how many acknowledged writes the writer is let make
   * @param extraMillis how long it writes after that, so that the kill lands anywhere in a write
   */
  static List<String> run(Path folder, Path database, Path index, long seed, String round, int writes,
      int extraMillis) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString());
    List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(), database.toString(), index.toString(),
        Long.toString(seed), round));
    String delay = System.getProperty("convene.test.crash.h2WriteDelay");
    if (delay != null) {
      command.add(delay);
    }
    Path errors = folder.resolve(round + ".err");
    // The writer's lines go to a file, not a pipe: what it wrote before the kill is in the file, while
    // destroying a process closes the pipe and drops what the test had not read yet.
    Path output = folder.resolve(round + ".out");
    Process writer = new ProcessBuilder(command).redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
    long deadline = System.currentTimeMillis() + START_PATIENCE_MILLIS;
    while (done(output) == 0) {
      if (!writer.isAlive() || System.currentTimeMillis() > deadline) {
        writer.destroyForcibly().waitFor();
        fail("the writer of " + round + " did not start writing: " + lines(output) + "\n" + Files.readString(errors));
      }
      Thread.sleep(10);
    }
    long stop = System.currentTimeMillis() + WRITING_MILLIS;
    while (done(output) < writes && System.currentTimeMillis() < stop && writer.isAlive()) {
      Thread.sleep(5);
    }
    Thread.sleep(extraMillis);
    if (!writer.isAlive()) {
      fail("the writer of " + round + " stopped on its own: " + lines(output) + "\n" + Files.readString(errors));
    }
    writer.destroyForcibly();
    writer.waitFor();
    return lines(output);
  }

  /** How many writes the writer has acknowledged so far. */
  private static long done(Path output) throws IOException {
    return lines(output).stream().filter(line -> line.startsWith("DONE ")).count();
  }

  private static List<String> lines(Path output) throws IOException {
    // decoded leniently: the last line may end inside a character
    return Files.exists(output) ? new String(Files.readAllBytes(output), StandardCharsets.UTF_8).lines().toList()
        : List.of();
  }
}
