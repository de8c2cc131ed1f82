package dev.convene.platform;

import static dev.convene.platform.OutboxWorld.closeUp;
import static dev.convene.platform.OutboxWorld.community;
import static dev.convene.platform.OutboxWorld.members;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.ConveneException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.JoinPolicy;
import dev.convene.core.model.Privacy;
import dev.convene.platform.OutboxWorld.RecordingSink;
import dev.convene.storage.Storage;
import dev.convene.storage.memory.InMemoryStorage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("notifications leave through the store's outbox")
class OutboxDeliveryTest {
  private static final String PRIVACY = "community.privacy_changed";
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private final Storage storage = InMemoryStorage.create();
  private final List<Convene> nodes = new ArrayList<>();

  @AfterEach
  void close() {
    nodes.forEach(Convene::close);
  }

  private Convene node(NotificationSink sink, OutboxSettings outbox) {
    Convene convene = Convene.builder().storage(storage).notificationSink(sink).outbox(outbox).build();
    nodes.add(convene);
    return convene;
  }

  private static OutboxSettings manual() {
    return OutboxSettings.defaults().withBackground(false);
  }

  @Test
  @DisplayName("the caller returns before delivery: a sink that blocks does not hold up the write")
  void callerDoesNotWait() throws Exception {
    CountDownLatch open = new CountDownLatch(1);
    RecordingSink sink = new RecordingSink() {
      @Override
      void accept(Notification notification) {
        try {
          open.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    };
    Convene convene = node(sink, OutboxSettings.defaults());
    Community water = community(convene, "water", 20);
    FutureTask<Void> write = new FutureTask<>(() -> closeUp(convene, water), null);
    new Thread(write).start();
    // a generous bound only so that a blocked write fails the test instead of hanging it
    write.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    assertEquals(List.of(), sink.accepted, "nothing delivered while the sink is blocked");
    open.countDown();
    assertTrue(convene.notifications().awaitDelivered(PATIENCE));
    assertEquals(members(20), sink.recipients(PRIVACY));
  }

  @Test
  @DisplayName("a platform whose clock runs far ahead of real time still delivers at once")
  void clockAhead() {
    RecordingSink sink = new RecordingSink();
    Convene convene = Convene.builder().storage(storage).notificationSink(sink).outbox(manual())
        .clock(Clock.fixed(Instant.parse("2200-01-01T00:00:00Z"), ZoneOffset.UTC)).build();
    nodes.add(convene);
    Community water = community(convene, "water", 3);
    convene.notifications().deliverPending();
    closeUp(convene, water);
    assertEquals(1, convene.notifications().deliverPending());
    assertEquals(members(3), sink.recipients(PRIVACY));
  }

  @Test
  @DisplayName("a change adds its entry to the outbox as it commits; a refused change adds none")
  void writtenWithTheChange() {
    RecordingSink sink = new RecordingSink();
    Convene convene = node(sink, manual());
    Community water = community(convene, "water", 3);
    assertEquals(1, convene.notifications().deliverPending(), "the community's creation");
    assertEquals(0L, storage.read(tx -> tx.outbox().newest()).longValue());
    assertThrows(ConveneException.class, () -> convene.communities().update(Actor.user("olga"), water.id(),
        water.version(), b -> b.privacy(Privacy.PRIVATE).joinPolicy(JoinPolicy.REQUEST)));
    assertEquals(0L, storage.read(tx -> tx.outbox().newest()).longValue(), "nothing for a refused change");
    closeUp(convene, water);
    long entry = storage.read(tx -> tx.outbox().newest());
    assertEquals(1L, storage.read(tx -> tx.outbox().countUpTo(entry)).longValue(), "one entry for the change");
    assertEquals(List.of(), sink.accepted, "nothing sent yet");
    assertEquals(1, convene.notifications().deliverPending());
    assertEquals(members(3), sink.recipients(PRIVACY));
  }

  @Test
  @DisplayName("a crash between commit and delivery loses nothing: a fresh platform on the same store delivers")
  void crashBeforeDelivery() {
    RecordingSink lost = new RecordingSink();
    Convene crashed = node(lost, manual());
    Community water = community(crashed, "water", 30);
    closeUp(crashed, water);
    crashed.close(); // gone before anything was sent
    assertEquals(List.of(), lost.accepted);

    RecordingSink sink = new RecordingSink();
    Convene fresh = node(sink, OutboxSettings.defaults());
    assertTrue(fresh.notifications().awaitDelivered(PATIENCE));
    assertEquals(members(30), sink.recipients(PRIVACY));
    assertEquals(30, sink.accepted.size(), "each once");
  }

  @Test
  @DisplayName("a crash in the middle of a fan-out resumes after the last batch recorded, with the same ids")
  void crashMidFanOut() {
    Error crash = new Error("the process is killed");
    RecordingSink dying = new RecordingSink() {
      @Override
      void accept(Notification notification) {
        if (offered.size() == 25) {
          throw crash;
        }
      }
    };
    OutboxSettings batches = manual().withBatchSize(10).withLease(Duration.ofMillis(50));
    Convene first = node(dying, batches);
    Community water = community(first, "water", 45);
    closeUp(first, water);
    try {
      first.notifications().deliverPending();
    } catch (Error e) {
      assertTrue(e == crash, "only the crash stops it");
    }
    first.close();
    // the followers in user order are ada (the actor, told nothing) and m00000 to m00044, ten a batch
    assertEquals(members(45).stream().limit(24).toList(), dying.accepted.stream().map(n -> n.recipient().value())
        .toList(), "two batches (nine and ten recipients), and five of the third");

    RecordingSink sink = new RecordingSink();
    Convene second = node(sink, OutboxSettings.defaults().withBatchSize(10));
    assertTrue(second.notifications().awaitDelivered(PATIENCE));
    assertEquals(members(45).stream().skip(19).toList(), sink.accepted.stream().map(n -> n.recipient().value())
        .toList(), "from the third batch on: the first two were recorded as sent");
    List<Notification> all = new ArrayList<>(dying.accepted);
    all.addAll(sink.accepted);
    RecordingSink both = new RecordingSink();
    both.accepted.addAll(all);
    assertEquals(members(45), both.recipients(PRIVACY), "everyone, and a repeat only with the same id and text");
  }

  @Test
  @DisplayName("a sink failing then recovering gets the batch again after a backoff; every notification arrives, "
      + "repeated only with the same id")
  void failingThenRecovering() {
    AtomicInteger failures = new AtomicInteger(3);
    List<Long> tries = Collections.synchronizedList(new ArrayList<>());
    RecordingSink sink = new RecordingSink() {
      @Override
      void accept(Notification notification) {
        if (notification.recipient().value().equals("m00004")) {
          tries.add(System.nanoTime());
          if (failures.getAndDecrement() > 0) {
            throw new IllegalStateException("the mail server is down");
          }
        }
      }
    };
    Convene convene = node(sink, OutboxSettings.defaults().withRetries(Duration.ofMillis(40), Duration.ofMillis(100), 10)
        .withPollInterval(Duration.ofMillis(10)));
    Community water = community(convene, "water", 12);
    closeUp(convene, water);
    assertTrue(convene.notifications().awaitDelivered(PATIENCE));
    assertEquals(members(12), sink.recipients(PRIVACY));
    assertEquals(4, tries.size(), "three refusals, then the retry that worked");
    long[] waits = {40, 80, 100}; // doubling from 40 ms, at most 100 ms
    for (int i = 0; i < waits.length; i++) {
      long waited = TimeUnit.NANOSECONDS.toMillis(tries.get(i + 1) - tries.get(i));
      assertTrue(waited >= waits[i] - 2, "retry " + (i + 1) + " came after " + waited + " ms, before its backoff of "
          + waits[i] + " ms");
    }
  }

  @Test
  @DisplayName("a failed batch is not offered again before its backoff ends")
  void notBeforeBackoff() {
    AtomicInteger offers = new AtomicInteger();
    RecordingSink sink = new RecordingSink() {
      @Override
      void accept(Notification notification) {
        offers.incrementAndGet();
        throw new IllegalStateException("the mail server is down");
      }
    };
    Convene convene = node(sink, manual().withRetries(Duration.ofHours(1), Duration.ofHours(2), 3));
    Community water = community(convene, "water", 3);
    closeUp(convene, water);
    assertEquals(2, convene.notifications().deliverPending(), "the community's creation, then its privacy change");
    assertEquals(3, offers.get(), "the privacy change, to its three members");
    assertEquals(0, convene.notifications().deliverPending(), "due again in an hour");
    assertEquals(3, offers.get());
    assertFalse(convene.notifications().awaitDelivered(Duration.ZERO));
  }

  @Test
  @DisplayName("a recipient the sink always refuses is given up after the attempts; the others still hear once")
  void givenUp() {
    RecordingSink sink = new RecordingSink() {
      @Override
      void accept(Notification notification) {
        if (notification.recipient().value().equals("m00001")) {
          throw new IllegalStateException("no such mailbox");
        }
      }
    };
    Convene convene = node(sink, OutboxSettings.defaults().withBatchSize(2)
        .withRetries(Duration.ofMillis(1), Duration.ofMillis(1), 3).withPollInterval(Duration.ofMillis(5)));
    Community water = community(convene, "water", 5);
    closeUp(convene, water);
    assertTrue(convene.notifications().awaitDelivered(PATIENCE));
    Set<String> others = members(5);
    others.remove("m00001");
    assertEquals(others, sink.recipients(PRIVACY));
    assertEquals(3, sink.offered.stream().filter("m00001"::equals).count(), "three attempts");
  }
}
