package dev.convene.cli;

import dev.convene.cli.internal.EraseUserCommand;
import dev.convene.cli.internal.ExportCommunityCommand;
import dev.convene.cli.internal.ExportSkosCommand;
import dev.convene.cli.internal.ExportUserCommand;
import dev.convene.cli.internal.ImportCommunityCommand;
import dev.convene.cli.internal.ImportSkosCommand;
import dev.convene.cli.internal.MigrateCommand;
import dev.convene.cli.internal.OneLineErrors;
import dev.convene.cli.internal.RebuildIndexCommand;
import dev.convene.cli.internal.StatsCommand;
import dev.convene.cli.internal.Verbosity;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The operators' command line: {@code java -jar convene-cli.jar <command> [options]}, one subcommand
 * for each thing an operator does to a platform's database, index and files. picocli parses the
 * arguments and writes help and usage.
 *
 * <p>Exit codes: 0 when the command did what it says, 1 when it failed (one line on standard error
 * says why; {@code --verbose} adds the stack trace), 2 when the command line itself is wrong (picocli's
 * message and the command's usage).
 */
@Command(name = "convene", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Operates a Convene platform: its database schema, search index and data.",
    subcommands = {MigrateCommand.class, RebuildIndexCommand.class, StatsCommand.class, ImportSkosCommand.class,
        ExportSkosCommand.class, ExportCommunityCommand.class, ImportCommunityCommand.class, ExportUserCommand.class,
        EraseUserCommand.class, HelpCommand.class})
public final class ConveneCli implements Runnable {
  @Spec
  private CommandSpec spec;

  private ConveneCli() {}

  /**
   * Runs the command line and exits the JVM with its exit code.
   *
   * @param args the command and its options, as {@code --help} lists them
   */
  public static void main(String... args) {
    System.exit(commandLine().execute(args));
  }

  /**
   * The command line, ready to {@link CommandLine#execute execute}: output to {@link
   * CommandLine#setOut} and {@link CommandLine#setErr}, the standard streams unless set.
   *
   * @return a new command line
   */
  public static CommandLine commandLine() {
    CommandLine line = new CommandLine(new ConveneCli());
    line.setExecutionStrategy(Verbosity::execute);
    line.setExecutionExceptionHandler(new OneLineErrors());
    return line;
  }

  /** Without a command there is nothing to do: a usage error. */
  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing a command: one of " + spec.subcommands().keySet());
  }
}
