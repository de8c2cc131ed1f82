package dev.convene.platform.internal;

import dev.convene.core.model.UserId;
import dev.convene.platform.Notification;
import dev.convene.platform.NotificationSink;
import dev.convene.platform.OutboxSettings;
import dev.convene.storage.Delivery;
import dev.convene.storage.OutboxEntry;
import dev.convene.storage.PendingNotification;
import dev.convene.storage.Storage;
import dev.convene.storage.Transaction;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one outbox entry that this node has claimed, batch after batch of recipients in user order.
 *
 * <p>For each batch it reads, in one read-only transaction, who is to hear of it ({@link
 * RecipientFinder}) and, for each {@code IMMEDIATE} recipient, the notification if they may see it
 * now ({@link RecipientCheck}); it hands those to the sink, outside any transaction; then, in one
 * transaction and only if the claim is still this node's, it records the {@code DAILY} and {@code
 * WEEKLY} recipients' digest entries and the batch's last recipient (or deletes the entry after its
 * last batch). A crash anywhere in between hands the batch to the sink again, with the same ids,
 * and never records a digest entry twice.
 *
 * <p>If the sink throws for any notification of the batch, the whole batch is tried again after a
 * backoff ({@link OutboxSettings#backoff}); after {@link OutboxSettings#attempts()} tries in a row it
 * is given up, logged as an error, and the entry goes on with the next batch.
 */
final class OutboxSender {
  private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

  private final Storage storage;
  private final RecipientFinder finder;
  private final RecipientCheck check;
  private final NotificationSink sink;
  private final OutboxSettings settings;
  private final Clock clock;
  private final BooleanSupplier stopping;

  /** What one batch sends: the immediate notifications and the digest entries. */
  private record Prepared(List<Notification> now, List<PendingNotification> later, Optional<UserId> last) {}

  OutboxSender(Storage storage, RecipientCheck check, NotificationPreference memberDefault, NotificationSink sink,
      OutboxSettings settings, Clock clock, BooleanSupplier stopping) {
    this.storage = storage;
    this.finder = new RecipientFinder(check, memberDefault);
    this.check = check;
    this.sink = sink;
    this.settings = settings;
    this.clock = clock;
    this.stopping = stopping;
  }

  /**
   * Sends what remains of {@code claimed}, held by {@code claimant}, until it is done, a batch fails,
   * the claim is lost, or the worker is stopping (the progress recorded lets the next claimant go on).
   */
  void send(OutboxEntry claimed, String claimant) {
    OutboxEntry entry = claimed;
    NotificationTopic topic = NotificationTopic.of(entry);
    while (true) {
      OutboxEntry current = entry;
      Prepared batch = storage.read(tx -> prepare(tx, current, topic));
      int failed = deliver(batch.now());
      if (failed > 0 && entry.attempts() + 1 < settings.attempts()) {
        storage.inTransaction(tx -> tx.outbox().retry(current.id(), claimant,
            clock.instant().plus(settings.backoff(current.attempts() + 1))));
        return;
      }
      if (failed > 0) {
        LOG.error("notification sink {} failed {} of {} notifications of outbox entry {} {} times in a row; "
            + "giving them up", sink.name(), failed, batch.now().size(), entry.id(), settings.attempts());
      }
      boolean held = storage.inTransaction(tx -> {
        boolean still = batch.last().isPresent()
            ? tx.outbox().advance(current.id(), claimant, batch.last().get(), clock.instant().plus(settings.lease()))
            : tx.outbox().complete(current.id(), claimant);
        if (still) {
          batch.later().forEach(tx.digests()::add);
        }
        return still;
      });
      if (!held) {
        LOG.warn("outbox entry {} was taken over by another sender after its lease ended", entry.id());
        return;
      }
      if (batch.last().isEmpty() || stopping.getAsBoolean()) {
        return;
      }
      entry = entry.withProgress(0, entry.due(), batch.last());
    }
  }

  private Prepared prepare(Transaction tx, OutboxEntry entry, NotificationTopic topic) {
    RecipientFinder.Batch batch = finder.find(tx, entry, topic, settings.batchSize());
    List<Notification> now = new ArrayList<>();
    List<PendingNotification> later = new ArrayList<>();
    for (Map.Entry<UserId, Delivery> recipient : batch.recipients().entrySet()) {
      if (recipient.getValue() == Delivery.IMMEDIATE) {
        check.notification(tx, recipient.getKey(), topic).ifPresent(now::add);
      } else {
        later.add(topic.pending(recipient.getKey(), recipient.getValue()));
      }
    }
    return new Prepared(now, later, batch.last());
  }

  /** Hands every notification to the sink; returns how many it refused. */
  private int deliver(List<Notification> notifications) {
    int failed = 0;
    for (Notification notification : notifications) {
      try {
        sink.deliver(notification);
      } catch (RuntimeException e) {
        failed++;
        LOG.warn("notification sink {} failed to deliver {}", sink.name(), notification.id(), e);
      }
    }
    return failed;
  }
}
