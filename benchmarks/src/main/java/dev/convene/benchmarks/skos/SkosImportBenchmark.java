package dev.convene.benchmarks.skos;

import dev.convene.benchmarks.Arguments;
import dev.convene.benchmarks.report.Machine;
import dev.convene.core.model.Actor;
import dev.convene.core.model.PlatformRole;
import dev.convene.platform.Convene;
import dev.convene.skos.SkosMerge;
import dev.convene.skos.SkosReader;
import dev.convene.storage.memory.InMemoryStorage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Times the import of a real SKOS file, by default the UNESCO thesaurus in {@code
 * shared/data/unesco-thesaurus.ttl} beside the repository, in one JVM, against a baseline that only
 * parses it: Rio into an RDF4J {@link Model}, no mapping. Measured, each a median and 90th percentile
 * of wall time after warm-up rounds: the baseline; {@link SkosReader#read(Path)} (parse, map, build
 * and validate the taxonomy); and {@link SkosReader#importInto} into an empty in-memory {@link
 * Convene} (the read plus the merge and its transaction).
 *
 * <p>Run with {@code mvn -q -pl benchmarks -am -Pskos -DskipTests package}; arguments {@code
 * --warmup=3 --rounds=10} and {@code --file=<path>}.
 */
public final class SkosImportBenchmark {
  private static final Actor ADMIN = Actor.user("root", PlatformRole.PLATFORM_ADMIN);

  private SkosImportBenchmark() {}

  /** The arguments, as picocli reads them. */
  @Command(name = "skos-import-benchmark")
  private static final class Settings {
    @Option(names = "--warmup", defaultValue = "3", converter = Arguments.WholeInt.class)
    int warmup;
    @Option(names = "--rounds", defaultValue = "10", converter = Arguments.WholeInt.class)
    int rounds;
    @Option(names = "--file", description = "The SKOS file; the UNESCO thesaurus in shared/data by default.")
    @Nullable Path file;
  }

  public static void main(String[] args) throws IOException {
    Settings options = Arguments.parse(new Settings(), List.of(args));
    Path file = options.file == null ? Arguments.unescoThesaurus() : options.file;
    int warmup = options.warmup;
    int rounds = options.rounds;
    SkosReader reader = SkosReader.create();
    List<Series> series = List.of(
        new Series("Rio parse into a Model (baseline)", () -> parse(file)),
        new Series("read: parse, map, build, validate", () -> reader.read(file).taxonomy().concepts().size()),
        new Series("import into an empty in-memory Convene", () -> importInto(reader, file)));
    System.out.printf(Locale.ROOT, "%s; load before %.1f; %s, %d warm-up and %d measured rounds%n",
        Machine.current(), Machine.loadAverage(), file.getFileName(), warmup, rounds);
    for (int round = 0; round < warmup + rounds; round++) {
      for (Series s : series) {
        s.run(round >= warmup);
      }
    }
    double baseline = series.getFirst().percentile(50);
    System.out.println("| what | median, ms | p90, ms | median ratio |");
    System.out.println("|---|---|---|---|");
    for (Series s : series) {
      System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.1f |%n", s.name, s.percentile(50), s.percentile(90),
          s.percentile(50) / baseline);
    }
    System.out.printf(Locale.ROOT, "load after %.1f%n", Machine.loadAverage());
  }

  private static int parse(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      Model model = Rio.parse(in, file.toUri().toString(), RDFFormat.TURTLE);
      return model.size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int importInto(SkosReader reader, Path file) {
    try (Convene convene = Convene.builder().storage(InMemoryStorage.create()).build()) {
      SkosMerge merge = reader.importInto(convene, ADMIN, file);
      return merge.added();
    }
  }

  /** One measured thing: its times in milliseconds. */
  private static final class Series {
    final String name;
    final IntSupplier work;
    final List<Double> times = new ArrayList<>();
    /** Keeps each result alive, so that the work cannot be optimised away. */
    int sink;

    Series(String name, IntSupplier work) {
      this.name = name;
      this.work = work;
    }

    void run(boolean measured) {
      long start = System.nanoTime();
      sink += work.getAsInt();
      double ms = (System.nanoTime() - start) / 1e6;
      if (measured) {
        times.add(ms);
      }
    }

    double percentile(int p) {
      double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
  }
}
