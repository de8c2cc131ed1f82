package dev.convene.platform.internal;

import dev.convene.core.ConflictException;
import dev.convene.core.event.DomainEvent;
import dev.convene.core.model.UserId;
import dev.convene.platform.Notification;
import dev.convene.platform.NotificationSink;
import dev.convene.storage.Delivery;
import dev.convene.storage.Storage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns each committed domain event into notifications; it listens on the platform's {@link Events}
 * bus, so it runs on the platform's executor after the write that caused the event has committed.
 *
 * <p>In one transaction it finds the recipients ({@link RecipientFinder}), writes the notification of
 * each {@code IMMEDIATE} recipient who may see it now ({@link RecipientCheck}), and records a digest
 * entry for each {@code DAILY} or {@code WEEKLY} one (what happened, not whether they may see it:
 * that is decided when the digest is sent); a transaction the store refuses as a conflict is tried
 * again, up to three times. The immediate notifications are then handed to the sink, outside the
 * transaction; a sink that throws is logged and the others are still delivered.
 */
public final class NotificationDispatcher implements Consumer<DomainEvent> {
  private static final Logger LOG = LoggerFactory.getLogger(NotificationDispatcher.class);
  private static final int ATTEMPTS = 3;

  private final Storage storage;
  private final RecipientFinder finder;
  private final RecipientCheck check;
  private final NotificationSink sink;

  public NotificationDispatcher(Storage storage, RecipientCheck check, NotificationPreference memberDefault,
      NotificationSink sink) {
    this.storage = storage;
    this.finder = new RecipientFinder(check, memberDefault);
    this.check = check;
    this.sink = sink;
  }

  @Override
  public void accept(DomainEvent event) {
    NotificationTopic topic = NotificationTopic.of(event);
    if (NotificationRule.of(topic.kind()).audiences().isEmpty()) {
      return;
    }
    for (Notification notification : prepare(event, topic)) {
      try {
        sink.deliver(notification);
      } catch (RuntimeException e) {
        LOG.warn("notification sink {} failed to deliver {} to {}", sink.name(), notification.kind(),
            notification.recipient(), e);
      }
    }
  }

  /** Finds the recipients, records the digest entries and writes the immediate notifications. */
  private List<Notification> prepare(DomainEvent event, NotificationTopic topic) {
    for (int attempt = 1; ; attempt++) {
      try {
        return storage.inTransaction(tx -> {
          List<Notification> now = new ArrayList<>();
          for (Map.Entry<UserId, Delivery> recipient : finder.find(tx, event, topic).entrySet()) {
            if (recipient.getValue() == Delivery.IMMEDIATE) {
              check.notification(tx, recipient.getKey(), topic).ifPresent(now::add);
            } else {
              tx.digests().add(topic.pending(recipient.getKey(), recipient.getValue()));
            }
          }
          return now;
        });
      } catch (ConflictException e) {
        // A database may refuse a transaction that raced another; nothing was delivered yet, so try again.
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }
}
