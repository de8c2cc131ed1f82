package dev.convene.storage.tck;

import static dev.convene.storage.tck.Fixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.model.CommunityId;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.ReplyId;
import dev.convene.core.model.UserId;
import dev.convene.storage.OutboxEntry;
import dev.convene.storage.Transaction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The notification outbox: entries added with the change, claimed for a lease by one sender at a
 * time, advanced, retried and completed only by their claimant.
 */
abstract class OutboxContract extends ContractSupport {
  private static final Duration LEASE = Duration.ofMinutes(5);
  private static final CommunityId ALPHA = CommunityId.of("alpha");
  private static final UserId ADA = UserId.of("ada");

  OutboxContract(StorageContract kit) {
    super(kit);
  }

  private static OutboxEntry entry(String kind, int minute) {
    return OutboxEntry.of(kind, ALPHA, Optional.of(ItemId.of("d1")), Optional.empty(), Optional.empty(),
        Optional.of(ADA), true, at(minute));
  }

  private OutboxEntry add(OutboxEntry entry) {
    return tx(t -> t.outbox().add(entry));
  }

  private boolean changed(Function<Transaction, Boolean> change) {
    return tx(change);
  }

  private List<OutboxEntry> claim(String claimant, int minute, int limit) {
    return tx(t -> t.outbox().claim(claimant, at(minute), LEASE, limit));
  }

  @Test
  @DisplayName("an added entry gets an id, strictly increasing, and is claimed back equal")
  void add() {
    OutboxEntry first = add(entry("item.published", 1));
    OutboxEntry second = add(OutboxEntry.of("membership.joined", ALPHA, Optional.empty(), Optional.empty(),
        Optional.of(UserId.of("bob")), Optional.empty(), false, at(2)));
    assertEquals(entry("item.published", 1).withId(first.id()), first);
    assertTrue(first.id() > 0 && second.id() > first.id());
    assertEquals(List.of(first, second), claim("node-a", 2, 10));
    assertEquals(Long.valueOf(second.id()), read(t -> t.outbox().newest()));
    assertEquals(Long.valueOf(1), read(t -> t.outbox().countUpTo(first.id())));
  }

  @Test
  @DisplayName("an entry about a reply keeps the reply's id through every change, beside its discussion's")
  void reply() {
    OutboxEntry replied = OutboxEntry.of("item.replied", ALPHA, Optional.of(ItemId.of("talk")),
        Optional.of(ReplyId.of("reply-7")), Optional.empty(), Optional.of(ADA), false, at(1));
    OutboxEntry added = add(replied);
    OutboxEntry plain = add(entry("item.published", 1));
    assertEquals(new OutboxEntry(added.id(), "item.replied", ALPHA, Optional.of(ItemId.of("talk")),
        Optional.of(ReplyId.of("reply-7")), Optional.empty(), Optional.of(ADA), false, at(1), 0, at(1),
        Optional.empty()), added);
    assertEquals(List.of(added, plain), claim("node-a", 1, 10));
    assertTrue(changed(t -> t.outbox().advance(added.id(), "node-a", UserId.of("bob"), at(2))));
    assertTrue(changed(t -> t.outbox().retry(added.id(), "node-a", at(3))));
    OutboxEntry again = claim("node-b", 3, 1).get(0);
    assertEquals(Optional.of(ReplyId.of("reply-7")), again.reply());
    assertEquals(Optional.of(ItemId.of("talk")), again.item());
    assertEquals(Optional.of(UserId.of("bob")), again.after());
    assertEquals(Optional.empty(), plain.reply());
  }

  @Test
  @DisplayName("an entry added in a transaction that rolls back is not there")
  void rolledBack() {
    assertThrows(IllegalStateException.class, () -> use(t -> {
      t.outbox().add(entry("item.published", 1));
      throw new IllegalStateException("the change failed");
    }));
    assertEquals(List.of(), claim("node-a", 10, 10));
    assertEquals(Long.valueOf(0), read(t -> t.outbox().newest()));
  }

