package dev.convene.storage.tck;

import static dev.convene.storage.ChangeKind.CREATED;
import static dev.convene.storage.ChangeKind.DELETED;
import static dev.convene.storage.ChangeKind.UPDATED;
import static dev.convene.storage.EntityKind.COMMUNITY;
import static dev.convene.storage.EntityKind.ITEM;
import static dev.convene.storage.EntityKind.MEMBERSHIP;
import static dev.convene.storage.EntityKind.TAXONOMY;
import static dev.convene.storage.tck.Fixtures.community;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.ConflictException;
import dev.convene.core.ConveneException;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.Membership;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import dev.convene.storage.ChangeEntry;
import dev.convene.storage.ChangeKind;
import dev.convene.storage.Delivery;
import dev.convene.storage.EntityKind;
import dev.convene.storage.NotificationLevel;
import dev.convene.storage.Subscription;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The change log: every write of a versioned aggregate, once, in order. */
abstract class ChangeLogContract extends ContractSupport {
  ChangeLogContract(StorageContract kit) {
    super(kit);
  }

  /** What an entry says, without its sequence and time. */
  record Seen(EntityKind kind, String id, Optional<String> community, ChangeKind op) {
    static Seen of(ChangeEntry entry) {
      return new Seen(entry.kind(), entry.id(), entry.community().map(CommunityId::value), entry.op());
    }

    static Seen of(EntityKind kind, String id, String community, ChangeKind op) {
      return new Seen(kind, id, Optional.of(community), op);
    }
  }

  @Test
  @DisplayName("every write appends one entry, in order, with its kind, id, community and operation")
  void everyWriteOnce() {
    Community parent = insert(community("parent"));
    Community group = insert(Fixtures.workingGroup("group", parent.id()));
    Membership ada = insert(Fixtures.member(group.id(), "ada", Role.ADMIN));
    use(t -> {
      t.memberships().update(ada);
      Item doc = t.items().insert(Fixtures.document("d1", group.id(), Fixtures.T0));
      t.items().update(doc.withReviewState(ReviewState.ARCHIVED, Fixtures.at(1)));
      t.taxonomy().replace(Fixtures.taxonomy("Pensions"), 0);
    });
    use(t -> {
      t.items().delete(ItemId.of("d1"), 2);
      t.memberships().delete(group.id(), ada.user(), 2);
      t.communities().update(Fixtures.withName(parent, "Renamed"));
      t.communities().delete(group.id(), 1);
      t.taxonomy().replace(Fixtures.taxonomy("Health"), 1);
    });
    List<ChangeEntry> entries = changes();
    assertEquals(List.of(
        Seen.of(COMMUNITY, "parent", "parent", CREATED),
        Seen.of(COMMUNITY, "group", "group", CREATED),
        Seen.of(MEMBERSHIP, "ada", "group", CREATED),
        Seen.of(MEMBERSHIP, "ada", "group", UPDATED),
        Seen.of(ITEM, "d1", "group", CREATED),
        Seen.of(ITEM, "d1", "group", UPDATED),
        new Seen(TAXONOMY, ChangeEntry.TAXONOMY_ID, Optional.empty(), UPDATED),
        Seen.of(ITEM, "d1", "group", DELETED),
        Seen.of(MEMBERSHIP, "ada", "group", DELETED),
        Seen.of(COMMUNITY, "parent", "parent", UPDATED),
        Seen.of(COMMUNITY, "group", "group", DELETED),
        new Seen(TAXONOMY, ChangeEntry.TAXONOMY_ID, Optional.empty(), UPDATED)),
        entries.stream().map(Seen::of).toList());
    for (int i = 1; i < entries.size(); i++) {
      assertTrue(entries.get(i).sequence() > entries.get(i - 1).sequence(), "strictly increasing sequences");
    }
  }

  @Test
  @DisplayName("the store's lastSequence, read without a transaction, is a read transaction's, and rolled-back writes leave it")
  void lastSequenceWithoutATransaction() {
    assertEquals(0, storage.lastSequence());
    insert(community("alpha"));
    insert(community("beta"));
    long last = read(t -> t.changes().lastSequence());
    assertEquals(changes().getLast().sequence(), last);
    assertEquals(last, storage.lastSequence());
    assertThrows(IllegalStateException.class, () -> use(t -> {
      t.communities().insert(community("gamma"));
      throw new IllegalStateException("rolled back");
    }));
    assertEquals(last, storage.lastSequence());
    ConveneException nested = assertThrows(ConveneException.class, () -> read(t -> storage.lastSequence()));
    assertEquals("transaction.nested", nested.code());
  }

