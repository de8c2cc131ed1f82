package dev.convene.cli.internal;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * A command that fails says why in one line on standard error, named by the command, and exits 1; the
 * stack trace follows only with {@code --verbose}. Usage errors never come here: picocli answers them
 * with its message, the usage and exit code 2.
 */
public final class OneLineErrors implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine line, ParseResult parsed) {
    PrintWriter err = line.getErr();
    err.println(line.getCommandSpec().qualifiedName() + ": " + oneLine(e));
    if (Verbosity.isVerbose(parsed)) {
      e.printStackTrace(err);
    }
    err.flush();
    return line.getCommandSpec().exitCodeOnExecutionException();
  }

  /** The exception's message on one line (a database's may span several), or its type if it has none. */
  static String oneLine(Throwable e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName() + (e.getCause() == null ? "" : ": " + oneLine(e.getCause()));
    }
    return oneLine(message);
  }

  /** {@code text} on one line: its line breaks, and the blanks around them, become one space. */
  static String oneLine(String text) {
    return text.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
