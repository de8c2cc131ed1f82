package dev.convene.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.ConveneException;
import dev.convene.core.NotFoundException;
import dev.convene.core.ValidationException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.JoinPolicy;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Purpose;
import dev.convene.core.model.UserId;
import dev.convene.platform.MembershipWorld.MutableClock;
import dev.convene.platform.internal.CacheFollower;
import dev.convene.platform.internal.MembershipKey;
import dev.convene.platform.internal.PolicyCache;
import dev.convene.storage.ChangeEntry;
import dev.convene.storage.ChangeLog;
import dev.convene.storage.Storage;
import dev.convene.storage.Transaction;
import dev.convene.storage.memory.InMemoryStorage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The policy cache follows the change log: what another writer of the store (another node) changed
 * is forgotten on the follower's next step, gaps included. Node A is a {@code Convene}; node B is
 * its cache and follower alone, stepped by the test.
 */
class CacheFollowerTest {
  private static final Actor ADA = Actor.user("ada");
  private static final Actor OLGA = Actor.user("olga");
  private static final UserId OLGA_ID = OLGA.user().orElseThrow();

  private final InMemoryStorage store = InMemoryStorage.create();
  private final Convene a = Convene.builder().storage(store).build();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
  private final PolicyCache cache = new PolicyCache(store, 1_000, Duration.ofMinutes(5));
  private final Community water = a.communities().create(ADA, "water", c -> c.name("Water"));
  private final MembershipKey olga = new MembershipKey(water.id(), OLGA_ID);

  @AfterEach
  void close() {
    a.close();
  }

  private CacheFollower follower() {
    return new CacheFollower(store, cache, Duration.ofMillis(200), clock);
  }

  /** Steps the follower over the change log as it would look with {@code hidden} not committed yet. */
  private void follow(CacheFollower follower, Set<Long> hidden) {
    store.read(tx -> {
      ChangeLog log = tx.changes();
      follower.follow(new ChangeLog() {
        @Override
        public List<ChangeEntry> since(long afterSequence, int limit) {
          return log.since(afterSequence, limit).stream().filter(e -> !hidden.contains(e.sequence())).toList();
        }

        @Override
        public long lastSequence() {
          return log.lastSequence();
        }

        @Override
        public java.util.UUID storeId() {
          return log.storeId();
        }
      });
      return null;
    });
  }

  private long lastSequence() {
    return store.read(tx -> tx.changes().lastSequence());
  }

  private void rename() {
    long version = a.communities().get(ADA, water.id()).version();
    a.communities().update(ADA, water.id(), version, b -> b.name("Water and sanitation"));
  }

  private Optional<MembershipState> olgaState() {
    return cache.membership(olga).map(Membership::state);
  }

  @Test
  @DisplayName("it starts at the end of the change log, with nothing cached")
  void startsAtTheEnd() {
    a.memberships().join(OLGA, water.id());
    assertEquals(lastSequence(), follower().floor());
  }

  @Test
  @DisplayName("a membership or community changed by another writer is forgotten on the next step")
  void forgetsForeignChanges() {
    a.memberships().join(OLGA, water.id());
    CacheFollower follower = follower();
    assertEquals(Optional.of(MembershipState.ACTIVE), olgaState());
    assertEquals(Privacy.PUBLIC, cache.community(water.id()).orElseThrow().privacy());

    a.memberships().remove(ADA, water.id(), OLGA_ID);
    Community current = a.communities().get(ADA, water.id());
    a.communities().update(ADA, water.id(), current.version(), b -> b.privacy(Privacy.PRIVATE)
        .joinPolicy(JoinPolicy.REQUEST));
    assertEquals(Optional.of(MembershipState.ACTIVE), olgaState(), "another node's writes do not reach this cache");

    follower.catchUp();
    assertEquals(Optional.empty(), olgaState());
    assertEquals(Privacy.PRIVATE, cache.community(water.id()).orElseThrow().privacy());
    assertEquals(lastSequence(), follower.floor());
  }

