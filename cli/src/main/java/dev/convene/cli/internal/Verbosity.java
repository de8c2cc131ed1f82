package dev.convene.cli.internal;

import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * How much a run says beyond its results: warnings only, or with {@code --verbose} the libraries' log
 * lines too and, on an error, its stack trace.
 */
public final class Verbosity {
  private static final String LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";
  /** Lucene logs through java.util.logging; held here, as the logging framework keeps loggers only weakly. */
  private static final Logger LUCENE = Logger.getLogger("org.apache.lucene");

  private Verbosity() {}

  /**
   * picocli's execution strategy: sets the log level before any library logs, then runs the command
   * the arguments name.
   */
  public static int execute(ParseResult parsed) {
    if (isVerbose(parsed)) {
      System.setProperty(LOG_LEVEL, "info");
      LUCENE.setLevel(null);
    } else {
      LUCENE.setLevel(Level.SEVERE); // such as the advice on JVM flags for vector search, which the cli does not do
    }
    return new CommandLine.RunLast().execute(parsed);
  }

  /** Whether {@code --verbose} was given to the command or one of its subcommands. */
  static boolean isVerbose(ParseResult parsed) {
    for (ParseResult current = parsed; current != null; current = current.subcommand()) {
      if (current.hasMatchedOption(PlatformOptions.VERBOSE)) {
        return true;
      }
    }
    return false;
  }
}
