package dev.convene.storage.tck;

import static dev.convene.storage.tck.Fixtures.at;
import static dev.convene.storage.tck.Fixtures.community;
import static dev.convene.storage.tck.Fixtures.pending;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.model.CommunityId;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.ReplyId;
import dev.convene.core.model.UserId;
import dev.convene.storage.Delivery;
import dev.convene.storage.PendingNotification;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Pending digest notifications: added with increasing ids, read when due, removed when sent. */
abstract class DigestContract extends ContractSupport {
  private CommunityId alpha;

  DigestContract(StorageContract kit) {
    super(kit);
  }

  @BeforeEach
  void aCommunity() {
    alpha = insert(community("alpha")).id();
  }

  @Test
  @DisplayName("an added notification gets an id, strictly increasing, and reads back equal")
  void add() {
    PendingNotification first = add(pending("ada", Delivery.DAILY, alpha, at(1)));
    PendingNotification second = add(pending("ada", Delivery.DAILY, alpha, at(2)));
    assertEquals(pending("ada", Delivery.DAILY, alpha, at(1)).withId(first.id()), first);
    assertTrue(first.id() > 0 && second.id() > first.id());
    assertEquals(List.of(first, second), read(t -> t.digests().due(Delivery.DAILY, at(2))));
  }

  @Test
  @DisplayName("a notification about a reply reads back with the reply's id beside its discussion's")
  void reply() {
    PendingNotification replied = add(new PendingNotification(0, UserId.of("ada"), Delivery.WEEKLY, alpha,
        "item.replied", Optional.of(ItemId.of("talk")), Optional.of(ReplyId.of("reply-7")), at(1), "item.replied"));
    PendingNotification plain = add(pending("ada", Delivery.WEEKLY, alpha, at(1)));
    assertEquals(List.of(new PendingNotification(replied.id(), UserId.of("ada"), Delivery.WEEKLY, alpha,
        "item.replied", Optional.of(ItemId.of("talk")), Optional.of(ReplyId.of("reply-7")), at(1), "item.replied"),
        plain), read(t -> t.digests().due(Delivery.WEEKLY, at(1))));
    assertEquals(Optional.empty(), plain.reply());
  }

  @Test
  @DisplayName("what is due is of one delivery, happened at or before the time, by recipient then id")
  void due() {
    PendingNotification zoe1 = add(pending("zoe", Delivery.DAILY, alpha, at(1)));
    PendingNotification ada2 = add(pending("ada", Delivery.DAILY, alpha, at(2)));
    add(pending("ada", Delivery.WEEKLY, alpha, at(2)));
    PendingNotification zoe3 = add(pending("zoe", Delivery.DAILY, alpha, at(3)));
    add(pending("ada", Delivery.DAILY, alpha, at(4)));
    PendingNotification ada0 = add(pending("ada", Delivery.DAILY, CommunityId.of("gone"), at(0)));
    assertEquals(List.of(ada2, ada0, zoe1, zoe3), read(t -> t.digests().due(Delivery.DAILY, at(3))));
    assertEquals(List.of(), read(t -> t.digests().due(Delivery.IMMEDIATE, at(3))));
  }

  @Test
  @DisplayName("a remove takes away the given notifications only, counts them, and passes over unknown ids")
  void remove() {
    PendingNotification a = add(pending("ada", Delivery.DAILY, alpha, at(1)));
    PendingNotification b = add(pending("bob", Delivery.DAILY, alpha, at(1)));
    PendingNotification c = add(pending("cyd", Delivery.DAILY, alpha, at(1)));
    assertEquals(Integer.valueOf(2), tx(t -> t.digests().remove(Set.of(a.id(), c.id(), c.id() + 1000))));
    assertEquals(List.of(b), read(t -> t.digests().due(Delivery.DAILY, at(1))));
    assertEquals(Integer.valueOf(0), tx(t -> t.digests().remove(List.of(a.id()))));
    PendingNotification d = add(pending("dan", Delivery.DAILY, alpha, at(1)));
    assertTrue(d.id() > c.id(), "ids are not reused");
  }

  private PendingNotification add(PendingNotification notification) {
    return tx(t -> t.digests().add(notification));
  }
}
