package dev.convene.benchmarks.notifications;

import dev.convene.platform.Notification;
import dev.convene.platform.NotificationSink;
import java.util.concurrent.atomic.AtomicLong;

/** A sink that counts what it is given, as cheaply as a sink can: the bare cost of delivery. */
final class CountingSink implements NotificationSink {
  private final AtomicLong count = new AtomicLong();

  @Override
  public String name() {
    return "counting";
  }

  @Override
  public void deliver(Notification notification) {
    if (notification.kind().equals("community.privacy_changed")) {
      count.incrementAndGet();
    }
  }

  long count() {
    return count.get();
  }

  /** Waits until {@code expected} notifications of the change arrived. */
  void await(long expected) throws InterruptedException {
    while (count.get() < expected) {
      Thread.sleep(1);
    }
  }
}
