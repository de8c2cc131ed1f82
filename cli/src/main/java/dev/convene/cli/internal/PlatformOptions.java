package dev.convene.cli.internal;

import dev.convene.core.ValidationException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.PlatformRole;
import dev.convene.core.model.UserId;
import dev.convene.platform.Convene;
import dev.convene.platform.OutboxSettings;
import dev.convene.storage.blob.FileSystemBlobStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options every command takes, each also read from an environment variable so that a script sets
 * them once: where the database, the index and the attachments are, and who the operator is. A
 * command asks for the ones it needs; one it needs and was not given is a usage error.
 */
public final class PlatformOptions {
  static final String VERBOSE = "--verbose";

  @Spec(Spec.Target.MIXEE)
  private CommandSpec command;

  @Option(names = "--jdbc-url", paramLabel = "<url>", defaultValue = "${env:CONVENE_JDBC_URL}",
      converter = JdbcUrl.Converter.class,
      description = "The database: jdbc:h2:... or jdbc:postgresql:... (env CONVENE_JDBC_URL).")
  private @Nullable JdbcUrl jdbcUrl;

  @Option(names = "--user", paramLabel = "<name>", defaultValue = "${env:CONVENE_USER}",
      description = "The database user (env CONVENE_USER); sa on H2 and the URL's user on PostgreSQL if unset.")
  private @Nullable String user;

  @Option(names = "--password", paramLabel = "<secret>", defaultValue = "${env:CONVENE_PASSWORD}",
      description = "The database password (env CONVENE_PASSWORD, better than the command line).")
  private @Nullable String password;

  @Option(names = "--schema", paramLabel = "<name>", defaultValue = "${env:CONVENE_SCHEMA}",
      description = "The schema Convene's tables live in, if the portal names one (env CONVENE_SCHEMA); the "
          + "connection's own by default.")
  private @Nullable String schema;

  @Option(names = "--index", paramLabel = "<dir>", defaultValue = "${env:CONVENE_INDEX}",
      description = "The search index's directory (env CONVENE_INDEX).")
  private @Nullable Path index;

  @Option(names = "--blobs", paramLabel = "<dir>", defaultValue = "${env:CONVENE_BLOBS}",
      description = "The attachments' directory, a FileSystemBlobStore (env CONVENE_BLOBS).")
  private @Nullable Path blobs;

  @Option(names = "--as", paramLabel = "<user-id>", defaultValue = "${env:CONVENE_AS}",
      description = "The operator's user id; the command acts as a platform admin (env CONVENE_AS).")
  private @Nullable String operator;

  @Option(names = {"-v", VERBOSE}, description = "Log what the libraries do; on an error, print its stack trace.")
  private boolean verbose;

  /** Opens the database the options name; the caller closes it. */
  Database database() {
    return Database.open(require(jdbcUrl, "--jdbc-url"), user, password, schema);
  }

  /** The search index's directory. */
  Path index() {
    return require(index, "--index");
  }

  /** The search index's directory, if one was given. */
  @Nullable Path indexIfGiven() {
    return index;
  }

  /** The operator, acting as platform admin. */
  Actor operator() {
    return Actor.user(userId(require(operator, "--as"), "--as"), PlatformRole.PLATFORM_ADMIN);
  }

  /**
   * {@code value} as a user id; one the platform would refuse is a usage error naming {@code option}.
   */
  UserId userId(String value, String option) {
    try {
      return UserId.of(value);
    } catch (ValidationException e) {
      throw new ParameterException(command.commandLine(), "Invalid value for " + option + ": " + e.getMessage(), e);
    }
  }

  /**
   * The platform on {@code database}, with the attachments of {@code --blobs} if given, for commands
   * that act through its services; the caller closes it. It sends no notifications: the changes it
   * makes leave theirs in the outbox, for the portal to send.
   */
  Convene convene(Database database) {
    Convene.Builder platform = Convene.builder().storage(database.storage())
        .outbox(OutboxSettings.defaults().withBackground(false));
    if (blobs != null) {
      platform.blobStore(FileSystemBlobStore.create(blobs));
    }
    return platform.build();
  }

  /** Where the command writes its results and plain progress. */
  PrintWriter out() {
    return command.commandLine().getOut();
  }

  private <T> T require(@Nullable T value, String option) {
    if (value == null) {
      throw new ParameterException(command.commandLine(),
          "Missing required option: '" + option + "' (or its environment variable), which " + command.name()
              + " needs");
    }
    return value;
  }
}
