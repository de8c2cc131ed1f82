package dev.convene.benchmarks.writes;

import dev.convene.benchmarks.Arguments;
import dev.convene.benchmarks.report.Machine;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.PlatformRole;
import dev.convene.core.model.Visibility;
import dev.convene.core.taxonomy.Concept;
import dev.convene.platform.Convene;
import dev.convene.platform.ItemDraft;
import dev.convene.skos.SkosReader;
import dev.convene.storage.jdbc.JdbcStorage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.h2.jdbcx.JdbcDataSource;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A macro run of item creation on an H2 store that holds a large taxonomy: it imports the UNESCO
 * thesaurus from {@code shared/data/unesco-thesaurus.ttl} beside the repository (or {@code --file}),
 * then creates {@code --items} documents, each tagged with two concepts drawn with a fixed seed, and
 * prints how many were created per second, after {@code --warmup} documents that are not counted. It
 * shows what every tagged write pays for checking its concepts against the stored taxonomy.
 *
 * <p>Run from the repository's root with {@code mvn -q -pl benchmarks -am -Ptagged -DskipTests
 * package -Dbench.items=300}, or with {@code java -cp <the module's class path>
 * dev.convene.benchmarks.writes.TaggedItemsBenchmark --items=300}.
 */
public final class TaggedItemsBenchmark {
  private static final Actor ADMIN = Actor.user("root", PlatformRole.PLATFORM_ADMIN);

  private TaggedItemsBenchmark() {}

  /** The arguments, as picocli reads them. */
  @Command(name = "tagged-items-benchmark")
  private static final class Settings {
    @Option(names = "--items", defaultValue = "300", converter = Arguments.WholeInt.class)
    int items;
    @Option(names = "--warmup", defaultValue = "50", converter = Arguments.WholeInt.class)
    int warmup;
    @Option(names = "--seed", defaultValue = "42", converter = Arguments.WholeInt.class)
    int seed;
    @Option(names = "--file", description = "The SKOS file; the UNESCO thesaurus in shared/data by default.")
    @Nullable Path file;
  }

  /**
   * Runs the benchmark and prints its result.
   *
   * @param args {@code --items}, {@code --warmup}, {@code --seed} and {@code --file}, all optional
   * @throws Exception if the SKOS file or the H2 database cannot be read or written
   */
  public static void main(String[] args) throws Exception {
    Settings options = Arguments.parse(new Settings(), List.of(args));
    Path file = options.file == null ? Arguments.unescoThesaurus() : options.file;
    Path folder = Files.createTempDirectory("convene-tagged-items");
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:file:" + folder.resolve("convene"));
    dataSource.setUser("sa");
    try (Convene convene = Convene.builder().storage(JdbcStorage.create(dataSource)).build()) {
      SkosReader.create().importInto(convene, ADMIN, file);
      List<ConceptId> concepts = convene.taxonomy().current().taxonomy().concepts().stream()
          .filter(c -> !c.deprecated()).map(Concept::id).toList();
      Community community = convene.communities().create(ADMIN, "bench", b -> b.name("Bench"));
      Random random = new Random(options.seed);
      System.out.printf(Locale.ROOT, "%s; load before %.1f; %d concepts; seed %d%n", Machine.current(),
          Machine.loadAverage(), concepts.size(), options.seed);
      create(convene, community, concepts, random, options.warmup);
      long start = System.nanoTime();
      create(convene, community, concepts, random, options.items);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "%d tagged documents in %.2f s: %.1f items/s; load after %.1f%n", options.items,
          seconds, options.items / seconds, Machine.loadAverage());
    }
  }

  private static void create(Convene convene, Community community, List<ConceptId> concepts, Random random,
      int count) {
    for (int i = 0; i < count; i++) {
      ConceptId first = concepts.get(random.nextInt(concepts.size()));
      ConceptId second = concepts.get(random.nextInt(concepts.size()));
      convene.content().create(ADMIN, community.id(), ItemDraft.document("Document " + i, Locale.ENGLISH,
          Visibility.PUBLIC).body("Body of document " + i).concepts(first, second));
    }
  }
}
