package dev.convene.cli.internal;

import dev.convene.archive.PersonalData;
import dev.convene.core.ConveneException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.UserId;
import dev.convene.platform.Convene;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code export-user}: a person's own data across every community, as one JSON document. */
@Command(name = "export-user", mixinStandardHelpOptions = true,
    description = {"Writes everything a person wrote or is recorded in, across every community, as one JSON "
        + "document (docs/personal-data.md); needs --as.",
        "The export is recorded in the audit log of every community it names."})
public final class ExportUserCommand implements Callable<Integer> {
  @Mixin
  private PlatformOptions options;

  @Parameters(index = "0", paramLabel = "<user-id>", description = "The person's user id.")
  private String user;

  @Option(names = {"-o", "--out"}, paramLabel = "<file>", required = true,
      description = "The JSON file to write, replaced if it exists; no file is left if the export fails.")
  private Path out;

  @Override
  public Integer call() throws IOException {
    UserId person = options.userId(user, "<user-id>");
    Actor operator = options.operator();
    try (Database database = options.database(); Convene convene = options.convene(database)) {
      PersonalData data = PersonalData.of(convene);
      try (OutputStream file = Files.newOutputStream(out)) {
        data.export(operator, person, file);
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(out);
        throw e instanceof IOException io
            ? new ConveneException("personal-data.write-failed", Map.of(), "cannot write " + out + ": "
                + io.getMessage(), io)
            : (RuntimeException) e;
      }
    }
    options.out().println("Exported the data of " + person.value() + " to " + out + ".");
    return 0;
  }
}