  @Test
  @DisplayName("a store that counts its writes counts each write transaction before it returns, committed or not, "
      + "and no read")
  void writesEndedCountsEveryWrite() {
    java.util.OptionalLong start = storage.writesEnded();
    if (start.isEmpty()) {
      assertTrue(storage.writesEnded().isEmpty(), "a store that does not count never starts");
      return;
    }
    long before = start.getAsLong();
    insert(community("alpha"));
    assertEquals(before + 1, storage.writesEnded().getAsLong(), "a committed write");
    read(t -> t.changes().lastSequence());
    storage.lastSequence();
    assertEquals(before + 1, storage.writesEnded().getAsLong(), "reads are not counted");
    assertThrows(IllegalStateException.class, () -> use(t -> {
      t.communities().insert(community("beta"));
      throw new IllegalStateException("rolled back");
    }));
    assertEquals(before + 2, storage.writesEnded().getAsLong(), "a rolled-back write");
    assertThrows(ConflictException.class, () -> insert(community("alpha")));
    assertEquals(before + 3, storage.writesEnded().getAsLong(), "a refused write");
  }

  @Test
  @DisplayName("since returns the entries after a sequence, at most the limit; lastSequence the greatest")
  void sinceAndLast() {
    assertEquals(Long.valueOf(0), read(t -> t.changes().lastSequence()));
    assertEquals(List.of(), read(t -> t.changes().since(0, 10)));
    for (int i = 0; i < 5; i++) {
      insert(community("c" + i));
    }
    List<ChangeEntry> all = changes();
    assertEquals(5, all.size());
    assertEquals(Long.valueOf(all.get(4).sequence()), read(t -> t.changes().lastSequence()));
    assertEquals(all.subList(0, 2), read(t -> t.changes().since(0, 2)));
    assertEquals(all.subList(2, 5), read(t -> t.changes().since(all.get(1).sequence(), 10)));
    assertEquals(List.of(), read(t -> t.changes().since(all.get(4).sequence(), 10)));
  }

  @Test
  @DisplayName("a refused write and a rolled-back transaction append nothing")
  void failedWritesAppendNothing() {
    Community alpha = insert(community("alpha"));
    List<ChangeEntry> before = changes();
    assertThrows(ConflictException.class, () -> insert(community("alpha")));
    assertThrows(ConflictException.class, () -> use(t -> t.communities().update(alpha.withVersion(2))));
    assertThrows(IllegalStateException.class, () -> use(t -> {
      t.communities().insert(community("beta"));
      throw new IllegalStateException("rolled back");
    }));
    assertEquals(before, changes());
  }

  @Test
  @DisplayName("audit entries, subscriptions and pending notifications are not in the change log")
  void onlyVersionedAggregates() {
    CommunityId alpha = insert(community("alpha")).id();
    List<ChangeEntry> before = changes();
    use(t -> {
      t.audit().append(Fixtures.audit(alpha, "ada"));
      t.subscriptions().put(new Subscription(UserId.of("ada"), alpha, NotificationLevel.ALL, Delivery.WEEKLY));
      t.digests().add(Fixtures.pending("ada", Delivery.WEEKLY, alpha, Fixtures.T0));
    });
    assertEquals(before, changes());
  }

  @Test
  @DisplayName("a rolled-back transaction leaves no gap in the sequence (GAP_FREE_CHANGE_LOG)")
  void noGaps() {
    assumeCapability(Capability.GAP_FREE_CHANGE_LOG);
    insert(community("alpha"));
    assertThrows(IllegalStateException.class, () -> use(t -> {
      t.communities().insert(community("beta"));
      throw new IllegalStateException("rolled back");
    }));
    insert(community("gamma"));
    assertEquals(List.of(1L, 2L), changes().stream().map(ChangeEntry::sequence).toList());
  }
}
