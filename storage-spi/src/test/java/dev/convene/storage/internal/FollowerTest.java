package dev.convene.storage.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FollowerTest {

  /** A step that fails with {@code failure} on its first call, then succeeds, counting its calls. */
  private static final class FailingOnce implements Runnable {
    final AtomicInteger calls = new AtomicInteger();
    final CountDownLatch succeeded = new CountDownLatch(2);
    final Throwable failure;

    FailingOnce(Throwable failure) {
      this.failure = failure;
    }

    @Override
    public void run() {
      if (calls.incrementAndGet() == 1) {
        if (failure instanceof Error e) {
          throw e;
        }
        throw (RuntimeException) failure;
      }
      succeeded.countDown();
    }
  }

  private static void keepsFollowing(Throwable failure) throws InterruptedException {
    FailingOnce step = new FailingOnce(failure);
    Follower follower = new Follower("test-follower", step, Duration.ofMillis(5));
    follower.start();
    try {
      // two successful steps after the failure show the thread kept its loop, not just one retry
      assertTrue(step.succeeded.await(30, TimeUnit.SECONDS), "no step after the failure: " + step.calls);
      assertTrue(follower.isRunning());
    } finally {
      follower.stop();
    }
  }

  @Test
  @DisplayName("a step that throws an OutOfMemoryError is logged, and the thread keeps following")
  void errorDoesNotStopTheThread() throws InterruptedException {
    keepsFollowing(new OutOfMemoryError("simulated"));
  }

  @Test
  @DisplayName("a step that throws a StackOverflowError or an AssertionError does not stop it either")
  void otherErrors() throws InterruptedException {
    keepsFollowing(new StackOverflowError("simulated"));
    keepsFollowing(new AssertionError("simulated"));
  }

  @Test
  @DisplayName("a step that throws a runtime exception is retried")
  void runtimeException() throws InterruptedException {
    keepsFollowing(new IllegalStateException("the database is down"));
  }
}
