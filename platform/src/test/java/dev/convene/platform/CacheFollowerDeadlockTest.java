package dev.convene.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.UserId;
import dev.convene.platform.MembershipWorld.MutableClock;
import dev.convene.platform.internal.CacheFollower;
import dev.convene.platform.internal.MembershipKey;
import dev.convene.platform.internal.PolicyCache;
import dev.convene.storage.Storage;
import dev.convene.storage.Transaction;
import dev.convene.storage.memory.InMemoryStorage;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The follower never forgets a cache entry while it holds a read of the store. A decision that loads
 * a membership holds that entry of the cache while it reads the store, and the in-memory store makes
 * a new reader wait behind a writer already waiting. Were the follower to forget that entry inside
 * its own read, the three would wait on each other for ever: the loader for the writer, the writer
 * for the follower's read, the follower for the loader's entry. The test builds exactly that order,
 * on daemon threads, and fails if any of them is still waiting after 10 s.
 */
class CacheFollowerDeadlockTest {
  private static final Actor ADA = Actor.user("ada");
  private static final Actor OLGA = Actor.user("olga");

  private final InMemoryStorage store = InMemoryStorage.create();
  private final CountDownLatch loaderMayRead = new CountDownLatch(1);
  private final CountDownLatch loaderWaits = new CountDownLatch(1);
  private final PolicyCache cache = new PolicyCache(new Gated(), 1_000, Duration.ofMinutes(5));
  private final CacheFollower follower = new CacheFollower(new Gated(), cache, Duration.ofHours(1),
      new MutableClock(Instant.parse("2026-03-02T09:00:00Z")));

  @Test
  @DisplayName("a loading decision, a queued writer and the follower forgetting the same membership all finish")
  void noDeadlock() throws InterruptedException {
    MembershipKey olga;
    try (Convene node = Convene.builder().storage(store).build()) { // closed first: only the test's threads run
      Community water = node.communities().create(ADA, "water", c -> c.name("Water"));
      node.memberships().join(OLGA, water.id()); // a change the follower will forget
      olga = new MembershipKey(water.id(), UserId.of("olga"));
    }

    Thread loader = start("loader", () -> cache.membership(olga));
    assertTrue(loaderWaits.await(10, TimeUnit.SECONDS), "the loader holds the entry and waits to read");
    Thread following = start("follower", follower::catchUp);
    awaitWaiting(following); // forgetting the entry the loader holds
    Thread writer = start("writer", () -> store.useTransaction(tx -> { }));
    writer.join(2_000); // waits here only while the follower still holds its read
    loaderMayRead.countDown();

    for (Thread thread : new Thread[] {loader, following, writer}) {
      thread.join(10_000);
      assertEquals(Thread.State.TERMINATED, thread.getState(), thread.getName() + " is stuck");
    }
    assertEquals(MembershipState.ACTIVE, cache.membership(olga).orElseThrow().state());
  }

  private static Thread start(String name, Runnable body) {
    Thread thread = new Thread(body, name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  /** Waits until {@code thread} no longer runs (it waits for a lock, or it ended), up to 10 s. */
  private static void awaitWaiting(Thread thread) throws InterruptedException {
    for (int i = 0; i < 1_000 && thread.getState() == Thread.State.RUNNABLE; i++) {
      Thread.sleep(10);
    }
  }

  /** The store, whose reads on the loader's thread wait until the test lets them go on. */
  private final class Gated implements Storage {
    @Override
    public String name() {
      return store.name();
    }

    @Override
    public <T extends @Nullable Object> T inTransaction(Function<? super Transaction, ? extends T> work) {
      return store.inTransaction(work);
    }

    @Override
    public <T extends @Nullable Object> T read(Function<? super Transaction, ? extends T> work) {
      if (Thread.currentThread().getName().equals("loader")) {
        loaderWaits.countDown();
        try {
          loaderMayRead.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return store.read(work);
    }
  }
}
