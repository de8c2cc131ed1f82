package dev.convene.cli.internal;

import dev.convene.archive.CommunityArchives;
import dev.convene.archive.ExportOptions;
import dev.convene.archive.ExportReport;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.platform.Convene;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code export-community}: writes a community, and its working groups if asked, to an archive. */
@Command(name = "export-community", mixinStandardHelpOptions = true,
    description = {"Writes a community, with its members, items and attachments' files, to a zip archive "
        + "(docs/archive.md); needs --as, and --blobs if it has attachments.",
        "The export is recorded in the community's audit log, naming the operator."})
public final class ExportCommunityCommand implements Callable<Integer> {
  @Mixin
  private PlatformOptions options;

  @Parameters(index = "0", paramLabel = "<slug>", description = "The community's slug.")
  private String slug;

  @Option(names = {"-o", "--out"}, paramLabel = "<file>", required = true,
      description = "The archive to write, replaced if it exists; no file is left if the export fails.")
  private Path out;

  @Option(names = "--working-groups", description = "Its working groups too, with their members and items.")
  private boolean workingGroups;

  @Override
  public Integer call() {
    Actor operator = options.operator();
    try (Database database = options.database(); Convene convene = options.convene(database)) {
      Community community = convene.communities().bySlug(operator, slug);
      ExportReport report = CommunityArchives.of(convene).export(operator, community.id(),
          ExportOptions.defaults().withWorkingGroups(workingGroups), out);
      options.out().println("Exported " + report.slug() + " to " + out + ": " + Counts.of(report.counts()) + ".");
    }
    return 0;
  }
}
