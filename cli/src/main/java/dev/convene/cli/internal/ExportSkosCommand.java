package dev.convene.cli.internal;

import dev.convene.core.model.SchemeId;
import dev.convene.core.taxonomy.Taxonomy;
import dev.convene.skos.SkosOptions;
import dev.convene.skos.SkosWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code export-skos}: the platform's taxonomy written as SKOS. */
@Command(name = "export-skos", mixinStandardHelpOptions = true,
    description = "Writes the taxonomy as SKOS (docs/skos.md), in the syntax the file's extension tells: Turtle "
        + ".ttl, RDF/XML .rdf, N-Triples .nt.")
public final class ExportSkosCommand implements Callable<Integer> {
  @Mixin
  private PlatformOptions options;

  @Option(names = {"-o", "--out"}, paramLabel = "<file>", required = true,
      description = "The file to write, replaced if it exists.")
  private Path out;

  @Option(names = "--scheme", paramLabel = "<id>", split = ",",
      description = "Write only the schemes with these ids, and their concepts. All by default.")
  private List<String> schemes = new ArrayList<>();

  @Option(names = "--namespace", paramLabel = "<uri>",
      description = "Where the URIs of schemes and concepts that have none are made, ending in / or #.")
  private @Nullable URI namespace;

  @Override
  public Integer call() {
    SkosOptions settings = namespace == null ? SkosOptions.defaults() : SkosOptions.defaults().withNamespace(namespace);
    SkosWriter writer = SkosWriter.create(settings).onlySchemes(schemes.stream().map(SchemeId::of)
        .toArray(SchemeId[]::new));
    try (Database database = options.database()) {
      Taxonomy taxonomy = database.storage().read(tx -> tx.taxonomy().current().taxonomy());
      writer.write(taxonomy, out);
      options.out().println("Wrote the taxonomy (" + taxonomy.schemes().size() + " schemes, "
          + taxonomy.concepts().size() + " concepts) to " + out + (schemes.isEmpty() ? "." : ", schemes " + schemes
          + " only."));
    }
    return 0;
  }
}
