package dev.convene.platform.internal;

import dev.convene.core.ValidationException;
import dev.convene.core.internal.Checks;
import dev.convene.core.model.UserId;
import dev.convene.platform.Notification;
import dev.convene.platform.NotificationSink;
import dev.convene.storage.Delivery;
import dev.convene.storage.PendingNotification;
import dev.convene.storage.Storage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the daily or weekly digests: one per recipient, holding what they may see at the moment of
 * sending.
 *
 * <p>For each recipient in turn, every pending entry that is due is checked afresh ({@link
 * RecipientCheck}); what they may no longer see is dropped. The digest goes to the sink, and only
 * then are the recipient's entries removed, in a transaction of their own. A crash between the two
 * sends the digest again at the next run, and a sink that throws leaves the entries it was given
 * pending for the next run: delivery is at least once, never lost. The dropped entries are removed
 * either way.
 */
public final class DigestSender {
  private static final Logger LOG = LoggerFactory.getLogger(DigestSender.class);

  private final Storage storage;
  private final RecipientCheck check;
  private final NotificationSink sink;

  public DigestSender(Storage storage, RecipientCheck check, NotificationSink sink) {
    this.storage = storage;
    this.check = check;
    this.sink = sink;
  }

  /**
   * Sends every digest of {@code delivery} due at {@code upTo}. A store failure ends the run;
   * whatever was not sent stays pending.
   *
   * @return how many digests the sink accepted
   */
  public int send(Delivery delivery, Instant upTo) {
    Checks.required(delivery, "delivery");
    Checks.instant(upTo, "upTo");
    Checks.check(delivery != Delivery.IMMEDIATE, "delivery", "digest",
        "immediate notifications are not collected into digests");
    Map<UserId, List<PendingNotification>> due = new LinkedHashMap<>();
    for (PendingNotification entry : storage.read(tx -> tx.digests().due(delivery, upTo))) {
      due.computeIfAbsent(entry.recipient(), r -> new ArrayList<>()).add(entry);
    }
    int sent = 0;
    for (Map.Entry<UserId, List<PendingNotification>> recipient : due.entrySet()) {
      if (sendOne(recipient.getKey(), recipient.getValue())) {
        sent++;
      }
    }
    return sent;
  }

  private boolean sendOne(UserId recipient, List<PendingNotification> entries) {
    List<Optional<NotificationTopic>> topics = entries.stream().map(DigestSender::topic).toList();
    List<Optional<Notification>> checked = storage.read(tx -> topics.stream()
        .map(topic -> topic.flatMap(t -> check.notification(tx, recipient, t))).toList());
    List<Notification> digest = new ArrayList<>();
    List<Long> sent = new ArrayList<>();
    List<Long> dropped = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      long id = entries.get(i).id();
      checked.get(i).ifPresentOrElse(n -> {
        digest.add(n);
        sent.add(id);
      }, () -> dropped.add(id));
    }
    boolean delivered = false;
    if (!digest.isEmpty()) {
      try {
        sink.deliverDigest(List.copyOf(digest));
        delivered = true;
      } catch (RuntimeException e) {
        LOG.warn("notification sink {} failed to deliver a digest of {} to {}; it stays pending", sink.name(),
            digest.size(), recipient, e);
      }
    }
    List<Long> done = new ArrayList<>(dropped);
    if (delivered) {
      done.addAll(sent);
    }
    if (!done.isEmpty()) {
      storage.useTransaction(tx -> tx.digests().remove(done));
    }
    return delivered;
  }

  /** The entry's topic; an entry no version of Convene could have written is dropped, not left to block every run. */
  private static Optional<NotificationTopic> topic(PendingNotification entry) {
    try {
      return Optional.of(NotificationTopic.of(entry));
    } catch (ValidationException e) {
      LOG.warn("dropping unreadable pending notification {} of kind {}", entry.id(), entry.kind(), e);
      return Optional.empty();
    }
  }
}
