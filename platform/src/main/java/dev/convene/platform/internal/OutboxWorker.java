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
 * for this node, sends it ({@link OutboxSender}), and goes on until nothing is due. It runs on a
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

  /** A worker, not started; {@code clock} times leases and retries: real time, whatever the rules read. */
  public OutboxWorker(Storage storage, RecipientCheck check, NotificationPreference memberDefault,
      NotificationSink sink, OutboxSettings settings, Clock clock) {
    this.storage = storage;
    this.settings = settings;
    this.clock = clock;
    this.sender = new OutboxSender(storage, check, memberDefault, sink, settings, clock, node);
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

  /** Stops the daemon thread and waits for its step to end. */
  public void stop() {
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
    while (true) {
      List<OutboxEntry> claimed;
      try {
        claimed = storage.inTransaction(tx -> tx.outbox().claim(node, clock.instant(), settings.lease(), 1));
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
        sender.send(entry);
      } catch (RuntimeException e) {
        LOG.warn("could not send outbox entry {}; it is tried again after {}", entry.id(), settings.backoff(1), e);
        release(entry);
      }
      handled++;
    }
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

  private void release(OutboxEntry entry) {
    try {
      storage.useTransaction(tx -> tx.outbox().retry(entry.id(), node, clock.instant().plus(settings.backoff(1))));
    } catch (RuntimeException e) {
      LOG.warn("could not release outbox entry {}; another sender takes it when its lease ends", entry.id(), e);
    }
  }
}
