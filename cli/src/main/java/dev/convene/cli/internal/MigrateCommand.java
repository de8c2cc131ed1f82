package dev.convene.cli.internal;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code migrate}: brings the database schema to the version this release needs. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
    description = "Brings the database schema to the version this release needs; running it again does nothing.")
public final class MigrateCommand implements Callable<Integer> {
  @Mixin
  private PlatformOptions options;

  @Override
  public Integer call() {
    try (Database database = options.database()) {
      int ran = database.store().migrate();
      options.out().println(ran == 0 ? "The schema is current: no migration to run."
          : "Ran " + ran + (ran == 1 ? " migration" : " migrations") + ": the schema is current.");
    }
    return 0;
  }
}