  @Test
  @DisplayName("an entry that appears late, below what the follower has read, is still applied")
  void lateEntry() {
    a.memberships().join(OLGA, water.id());
    CacheFollower follower = follower();
    assertEquals(Optional.of(MembershipState.ACTIVE), olgaState());
    a.memberships().remove(ADA, water.id(), OLGA_ID);
    long removal = lastSequence();
    rename();

    follow(follower, Set.of(removal));
    assertEquals("Water and sanitation", cache.community(water.id()).orElseThrow().name().get(Locale.ENGLISH).orElseThrow());
    assertEquals(Optional.of(MembershipState.ACTIVE), olgaState(), "the removal has not appeared yet");
    assertEquals(removal - 1, follower.floor(), "the follower waits for the gap");

    clock.advance(Duration.ofSeconds(5));
    follow(follower, Set.of());
    assertEquals(Optional.empty(), olgaState(), "the removal is applied when it appears");
    assertEquals(lastSequence(), follower.floor());
  }

  @Test
  @DisplayName("a gap left open past the gap timeout is taken for a rolled-back write, and the follower moves on")
  void gapGivenUp() {
    a.memberships().join(OLGA, water.id());
    CacheFollower follower = follower();
    long missing = lastSequence() + 1;
    a.memberships().remove(ADA, water.id(), OLGA_ID);
    rename();

    follow(follower, Set.of(missing));
    assertEquals(missing - 1, follower.floor());
    clock.advance(CacheFollower.GAP_TIMEOUT);
    follow(follower, Set.of(missing));
    assertEquals(lastSequence(), follower.floor());
  }

  @Test
  @DisplayName("when the change log cannot be read, the cache is emptied, so decisions read the store")
  void unreadableLog() {
    a.memberships().join(OLGA, water.id());
    Failing failing = new Failing(store);
    CacheFollower follower = new CacheFollower(failing, cache, Duration.ofMillis(200), clock);
    assertEquals(Optional.of(MembershipState.ACTIVE), olgaState());
    a.memberships().remove(ADA, water.id(), OLGA_ID);
    failing.down = true;
    assertThrows(ConveneException.class, follower::catchUp);
    assertEquals(Optional.empty(), olgaState(), "read again from the store");
  }

  @Test
  @DisplayName("an entry outlives a change the follower missed by no more than the cache's time to live")
  void timeToLive() throws InterruptedException {
    PolicyCache shortLived = new PolicyCache(store, 1_000, Duration.ofMillis(50));
    a.memberships().join(OLGA, water.id());
    assertTrue(shortLived.membership(olga).isPresent());
    a.memberships().remove(ADA, water.id(), OLGA_ID);
    assertTrue(shortLived.membership(olga).isPresent(), "nothing told this cache");
    Thread.sleep(100);
    assertEquals(Optional.empty(), shortLived.membership(olga));
  }

  @Test
  @DisplayName("two platforms on one store: a member removed through one is refused by the other within its "
      + "follow interval")
  void twoPlatforms() throws InterruptedException {
    Community secret = a.communities().create(ADA, "task-force", c -> c.name("Task Force")
        .purpose(Purpose.HIDDEN_GROUP));
    a.memberships().invite(ADA, secret.id(), OLGA_ID, Optional.empty());
    a.memberships().accept(OLGA, secret.id());
    try (Convene b = Convene.builder().storage(store).cacheFollowInterval(Duration.ofMillis(20)).build()) {
      assertEquals(secret.id(), b.communities().get(OLGA, secret.id()).id());
      a.memberships().remove(ADA, secret.id(), OLGA_ID);
      long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
      while (!refused(() -> b.communities().get(OLGA, secret.id()))) {
        assertTrue(System.nanoTime() < deadline, "still found after 2 s");
        Thread.sleep(5);
      }
    }
  }

  @Test
  @DisplayName("the follow interval and the time to live must be positive")
  void settings() {
    assertThrows(ValidationException.class, () -> Convene.builder().cacheFollowInterval(Duration.ZERO));
    assertThrows(ValidationException.class, () -> Convene.builder().cacheTtl(Duration.ofSeconds(-1)));
  }

  private static boolean refused(Runnable call) {
    try {
      call.run();
      return false;
    } catch (NotFoundException e) {
      return true;
    }
  }

  /** The store, but for reads that fail while {@link #down}: a database gone away. */
  private static final class Failing implements Storage {
    private final Storage store;
    volatile boolean down;

    Failing(Storage store) {
      this.store = store;
    }

    @Override
    public String name() {
      return "failing " + store.name();
    }

    @Override
    public <T extends @Nullable Object> T inTransaction(Function<? super Transaction, ? extends T> work) {
      return store.inTransaction(work);
    }

    @Override
    public <T extends @Nullable Object> T read(Function<? super Transaction, ? extends T> work) {
      if (down) {
        throw new ConveneException("database.unavailable", Map.of(), "the database is down");
      }
      return store.read(work);
    }
  }
}
