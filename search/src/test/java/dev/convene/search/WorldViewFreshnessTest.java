package dev.convene.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.model.Actor;
import dev.convene.core.model.CommunityId;
import dev.convene.search.internal.WorldView;
import dev.convene.storage.ChangeEntry;
import dev.convene.storage.ChangeLog;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The world a search sees, kept without a transaction per search while the store commits nothing
 * new: also after a gap in the change log (a sequence a rolled-back write took and left empty), and
 * without asking the store at all, within the interval allowed for writes made elsewhere, where the
 * store counts its own writes.
 */
class WorldViewFreshnessTest {
  private static final Duration GAP_TIMEOUT = Duration.ofSeconds(1);

  /** The log with every sequence from {@code gap} on moved up by one, so that {@code gap} stays empty. */
  private static ChangeLog withGap(ChangeLog log, long gap) {
    return new ChangeLog() {
      @Override
      public List<ChangeEntry> since(long afterSequence, int limit) {
        long inner = afterSequence >= gap ? afterSequence - 1 : afterSequence;
        return log.since(inner, limit).stream().map(e -> e.sequence() < gap ? e
            : new ChangeEntry(e.sequence() + 1, e.at(), e.kind(), e.id(), e.community(), e.op())).toList();
      }

      @Override
      public long lastSequence() {
        long last = log.lastSequence();
        return last >= gap ? last + 1 : last;
      }

      @Override
      public UUID storeId() {
        return log.storeId();
      }
    };
  }

  @Test
  @DisplayName("a gap nothing fills is closed after the gap timeout, and searches read no transaction again")
  void gapClosesWithoutNewEntries() {
    Fixture world = new Fixture();
    world.community("water", c -> c);
    PoisonStorage store = new PoisonStorage(world.storage);
    long gap = world.storage.lastSequence() + 1;
    store.logView = log -> withGap(log, gap);
    WorldView view = new WorldView(store, world.clock, GAP_TIMEOUT, Duration.ofMinutes(1), 100);

    view.sync(Actor.anonymous());
    int reads = store.readTransactions.get();
    view.sync(Actor.anonymous());
    assertEquals(reads, store.readTransactions.get(), "nothing new: no transaction");

    // the next write is shown one sequence later: the gap before it stays open
    world.community("earth", c -> c);
    assertTrue(view.sync(Actor.anonymous()).world().community(CommunityId.of("earth")).isPresent(),
        "the new community counts from the next search");
    view.sync(Actor.anonymous());
    assertTrue(store.readTransactions.get() > reads, "while the gap is open, each search reads the log");

    world.clock.advance(GAP_TIMEOUT.plusMillis(1));
    view.sync(Actor.anonymous()); // finds the gap still empty past the timeout: taken for a rolled-back write
    int settled = store.readTransactions.get();
    for (int i = 0; i < 3; i++) {
      assertTrue(view.sync(Actor.anonymous()).world().community(CommunityId.of("earth")).isPresent());
    }
    assertEquals(settled, store.readTransactions.get(), "the gap closed: no transaction per search again");

    world.community("fire", c -> c);
    assertTrue(view.sync(Actor.anonymous()).world().community(CommunityId.of("fire")).isPresent(),
        "a write after that still counts from the next search");
  }

  private static boolean sees(WorldView view, String community) {
    return view.sync(Actor.anonymous()).world().community(CommunityId.of(community)).isPresent();
  }

  @Test
  @DisplayName("with writes elsewhere allowed a minute, a store that counts its writes is asked again only after one")
  void askedAgainOnlyAfterAWriteThroughIt() {
    Fixture world = new Fixture();
    world.community("water", c -> c);
    PoisonStorage store = new PoisonStorage(world.storage);
    store.countsWrites = true;
    WorldView view = new WorldView(store, world.clock, GAP_TIMEOUT, Duration.ofMinutes(1), 100);
    view.sync(Actor.anonymous());
    view.sync(Actor.anonymous());
    int asked = store.lastSequenceAsked.get();
    int reads = store.readTransactions.get();
    for (int i = 0; i < 5; i++) {
      assertTrue(sees(view, "water"));
    }
    assertEquals(asked, store.lastSequenceAsked.get(), "nothing written through the store: not asked");
    assertEquals(reads, store.readTransactions.get());

    store.useTransaction(tx -> tx.communities().insert(
        dev.convene.core.model.Community.builder(CommunityId.of("earth"), "earth").name("earth").build()));
    assertTrue(sees(view, "earth"), "a write through the store counts from the next search");
    assertEquals(asked + 1, store.lastSequenceAsked.get(), "asked once after the write");

    // written through another store object on the same data: unseen within the minute allowed
    world.community("fire", c -> c);
    assertFalse(sees(view, "fire"), "a write elsewhere may go unseen for the interval");
  }

  @Test
  @DisplayName("a write elsewhere counts from the next search by default, and within the interval when one is set")
  void writesElsewhere() throws InterruptedException {
    Fixture world = new Fixture();
    world.community("water", c -> c);
    PoisonStorage store = new PoisonStorage(world.storage);
    store.countsWrites = true;
    WorldView strict = new WorldView(store, world.clock, GAP_TIMEOUT, Duration.ZERO, 100);
    WorldView relaxed = new WorldView(store, world.clock, GAP_TIMEOUT, Duration.ofMillis(50), 100);
    assertTrue(sees(strict, "water"));
    assertTrue(sees(relaxed, "water"));

    world.community("earth", c -> c);
    assertTrue(sees(strict, "earth"), "zero: the store is asked every time");
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!sees(relaxed, "earth") && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertTrue(sees(relaxed, "earth"), "seen once the interval has passed");
  }
}
