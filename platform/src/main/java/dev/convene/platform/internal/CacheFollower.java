package dev.convene.platform.internal;

import dev.convene.core.model.CommunityId;
import dev.convene.core.model.UserId;
import dev.convene.storage.ChangeEntry;
import dev.convene.storage.ChangeLog;
import dev.convene.storage.Storage;
import dev.convene.storage.internal.ChangeCursor;
import dev.convene.storage.internal.Follower;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the {@link PolicyCache} true to writes made elsewhere — through another node on the same
 * database, or by anything else that writes to the store — by following the store's change log on a
 * daemon thread: every community and membership entry makes the cache forget that community or
 * membership, whoever wrote it. This node's own writes are forgotten at once by {@link Writes} as
 * well; forgetting them again is harmless.
 *
 * <p>It starts at the change log's last sequence when it is created: the cache starts empty, so
 * nothing older can be stale in it. Gaps are handled by {@link ChangeCursor}: an entry that appears
 * late below the highest sequence read still invalidates, unless it appears after {@link
 * #GAP_TIMEOUT}. If the change log cannot be read, or the step fails with an {@link Error}, the cache
 * is emptied before the failure is reported, so that decisions read the store rather than trust what
 * can no longer be checked; the {@link Follower} logs it and follows again after a pause.
 */
public final class CacheFollower {
  /** How long a gap in the change log is waited for before it is taken for a rolled-back write. */
  public static final Duration GAP_TIMEOUT = Duration.ofSeconds(10);

  private static final int BATCH = 500;

  private final Storage storage;
  private final PolicyCache cache;
  private final Clock clock;
  private final ChangeCursor cursor;
  private final Follower thread;

  /**
   * A follower positioned at the change log's last sequence, not started. {@code clock} times gaps:
   * real time, whatever clock the platform's rules read.
   */
  public CacheFollower(Storage storage, PolicyCache cache, Duration interval, Clock clock) {
    this.storage = storage;
    this.cache = cache;
    this.clock = clock;
    this.cursor = new ChangeCursor(storage.read(tx -> tx.changes().lastSequence()), GAP_TIMEOUT);
    this.thread = new Follower("convene-cache-follower", this::catchUp, interval);
  }

  /** Starts the daemon thread. */
  public void start() {
    thread.start();
  }

  /** Stops the daemon thread and waits for its step to end. */
  public void stop() {
    try {
      thread.stop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Reads what was committed since the last step and forgets what it changed, on the calling thread.
   * It forgets after the read has ended, never inside it: a decision loading the same key into the
   * cache holds that key while it waits to read the store, and a store that makes readers wait for a
   * queued writer (the in-memory store does) would otherwise leave the three waiting on each other.
   */
  public synchronized void catchUp() {
    try {
      storage.read(tx -> poll(tx.changes())).forEach(this::forget);
    } catch (RuntimeException | Error e) {
      cache.invalidateAll();
      throw e;
    }
  }

  /**
   * Applies every entry of {@code log} this follower has not applied yet, at once: for a caller that
   * holds a log of its own. The follower's thread runs {@link #catchUp()}, which forgets after its read.
   */
  public synchronized void follow(ChangeLog log) {
    poll(log).forEach(this::forget);
  }

  /** Reads every entry of {@code log} this follower has not read yet, and marks them applied. */
  private List<ChangeEntry> poll(ChangeLog log) {
    List<ChangeEntry> read = new ArrayList<>();
    List<ChangeEntry> fresh = cursor.poll(log, BATCH);
    while (!fresh.isEmpty()) {
      for (ChangeEntry entry : fresh) {
        read.add(entry);
        cursor.applied(entry.sequence());
      }
      cursor.settle(clock.instant());
      fresh = cursor.poll(log, BATCH);
    }
    cursor.settle(clock.instant()); // also when nothing came, so that an open gap can time out
    return read;
  }

  /** Every sequence at or below it has been applied or given up. */
  public synchronized long floor() {
    return cursor.floor();
  }

  private void forget(ChangeEntry entry) {
    switch (entry.kind()) {
      case COMMUNITY -> cache.invalidate(CommunityId.of(entry.id()));
      case MEMBERSHIP -> entry.community().ifPresent(c -> cache.invalidate(new MembershipKey(c, UserId.of(entry.id()))));
      case ITEM, TAXONOMY -> {
        // the policy cache holds neither: items are read fresh, the taxonomy decides no access
      }
    }
  }
}
