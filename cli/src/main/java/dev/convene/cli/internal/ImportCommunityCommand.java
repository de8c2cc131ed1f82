package dev.convene.cli.internal;

import dev.convene.archive.CommunityArchives;
import dev.convene.archive.ImportOptions;
import dev.convene.archive.ImportReport;
import dev.convene.archive.MissingConcept;
import dev.convene.core.model.Actor;
import dev.convene.core.model.UserId;
import dev.convene.platform.Convene;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import-community}: reads an archive into the platform, all or nothing. */
@Command(name = "import-community", mixinStandardHelpOptions = true,
    description = {"Reads a community archive into the platform, all or nothing; needs --as, and --blobs if the "
        + "archive has attachments.",
        "By default ids and user ids are kept, and a taken slug, a taken id or a concept the taxonomy lacks "
            + "refuses the import."})
public final class ImportCommunityCommand implements Callable<Integer> {
  @Mixin
  private PlatformOptions options;

  @Parameters(index = "0", paramLabel = "<archive>", description = "The archive, a zip that export-community wrote.")
  private Path archive;

  @Option(names = "--remap-ids", description = "Give every community and item a new id: to copy a community into a "
      + "platform that may hold the original.")
  private boolean remapIds;

  @Option(names = "--rename-taken-slugs", description = "Take slug-2, slug-3, ... for a slug the platform has.")
  private boolean renameTakenSlugs;

  @Option(names = "--drop-missing-concepts", description = "Import without the tags of concepts the taxonomy lacks, "
      + "and list them.")
  private boolean dropMissingConcepts;

  @Option(names = "--map-user", paramLabel = "<from>=<to>",
      description = "Store the archive's user <from> as <to>; repeat for several. Others keep their ids.")
  private Map<String, String> users = new LinkedHashMap<>();

  @Override
  public Integer call() {
    Actor operator = options.operator();
    ImportOptions settings = ImportOptions.defaults()
        .withIds(remapIds ? ImportOptions.Ids.REMAP : ImportOptions.Ids.KEEP)
        .withSlugConflicts(renameTakenSlugs ? ImportOptions.SlugConflicts.RENAME : ImportOptions.SlugConflicts.REFUSE)
        .withMissingConcepts(dropMissingConcepts ? ImportOptions.MissingConcepts.DROP
            : ImportOptions.MissingConcepts.REFUSE)
        .withUsers(userMapping());
    try (Database database = options.database(); Convene convene = options.convene(database)) {
      ImportReport report = CommunityArchives.of(convene).importArchive(operator, archive, settings);
      PrintWriter out = options.out();
      out.println("Imported " + report.slug() + " (id " + report.community().value() + "): "
          + Counts.of(report.counts()) + "; " + report.blobsStored() + " new files.");
      report.renamedSlugs().forEach((taken, given) -> out.println("  slug " + taken + " was taken: now " + given));
      for (MissingConcept missing : report.missingConcepts()) {
        out.println("  dropped the tags of a concept the taxonomy lacks: " + missing);
      }
    }
    return 0;
  }

  private Map<UserId, UserId> userMapping() {
    Map<UserId, UserId> mapping = new LinkedHashMap<>();
    users.forEach((from, to) -> mapping.put(options.userId(from, "--map-user"), options.userId(to, "--map-user")));
    return mapping;
  }
}