  @Test
  @DisplayName("a claim takes due entries by id up to the limit, and no one else's until their lease ends")
  void claim() {
    OutboxEntry a = add(entry("item.published", 1));
    OutboxEntry b = add(entry("item.edited", 2));
    OutboxEntry later = add(entry("item.edited", 30));
    assertEquals(List.of(a), claim("node-a", 10, 1));
    assertEquals(List.of(b), claim("node-b", 10, 10), "node-a's claim holds; the later entry is not due");
    assertEquals(List.of(), claim("node-c", 14, 10));
    assertEquals(List.of(a, b), claim("node-c", 16, 10), "both leases ended at minute 15");
    assertEquals(List.of(a, b, later), claim("node-a", 30, 10), "node-c's leases ended at minute 21");
  }

  @Test
  @DisplayName("advance records the last recipient handled and holds the claim longer; retry counts a failed "
      + "attempt, makes it due later and releases it")
  void advanceAndRetry() {
    OutboxEntry a = add(entry("item.published", 1));
    claim("node-a", 1, 10);
    assertTrue(changed(t -> t.outbox().retry(a.id(), "node-a", at(20))));
    assertEquals(List.of(), claim("node-b", 19, 10), "not due before minute 20");
    OutboxEntry retried = claim("node-b", 20, 10).get(0);
    assertEquals(a.withProgress(1, at(20), Optional.empty()), retried);
    assertTrue(changed(t -> t.outbox().advance(a.id(), "node-b", UserId.of("mia"), at(40))));
    assertEquals(List.of(), claim("node-c", 30, 10), "the claim was held until minute 40");
    assertEquals(List.of(a.withProgress(0, at(20), Optional.of(UserId.of("mia")))), claim("node-c", 41, 10));
  }

  @Test
  @DisplayName("only the claimant advances, retries or completes an entry; a complete removes it")
  void onlyTheClaimant() {
    OutboxEntry a = add(entry("item.published", 1));
    assertFalse(changed(t -> t.outbox().complete(a.id(), "node-a")), "not claimed yet");
    claim("node-a", 1, 10);
    assertFalse(changed(t -> t.outbox().advance(a.id(), "node-b", ADA, at(9))));
    assertFalse(changed(t -> t.outbox().retry(a.id(), "node-b", at(9))));
    assertFalse(changed(t -> t.outbox().complete(a.id(), "node-b")));
    claim("node-b", 7, 10); // node-a's lease ended at minute 6
    assertFalse(changed(t -> t.outbox().complete(a.id(), "node-a")), "a lease that passed to another is lost");
    assertTrue(changed(t -> t.outbox().complete(a.id(), "node-b")));
    assertEquals(List.of(), claim("node-c", 60, 10));
    assertEquals(Long.valueOf(0), read(t -> t.outbox().countUpTo(a.id())));
    assertTrue(add(entry("item.edited", 1)).id() > a.id(), "ids are not reused");
  }

  @Test
  @DisplayName("claimants racing for the same entries never both take one")
  void racingClaims() throws InterruptedException {
    List<OutboxEntry> added = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      added.add(add(entry("item.edited", 1)));
    }
    List<List<OutboxEntry>> taken = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      taken.add(new ArrayList<>());
    }
    Race.run(4, index -> {
      List<OutboxEntry> mine = taken.get(index);
      for (int round = 0; round < 10; round++) {
        mine.addAll(Race.retryOnConflict(() -> claim("node-" + index, 2, 3)));
      }
      return null;
    }).forEach(outcome -> outcome.ifPresent(failure -> {
      throw new AssertionError("a claimant failed", failure);
    }));
    // a claim that lost a race may have passed over rows another was claiming and then rolled back
    taken.add(claim("node-last", 2, 40));
    Set<Long> ids = new HashSet<>();
    taken.forEach(mine -> mine.forEach(e -> assertTrue(ids.add(e.id()), "taken twice: " + e.id())));
    assertEquals(added.stream().map(OutboxEntry::id).collect(Collectors.toSet()), ids);
  }

  @Test
  @DisplayName("a claim's arguments are checked")
  void arguments() {
    assertInvalid("claimant", () -> claim(" ", 1, 10));
    assertInvalid("lease", () -> tx(t -> t.outbox().claim("node-a", at(1), Duration.ZERO, 10)));
    assertInvalid("limit", () -> claim("node-a", 1, 0));
    assertInvalid("id", () -> add(entry("item.edited", 1).withId(5)));
  }
}
