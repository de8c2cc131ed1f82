package dev.convene.storage.internal;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A daemon thread that keeps a reader of the change log (the search index, the policy cache) in step
 * with the store: it catches up, then sleeps for the poll interval or until {@linkplain #wake() woken}
 * by a committed change, and catches up again. A failure is logged and retried after a pause that
 * doubles up to 30 s; it never stops the thread. That holds for an {@link Error} too, an {@link
 * OutOfMemoryError} included: the step is what failed, and the reader it keeps in step would
 * otherwise go stale silently while the application runs on; a pause gives the heap a chance to
 * recover, and the log says what happened.
 */
public final class Follower {
  private static final Logger LOG = LoggerFactory.getLogger(Follower.class);

  private final Runnable step;
  private final Duration interval;
  private final Thread thread;
  private final Object signal = new Object();
  private boolean woken;
  private volatile boolean stopped;

  public Follower(String name, Runnable step, Duration interval) {
    this.step = step;
    this.interval = interval;
    this.thread = new Thread(this::run, name);
    this.thread.setDaemon(true);
  }

  /** Starts the thread. */
  public void start() {
    thread.start();
  }

  /** Whether the thread is running. */
  public boolean isRunning() {
    return thread.isAlive() && !stopped;
  }

  /** Asks for a catch-up now rather than after the poll interval. */
  public void wake() {
    synchronized (signal) {
      woken = true;
      signal.notifyAll();
    }
  }

  /** Stops the thread and waits for it to finish its step. */
  public void stop() throws InterruptedException {
    stopped = true;
    wake();
    if (thread.isAlive() && thread != Thread.currentThread()) {
      thread.join();
    }
  }

  private static Duration longer(Duration pause) {
    Duration doubled = pause.multipliedBy(2);
    return doubled.compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30) : doubled;
  }

  private void run() {
    Duration pause = interval;
    while (!stopped) {
      try {
        step.run();
        pause = interval;
      } catch (RuntimeException e) {
        LOG.warn("{} could not catch up with the store; retrying in {}", thread.getName(), pause, e);
        pause = longer(pause);
      } catch (Error e) {
        LOG.error("{} failed with an error; following again in {}", thread.getName(), pause, e);
        pause = longer(pause);
      }
      synchronized (signal) {
        long deadline = System.nanoTime() + pause.toNanos();
        while (!woken && !stopped) {
          long left = deadline - System.nanoTime();
          if (left <= 0) {
            break;
          }
          try {
            java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(signal, left);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
        woken = false;
      }
    }
  }
}
