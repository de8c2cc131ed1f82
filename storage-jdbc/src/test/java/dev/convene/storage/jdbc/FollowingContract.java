package dev.convene.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.model.Community;
import dev.convene.storage.ChangeEntry;
import dev.convene.storage.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A follower of the change log sees every committed entry, however late its transaction commits. */
abstract class FollowingContract extends BehaviourSupport {
  private static final int WRITERS = 4;
  private static final int WRITES = 30;

  FollowingContract(JdbcBehaviour kit) {
    super(kit);
  }

  @Test
  @DisplayName("the transaction that wrote first but commits last is not skipped by a follower already past the other")
  void lateCommit() throws Exception {
    CountDownLatch firstWrote = new CountDownLatch(1);
    CountDownLatch secondCommitted = new CountDownLatch(1);
    ExecutorService writers = Executors.newFixedThreadPool(2);
    try (Follower follower = new Follower(storage)) {
      Future<?> first = writers.submit(() -> storage.useTransaction(tx -> {
        tx.communities().insert(World.community("first-writer"));
        firstWrote.countDown();
        await(secondCommitted);
      }));
      assertTrue(firstWrote.await(30, TimeUnit.SECONDS));
      writers.submit(() -> storage.useTransaction(tx -> tx.communities().insert(World.community("second-writer"))))
          .get(30, TimeUnit.SECONDS);
      follower.awaitSeen(seen -> seen.size() == 1);
      long passed = follower.position();
      secondCommitted.countDown();
      first.get(30, TimeUnit.SECONDS);
      follower.awaitSeen(seen -> seen.size() == 2);
      List<ChangeEntry> seen = follower.seen();
      assertEquals(List.of("second-writer", "first-writer"), seen.stream().map(ChangeEntry::id).toList(),
          "entries in commit order");
      assertTrue(seen.get(1).sequence() > passed, "the late entry is numbered after the one the follower passed");
      assertEquals(all(), seen);
    } finally {
      writers.shutdownNow();
    }
  }

  @Test
  @DisplayName("writers that hold their transactions open for random times: the follower reads every entry once")
  void randomHolds() throws Exception {
    long seed = System.nanoTime();
    System.out.println("FollowingContract.randomHolds seed: " + seed + " (" + kit.database().dialect() + ")");
    ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
    try (Follower follower = new Follower(storage)) {
      List<Future<?>> running = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        Random random = new Random(seed + w);
        int writer = w;
        running.add(writers.submit(() -> {
          for (int i = 0; i < WRITES; i++) {
            String id = "w" + writer + "-" + i;
            int hold = random.nextInt(4);
            storage.useTransaction(tx -> {
              Community stored = tx.communities().insert(World.community(id));
              tx.communities().update(stored.toBuilder().reviewBeforePublication(true).build());
              sleep(hold);
            });
          }
          return null;
        }));
      }
      for (Future<?> writer : running) {
        writer.get(60, TimeUnit.SECONDS);
      }
      List<ChangeEntry> all = all();
      assertEquals(2 * WRITERS * WRITES, all.size());
      follower.awaitSeen(seen -> seen.size() >= all.size());
      assertEquals(all, follower.seen(), "seed " + seed);
    } finally {
      writers.shutdownNow();
    }
  }

  private List<ChangeEntry> all() {
    return storage.read(tx -> tx.changes().since(0, PageRequest.MAX_LIMIT));
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new AssertionError("timed out");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static void sleep(int millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
