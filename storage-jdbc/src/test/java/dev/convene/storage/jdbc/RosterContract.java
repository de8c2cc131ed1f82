package dev.convene.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.convene.core.ConflictException;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Membership;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import dev.convene.storage.MemberQuery;
import dev.convene.storage.Transaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two transactions that each read a roster and change a different membership of it (write skew under
 * snapshot isolation) cannot both commit: the second gets a conflict and would read again.
 */
abstract class RosterContract extends BehaviourSupport {
  RosterContract(JdbcBehaviour kit) {
    super(kit);
  }

  @Test
  @DisplayName("two admins demoting each other at once: one wins, the other conflicts, an admin remains")
  void demotions() throws Exception {
    CommunityId alpha = storage.inTransaction(tx -> tx.communities().insert(World.community("alpha"))).id();
    storage.useTransaction(tx -> {
      tx.memberships().insert(World.member(alpha, "ada", Role.ADMIN));
      tx.memberships().insert(World.member(alpha, "bob", Role.ADMIN));
    });
    List<String> admins = List.of("ada", "bob");
    List<Optional<Throwable>> outcomes = race(index -> tx -> {
      List<Membership> roster = tx.memberships().all(alpha);
      long active = roster.stream().filter(m -> m.hasRole(Role.ADMIN)).count();
      return () -> {
        if (active < 2) {
          throw new IllegalStateException("the last admin cannot be demoted");
        }
        Membership me = tx.memberships().get(alpha, UserId.of(admins.get(index))).orElseThrow();
        tx.memberships().update(World.withRole(me, Role.MEMBER));
      };
    });
    assertOneWinsOneConflicts(outcomes);
    assertEquals(1, storage.read(tx -> tx.memberships().all(alpha)).stream().filter(m -> m.hasRole(Role.ADMIN))
        .count());
  }

  @Test
  @DisplayName("two admins demoting each other after counting the admins, as a roster view does: one wins, an admin"
      + " remains")
  void demotionsAfterCounting() throws Exception {
    CommunityId alpha = storage.inTransaction(tx -> tx.communities().insert(World.community("alpha"))).id();
    storage.useTransaction(tx -> {
      tx.memberships().insert(World.member(alpha, "ada", Role.ADMIN));
      tx.memberships().insert(World.member(alpha, "bob", Role.ADMIN));
      tx.memberships().insert(World.member(alpha, "cid", Role.MEMBER));
    });
    MemberQuery admins = MemberQuery.active().withRoles(Role.ADMIN);
    List<String> names = List.of("ada", "bob");
    List<Optional<Throwable>> outcomes = race(index -> tx -> {
      long counted = tx.memberships().count(alpha, admins);
      Membership me = tx.memberships().get(alpha, UserId.of(names.get(index))).orElseThrow();
      return () -> {
        if (counted < 2) {
          throw new IllegalStateException("the last admin cannot be demoted");
        }
        tx.memberships().update(World.withRole(me, Role.MEMBER));
      };
    });
    assertOneWinsOneConflicts(outcomes);
    assertEquals(1L, (long) storage.read(tx -> tx.memberships().count(alpha, admins)));
  }

  @Test
  @DisplayName("joining a working group while being removed from its parent: one wins, the other conflicts")
  void workingGroupAndParent() throws Exception {
    Community parent = storage.inTransaction(tx -> tx.communities().insert(World.community("parent")));
    Community group = storage.inTransaction(tx -> tx.communities().insert(World.workingGroup("group", parent.id())));
    storage.useTransaction(tx -> {
      tx.memberships().insert(World.member(parent.id(), "ada", Role.ADMIN));
      tx.memberships().insert(World.member(parent.id(), "olga", Role.MEMBER));
      tx.memberships().insert(World.member(group.id(), "ada", Role.ADMIN));
    });
    UserId olga = UserId.of("olga");
    List<Optional<Throwable>> outcomes = race(index -> tx -> {
      if (index == 0) {
        boolean inParent = tx.memberships().get(parent.id(), olga).filter(Membership::isActive).isPresent();
        return () -> {
          if (inParent) {
            tx.memberships().insert(World.member(group.id(), "olga", Role.MEMBER));
          }
        };
      }
      boolean inGroup = tx.memberships().get(group.id(), olga).isPresent();
      return () -> {
        if (!inGroup) {
          Membership stored = tx.memberships().get(parent.id(), olga).orElseThrow();
          tx.memberships().delete(parent.id(), olga, stored.version());
        }
      };
    });
    assertOneWinsOneConflicts(outcomes);
    boolean inParent = storage.read(tx -> tx.memberships().get(parent.id(), olga)).isPresent();
    boolean inGroup = storage.read(tx -> tx.memberships().get(group.id(), olga)).isPresent();
    assertEquals(inParent, inGroup, "a member of the group is a member of the parent, and the other way round here");
  }

  /**
   * Runs two transactions that each read (the function), wait until both have read, then write (the
   * returned runnable); returns what each threw.
   */
  private List<Optional<Throwable>> race(Function<Integer, Function<Transaction, Runnable>> readThenWrite)
      throws Exception {
    CyclicBarrier bothRead = new CyclicBarrier(2);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        Function<Transaction, Runnable> work = readThenWrite.apply(i);
        running.add(threads.submit(() -> storage.useTransaction(tx -> {
          Runnable write = work.apply(tx);
          try {
            bothRead.await(30, TimeUnit.SECONDS);
          } catch (Exception e) {
            throw new AssertionError(e);
          }
          write.run();
        })));
      }
      List<Optional<Throwable>> outcomes = new ArrayList<>();
      for (Future<?> future : running) {
        try {
          future.get(60, TimeUnit.SECONDS);
          outcomes.add(Optional.empty());
        } catch (ExecutionException e) {
          outcomes.add(Optional.of(e.getCause()));
        }
      }
      return outcomes;
    } finally {
      threads.shutdownNow();
    }
  }

  private static void assertOneWinsOneConflicts(List<Optional<Throwable>> outcomes) {
    assertEquals(1, outcomes.stream().filter(Optional::isEmpty).count(), () -> "one winner: " + outcomes);
    outcomes.stream().flatMap(Optional::stream).forEach(failure -> assertInstanceOf(ConflictException.class, failure,
        () -> "the loser conflicts: " + failure));
  }
}
