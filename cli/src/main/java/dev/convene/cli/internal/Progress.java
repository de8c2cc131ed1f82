package dev.convene.cli.internal;

import java.io.Console;
import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * How far long work has come: a progress bar on a terminal, and where the output goes to a file or
 * another program, a plain line at the start, at each tenth and at the end.
 */
abstract sealed class Progress implements AutoCloseable {

  /** Starts reporting {@code task}: a bar if standard output is a terminal, lines on {@code out} otherwise. */
  static Progress start(String task, PrintWriter out) {
    return onTerminal() ? new Bar(task) : new Lines(task, out);
  }

  /** {@code done} of {@code total} are done; {@code total} may grow as the work finds more. */
  abstract void update(long done, long total);

  @Override
  public abstract void close();

  /**
   * Whether a person watches: before Java 22 a console exists only on a terminal; from 22 on, one
   * exists with redirected streams too and says itself whether it is a terminal.
   */
  private static boolean onTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // before Java 22
    }
  }

  private static final class Bar extends Progress {
    private final ProgressBar bar;

    Bar(String task) {
      bar = ProgressBar.builder().setTaskName(task).setStyle(ProgressBarStyle.ASCII).setInitialMax(-1).build();
    }

    @Override
    void update(long done, long total) {
      bar.maxHint(total);
      bar.stepTo(done);
    }

    @Override
    public void close() {
      bar.close();
    }
  }

  private static final class Lines extends Progress {
    private final String task;
    private final PrintWriter out;
    private long shownTenth = -1;
    private long done;
    private long total;

    Lines(String task, PrintWriter out) {
      this.task = task;
      this.out = out;
    }

    @Override
    void update(long done, long total) {
      this.done = done;
      this.total = total;
      long tenth = total == 0 ? 10 : done * 10 / total;
      if (tenth > shownTenth) {
        shownTenth = tenth;
        out.println(String.format(Locale.ROOT, "%s: %d of %d (%d%%)", task, done, total, tenth * 10));
        out.flush();
      }
    }

    @Override
    public void close() {
      if (shownTenth < 10) {
        out.println(String.format(Locale.ROOT, "%s: stopped at %d of %d", task, done, total));
        out.flush();
      }
    }
  }
}
