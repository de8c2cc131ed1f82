package dev.convene.storage.internal;

import dev.convene.storage.ChangeEntry;
import dev.convene.storage.ChangeLog;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A reader's position in a change log that may have gaps (see {@link ChangeLog}). Every sequence at
 * or below the {@linkplain #floor() floor} is settled: applied, or given up as never to come.
 * Sequences applied above the floor are remembered, and the entries below the highest of them are
 * read again on every poll, so that a transaction that committed late with lower numbers is still
 * applied. A gap left open for longer than the gap timeout is taken for a rolled-back transaction,
 * and the floor moves past it. Applying an entry twice is harmless to every reader here, so the
 * floor alone is what a reader persists.
 *
 * <p>Not thread-safe: its owner serialises polls.
 */
public final class ChangeCursor {
  private final Duration gapTimeout;
  private long floor;
  private final TreeSet<Long> seen = new TreeSet<>();
  private @Nullable Instant gapSince;

  /** A cursor at {@code floor}: every sequence up to it is settled. */
  public ChangeCursor(long floor, Duration gapTimeout) {
    this.floor = floor;
    this.gapTimeout = gapTimeout;
  }

  /** Every sequence at or below it is settled. */
  public long floor() {
    return floor;
  }

  /**
   * Whether every sequence applied is settled: no gap is open, so that no entry can still appear at
   * or below the floor, and an entry above it is all there is to read.
   */
  public boolean settled() {
    return seen.isEmpty();
  }

  /** The highest sequence applied, settled or not. */
  public long highest() {
    return seen.isEmpty() ? floor : seen.last();
  }

  /**
   * The entries not applied yet, at most about {@code limit} of them, in sequence order: those that
   * fill gaps below the highest applied sequence, then new ones above it.
   */
  public List<ChangeEntry> poll(ChangeLog log, int limit) {
    List<ChangeEntry> fresh = new ArrayList<>();
    if (!seen.isEmpty()) {
      for (ChangeEntry entry : log.since(floor, limit)) {
        if (entry.sequence() < seen.last() && !seen.contains(entry.sequence())) {
          fresh.add(entry);
        }
      }
    }
    fresh.addAll(log.since(highest(), limit));
    return fresh;
  }

  /** Records that the entry with this sequence was applied. */
  public void applied(long sequence) {
    if (sequence > floor) {
      seen.add(sequence);
    }
  }

  /**
   * Moves the floor up over every applied sequence that follows it, and over a gap that has stayed
   * open longer than the gap timeout (measured from when this cursor first saw it, at {@code now}).
   */
  public void settle(Instant now) {
    while (!seen.isEmpty()) {
      if (seen.first() == floor + 1) {
        floor = seen.pollFirst();
        gapSince = null;
      } else if (gapSince == null) {
        gapSince = now;
        return;
      } else if (Duration.between(gapSince, now).compareTo(gapTimeout) >= 0) {
        floor = seen.first() - 1;
        gapSince = null;
      } else {
        return;
      }
    }
  }

  /** Jumps to {@code newFloor}, forgetting what was seen (after a rebuild). */
  public void reset(long newFloor) {
    floor = newFloor;
    seen.clear();
    gapSince = null;
  }
}
