package dev.convene.platform;

import java.util.List;

/**
 * Where notifications go: the host portal implements it to send mail, show a badge or push to a
 * phone. Convene calls it only with notifications the recipient may see at the moment of sending.
 *
 * <p>Calls may come from the executor given to {@link Convene.Builder#executor}, so an
 * implementation must be thread-safe; an exception it throws is logged and does not undo the change
 * that caused the notification.
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

  /** A short name for logs. */
  String name();

  /** Delivers one notification at once. */
  void deliver(Notification notification);

  /**
   * Delivers a digest: several notifications for one recipient, gathered over a day or a week, in
   * the order they happened; never empty. A digest that throws stays pending and is offered again at
   * the next run, and a crash after delivery offers it again too, so a digest may arrive twice. The
   * default delivers them one by one.
   */
  default void deliverDigest(List<Notification> digest) {
    digest.forEach(this::deliver);
  }
}
