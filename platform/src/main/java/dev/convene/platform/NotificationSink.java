package dev.convene.platform;

import java.util.List;

/**
 * Where notifications go: the host portal implements it to send mail, show a badge or push to a
 * phone. Convene calls it only with notifications the recipient may see at the moment of sending.
 *
 * <p>Calls come from the notification outbox's sender threads, on every node, and from callers of
 * {@link NotificationService#deliverPending()}, so an implementation must be thread-safe. An
 * exception it throws does not undo the change that caused the notification: the batch it belongs to
 * is offered again after a backoff ({@link OutboxSettings}).
 *
 * <p>Delivery is at least once: the same notification may be offered more than once (after a crash,
 * a retry, or a lease that passed to another node), and then carries the same {@link
 * Notification#id()}. A sink that must not repeat itself keeps the ids it has handled and drops a
 * notification whose id it has seen (for example, a unique key on the id in its own mail queue);
 * one that may repeat itself (a badge count recomputed from the store) can ignore ids.
 */
public interface NotificationSink {
  /** A sink that drops everything, the default when the host gives none. */
  NotificationSink NONE = new NotificationSink() {
    @Override
    public String name() {
      return "none";
    }

    @Override
    public void deliver(Notification notification) {}
  };

  /**
   * A short name for logs.
   *
   * @return the sink's name, such as {@code "mail"}
   */
  String name();

  /**
   * Delivers one notification at once; throwing refuses it, and it is offered again later with the
   * same id.
   *
   * @param notification what to deliver, for its recipient only
   */
  void deliver(Notification notification);

  /**
   * Delivers a digest: several notifications for one recipient, gathered over a day or a week, in
   * the order they happened; never empty. A digest that throws stays pending and is offered again at
   * the next run, and a crash after delivery offers it again too, so a digest may arrive twice. The
   * default delivers them one by one.
   *
   * @param digest one recipient's notifications, oldest first
   */
  default void deliverDigest(List<Notification> digest) {
    digest.forEach(this::deliver);
  }
}
