package dev.convene.platform.internal;

import dev.convene.core.event.DomainEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands committed domain events to listeners on the platform's executor. A listener's failure is
 * logged and never reaches the writer, whose change is already committed.
 */
public final class Events {
  private static final Logger LOG = LoggerFactory.getLogger(Events.class);

  private final Executor executor;
  private final List<Consumer<DomainEvent>> listeners = new CopyOnWriteArrayList<>();

  public Events(Executor executor) {
    this.executor = executor;
  }

  /** Adds a listener for every event published from now on. */
  public void listen(Consumer<DomainEvent> listener) {
    listeners.add(listener);
  }

  /** Publishes committed events, in order, on the executor. */
  public void publish(List<DomainEvent> events) {
    if (events.isEmpty() || listeners.isEmpty()) {
      return;
    }
    executor.execute(() -> {
      for (DomainEvent event : events) {
        for (Consumer<DomainEvent> listener : listeners) {
          try {
            listener.accept(event);
          } catch (RuntimeException e) {
            LOG.warn("a listener failed on {} event in {}", event.getClass().getSimpleName(), event.community(), e);
          }
        }
      }
    });
  }
}
