package dev.convene.portal;

import dev.convene.core.model.UserId;
import dev.convene.platform.Notification;
import dev.convene.platform.NotificationId;
import dev.convene.platform.NotificationSink;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The portal's notification sink: it keeps, in memory, the notifications delivered to each person, for
 * the inbox page. A real host would keep them in its own database or send mail; this one forgets them
 * when the process ends. Delivery is at least once, so a notification whose id it holds is dropped.
 */
public final class PortalInbox implements NotificationSink {
  /** The most notifications kept per person; the oldest go first. */
  static final int MAX_PER_PERSON = 500;

  private final Map<UserId, Deque<Entry>> inboxes = new HashMap<>();

  /** Creates an empty inbox for everyone. */
  public PortalInbox() {}

  /**
   * A delivered notification and whether its recipient has read it.
   *
   * @param notification what Convene delivered
   * @param read whether the recipient has marked it read
   */
  public record Entry(Notification notification, boolean read) {}

  @Override
  public String name() {
    return "portal-inbox";
  }

  @Override
  public synchronized void deliver(Notification notification) {
    Deque<Entry> inbox = inboxes.computeIfAbsent(notification.recipient(), r -> new ArrayDeque<>());
    if (inbox.stream().anyMatch(e -> e.notification().id().equals(notification.id()))) {
      return; // a repeat of one already delivered
    }
    inbox.addFirst(new Entry(notification, false));
    while (inbox.size() > MAX_PER_PERSON) {
      inbox.removeLast();
    }
  }

  /**
   * The person's notifications, newest first.
   *
   * @param recipient whose inbox
   * @return a copy, empty for someone who never received one
   */
  public synchronized List<Entry> of(UserId recipient) {
    return List.copyOf(inboxes.getOrDefault(recipient, new ArrayDeque<>()).stream()
        .sorted((a, b) -> b.notification().at().compareTo(a.notification().at())).toList());
  }

  /**
   * Marks notifications of the person read: those with these ids, or all when {@code ids} is empty.
   *
   * @param recipient whose inbox; another person's notifications are never touched
   * @param ids the notifications to mark, or none for all
   * @return how many were found in the person's inbox
   */
  public synchronized int markRead(UserId recipient, Set<NotificationId> ids) {
    Deque<Entry> inbox = inboxes.get(recipient);
    if (inbox == null) {
      return 0;
    }
    Set<NotificationId> found = new HashSet<>();
    Deque<Entry> marked = new ArrayDeque<>();
    for (Entry entry : inbox) {
      boolean chosen = ids.isEmpty() || ids.contains(entry.notification().id());
      if (chosen) {
        found.add(entry.notification().id());
      }
      marked.addLast(chosen ? new Entry(entry.notification(), true) : entry);
    }
    inboxes.put(recipient, marked);
    return found.size();
  }
}
