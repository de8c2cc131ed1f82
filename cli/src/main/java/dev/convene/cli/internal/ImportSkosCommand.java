package dev.convene.cli.internal;

import dev.convene.platform.Convene;
import dev.convene.skos.SkosMerge;
import dev.convene.skos.SkosOptions;
import dev.convene.skos.SkosReader;
import dev.convene.skos.SkosReport;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import-skos}: a SKOS thesaurus merged into the platform's taxonomy, all or nothing. */
@Command(name = "import-skos", mixinStandardHelpOptions = true,
    description = {"Reads a SKOS file (Turtle .ttl, RDF/XML .rdf, N-Triples .nt) and merges it into the taxonomy "
        + "in one transaction (docs/skos.md); needs --as.",
        "Concepts are matched by URI, then id: new ones are added, known ones updated, and those the file no "
            + "longer has are deprecated, or removed when nothing uses them."})
public final class ImportSkosCommand implements Callable<Integer> {
  @Mixin
  private PlatformOptions options;

  @Parameters(index = "0", paramLabel = "<file>", description = "The SKOS file; its extension tells its syntax.")
  private Path file;

  @Option(names = "--language", paramLabel = "<tag>", split = ",", converter = LanguageTag.class,
      description = "Keep labels in these languages only (en keeps en-GB); repeat or separate with commas. All by "
          + "default.")
  private List<Locale> languages = new ArrayList<>();

  @Option(names = "--scheme", paramLabel = "<uri>", split = ",",
      description = "Read only the schemes with these URIs. All by default.")
  private List<URI> schemes = new ArrayList<>();

  @Option(names = "--default-language", paramLabel = "<tag>", converter = LanguageTag.class,
      description = "Every scheme's default language; by default, the language most of its concepts are labelled in.")
  private @Nullable Locale defaultLanguage;

  @Option(names = "--full-uri-ids", description = "Make ids of whole URIs instead of their local names.")
  private boolean fullUriIds;

  @Override
  public Integer call() {
    SkosOptions settings = SkosOptions.defaults().withLanguages(languages.toArray(Locale[]::new))
        .withSchemes(schemes.toArray(URI[]::new));
    if (defaultLanguage != null) {
      settings = settings.withDefaultLanguage(defaultLanguage);
    }
    if (fullUriIds) {
      settings = settings.withIds(SkosOptions.FULL_URI);
    }
    try (Database database = options.database(); Convene convene = options.convene(database)) {
      SkosMerge merge = SkosReader.create(settings).importInto(convene, options.operator(), file);
      SkosReport read = merge.report();
      PrintWriter out = options.out();
      out.println("Read " + read.schemes() + " schemes, " + read.concepts() + " concepts and " + read.links()
          + " links from " + file + (read.skipped().isEmpty() ? "; nothing left out." : "; left out:"));
      read.skipped().forEach(s -> out.println("  " + s.reason().name().toLowerCase(Locale.ROOT).replace('_', ' ')
          + ": " + s.what() + " (" + s.count() + ")" + (s.detail().isEmpty() ? "" : ", " + s.detail())));
      out.println("Merged: " + merge.added() + " concepts added, " + merge.updated() + " updated, "
          + merge.deprecated() + " deprecated, " + merge.removed() + " removed; the taxonomy is at version "
          + merge.merge().stored().version() + ".");
    }
    return 0;
  }
}
