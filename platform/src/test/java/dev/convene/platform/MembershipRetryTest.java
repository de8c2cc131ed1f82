package dev.convene.platform;

import static dev.convene.platform.MembershipWorld.ADA;
import static dev.convene.platform.MembershipWorld.OLGA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.ConflictException;
import dev.convene.core.membership.MembershipConflictException;
import dev.convene.core.model.Community;
import dev.convene.storage.Storage;
import dev.convene.storage.Transaction;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A store's version conflict is retried; the roster's refusal is not. */
class MembershipRetryTest {
  /**
   * A store that reports a version conflict at the end of the next {@code failures} writing
   * transactions, as a database does when a concurrent transaction committed first.
   */
  static final class FlakyStorage implements Storage {
    final AtomicInteger failures = new AtomicInteger();
    final AtomicInteger transactions = new AtomicInteger();
    private final Storage inner;

    FlakyStorage(Storage inner) {
      this.inner = inner;
    }

    @Override
    public String name() {
      return "flaky";
    }

    @Override
    public <T> T inTransaction(Function<? super Transaction, ? extends T> work) {
      transactions.incrementAndGet();
      return inner.inTransaction(tx -> {
        T result = work.apply(tx);
        if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
          throw new ConflictException(ConflictException.CONCURRENT_CHANGE, Map.of(),
              "the membership was changed meanwhile");
        }
        return result;
      });
    }

    @Override
    public <T> T read(Function<? super Transaction, ? extends T> work) {
      return inner.read(work);
    }
  }

  private FlakyStorage flaky;
  private final MembershipWorld w = new MembershipWorld(store -> flaky = new FlakyStorage(store));
  private final Community open = w.community("open", b -> b);

  @Test
  @DisplayName("two store conflicts are retried in fresh transactions; only the committed attempt is audited and announced")
  void retried() {
    flaky.failures.set(2);
    flaky.transactions.set(0);
    w.memberships.join(OLGA, open.id());
    // both conflicts were spent on the join's first two attempts; the third committed (notifications
    // may open transactions of their own afterwards, so the total count is not the join's alone)
    assertEquals(0, flaky.failures.get());
    assertTrue(flaky.transactions.get() >= 3);
    w.saw("open: olga JOINED by olga, none -> ACTIVE MEMBER");
    assertEquals(1, w.events.size());
  }

  @Test
  @DisplayName("after three store conflicts the call fails with the conflict and nothing is written")
  void givesUp() {
    flaky.failures.set(3);
    flaky.transactions.set(0);
    ConflictException e = assertThrows(ConflictException.class, () -> w.memberships.join(OLGA, open.id()));
    assertFalse(e instanceof MembershipConflictException);
    assertEquals(3, flaky.transactions.get());
    w.sawNothing();
    assertEquals(0, w.events.size());
  }

  @Test
  @DisplayName("a transition the roster refuses is not retried")
  void refusalNotRetried() {
    flaky.transactions.set(0);
    assertInstanceOf(MembershipConflictException.class,
        assertThrows(ConflictException.class, () -> w.memberships.leave(ADA, open.id())));
    assertEquals(1, flaky.transactions.get());
  }
}
