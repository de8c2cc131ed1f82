package dev.convene.platform.internal;

import dev.convene.core.ConflictException;
import dev.convene.platform.NotificationSink;
import dev.convene.platform.OutboxSettings;
import dev.convene.storage.OutboxEntry;
import dev.convene.storage.Storage;
import dev.convene.storage.internal.Follower;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the notification outbox of one node: claims one due entry at a time under a lease named
 * for this claim alone (so that two threads of one node never both hold an entry whose lease ran
 * out), sends it ({@link OutboxSender}), and goes on until nothing is due or the worker is stopped. It runs on a
 * daemon thread woken by this node's commits and polling for the rest, and on the caller's thread
 * for {@link #deliverDue()} and {@link #awaitDelivered(Duration)}. Entries are claimed one at a time
 * so that no claimed entry waits behind another while its lease runs out.
 */
public final class OutboxWorker {
  private static final Logger LOG = LoggerFactory.getLogger(OutboxWorker.class);

  private final Storage storage;
  private final OutboxSender sender;
  private final OutboxSettings settings;
  private final Clock clock;
  private final String node = "convene-" + UUID.randomUUID();
  private final @Nullable Follower thread;
  private volatile boolean stopping;

  /** A worker, not started; {@code clock} times leases and retries: real time, whatever the rules read. */
  public OutboxWorker(Storage storage, RecipientCheck check, NotificationPreference memberDefault,
      NotificationSink sink, OutboxSettings settings, Clock clock) {
    this.storage = storage;
    this.settings = settings;
    this.clock = clock;
    this.sender = new OutboxSender(storage, check, memberDefault, sink, settings, clock, () -> stopping);
    this.thread = settings.background()
        ? new Follower("convene-notifications", this::deliverDue, settings.pollInterval()) : null;
  }

  /** Starts the daemon thread, if the settings ask for one. */
  public void start() {
    if (thread != null) {
      thread.start();
    }
  }

  /** Asks the daemon thread to look for due entries now. */
  public void wake() {
    if (thread != null) {
      thread.wake();
    }
  }

  /**
   * Stops the daemon thread and waits for its step to end: the entry being sent stops after its
   * current batch, and whoever claims it once its lease ends goes on from the progress recorded.
   */
  public void stop() {
    stopping = true;
    if (thread != null) {
      try {
        thread.stop();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Claims and sends due entries on the calling thread until none is due; returns how many it handled. */
  public int deliverDue() {
    int handled = 0;
    while (!stopping) {
      String claimant = node + ":" + UUID.randomUUID();
      List<OutboxEntry> claimed;
      try {
        claimed = storage.inTransaction(tx -> tx.outbox().claim(claimant, clock.instant(), settings.lease(), 1));
      } catch (ConflictException e) {
        // another node claimed the row this one was about to lock: it is theirs; look again next time
        LOG.debug("an outbox claim met another node's: {}", e.getMessage());
        return handled;
      }
      if (claimed.isEmpty()) {
        return handled;
      }
      OutboxEntry entry = claimed.get(0);
      try {
        sender.send(entry, claimant);
      } catch (RuntimeException e) {
        release(entry, claimant, e);
      }
      handled++;
    }
    return handled;
  }

  /**
   * Waits until every entry in the outbox when called has been delivered or given up, delivering on
   * the calling thread when there is no daemon thread.
   *
   * @return false if {@code timeout} passed first (a sink failing, and its entries waiting to be retried)
   */
  public boolean awaitDelivered(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    long mark = storage.read(tx -> tx.outbox().newest());
    while (storage.read(tx -> tx.outbox().countUpTo(mark)) > 0) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      if (thread == null) {
        deliverDue();
      } else {
        wake();
      }
      try {
        TimeUnit.MILLISECONDS.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }

  /**
   * Puts back an entry whose sending failed before the sink was reached (the store, or the policy, threw):
   * tried again after the backoff of its attempts, and given up, with an error logged, after
   * {@link OutboxSettings#attempts()} of them, so that an entry that always fails does not come back
   * forever.
   */
  private void release(OutboxEntry entry, String claimant, RuntimeException cause) {
    int attempt = entry.attempts() + 1;
    try {
      if (attempt >= settings.attempts()) {
        LOG.error("could not send outbox entry {} {} times in a row; giving it up", entry.id(), attempt, cause);
        storage.useTransaction(tx -> tx.outbox().complete(entry.id(), claimant));
      } else {
        Duration backoff = settings.backoff(attempt);
        LOG.warn("could not send outbox entry {}; it is tried again after {}", entry.id(), backoff, cause);
        storage.useTransaction(tx -> tx.outbox().retry(entry.id(), claimant, clock.instant().plus(backoff)));
      }
    } catch (RuntimeException e) {
      LOG.warn("could not release outbox entry {}; another sender takes it when its lease ends", entry.id(), e);
    }
  }
}
