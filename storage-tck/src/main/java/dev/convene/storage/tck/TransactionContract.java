package dev.convene.storage.tck;

import static dev.convene.storage.tck.Fixtures.community;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.ConflictException;
import dev.convene.core.ConveneException;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Item;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import dev.convene.storage.CommunityStore;
import dev.convene.storage.Delivery;
import dev.convene.storage.NotificationLevel;
import dev.convene.storage.Subscription;
import dev.convene.storage.Transaction;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Transactions: commit, rollback without a trace, read-only, and their limits. */
abstract class TransactionContract extends ContractSupport {
  TransactionContract(StorageContract kit) {
    super(kit);
  }

  @Test
  @DisplayName("work that throws leaves no trace: no row, change-log entry, audit entry, subscription or notification")
  void rollbackLeavesNothing() {
    Community alpha = insert(community("alpha"));
    Snapshot before = snapshot(CommunityId.of("beta"));
    assertThrows(Boom.class, () -> use(t -> {
      writeOneOfEverything(t, alpha);
      throw new Boom();
    }));
    assertEquals(before, snapshot(CommunityId.of("beta")));
  }

  @Test
  @DisplayName("work that throws undoes updates and deletes too")
  void rollbackUndoesUpdatesAndDeletes() {
    Community alpha = insert(community("alpha"));
    Item doc = insert(Fixtures.document("d1", alpha.id(), Fixtures.T0));
    Community beta = insert(community("beta"));
    Snapshot before = snapshot();
    assertThrows(Boom.class, () -> use(t -> {
      t.communities().update(Fixtures.withSlug(alpha, "alpha-renamed"));
      t.items().delete(doc.id(), 1);
      t.communities().delete(beta.id(), 1);
      t.taxonomy().replace(Fixtures.taxonomy("Energy"), 0);
      throw new Boom();
    }));
    assertEquals(before, snapshot());
    assertEquals(1, insert(community("alpha-renamed")).version());
  }

  @Test
  @DisplayName("the exception thrown by the work reaches the caller unchanged")
  void exceptionUnchanged() {
    RuntimeException plain = new IllegalStateException("plain");
    ConflictException conflict = new ConflictException(ConflictException.CONCURRENT_CHANGE, Map.of(), "a conflict");
    assertSame(plain, assertThrows(IllegalStateException.class, () -> use(t -> {
      throw plain;
    })));
    assertSame(conflict, assertThrows(ConflictException.class, () -> tx(t -> {
      t.communities().insert(community("never"));
      throw conflict;
    })));
    assertSame(plain, assertThrows(IllegalStateException.class, () -> read(t -> {
      throw plain;
    })));
  }

  @Test
  @DisplayName("work that returns commits, and what it returns is returned; a transaction sees its own writes")
  void commitAndOwnWrites() {
    CommunityId id = tx(t -> {
      Community stored = t.communities().insert(community("alpha"));
      assertEquals(Optional.of(stored), t.communities().get(stored.id()));
      assertEquals(Optional.of(stored), t.communities().bySlug("alpha"));
      return stored.id();
    });
    assertEquals(CommunityId.of("alpha"), id);
    use(t -> t.memberships().insert(Fixtures.member(id, "ada", Role.ADMIN)));
    assertTrue(read(t -> t.memberships().get(id, UserId.of("ada"))).isPresent());
  }

  @Test
  @DisplayName("a read-only transaction refuses every write")
  void readOnly() {
    Community alpha = insert(community("alpha"));
    Snapshot before = snapshot(CommunityId.of("beta"));
    assertTrue(read(Transaction::isReadOnly));
    assertTrue(!tx(Transaction::isReadOnly));
    assertThrows(ConveneException.class, () -> read(t -> t.communities().insert(community("beta"))));
    assertThrows(ConveneException.class, () -> read(t -> t.communities().update(alpha)));
    assertThrows(ConveneException.class, () -> read(t -> t.audit().append(Fixtures.audit(alpha.id(), "x"))));
    assertThrows(ConveneException.class, () -> read(t -> {
      writeOneOfEverything(t, alpha);
      return null;
    }));
    assertEquals(before, snapshot(CommunityId.of("beta")));
  }

  @Test
  @DisplayName("a transaction cannot be used once its work has returned")
  void usedAfterEnd() {
    AtomicReference<CommunityStore> escaped = new AtomicReference<>();
    use(t -> escaped.set(t.communities()));
    assertThrows(ConveneException.class, () -> escaped.get().insert(community("alpha")));
    assertThrows(ConveneException.class, () -> escaped.get().get(CommunityId.of("alpha")));
    assertEquals(Optional.empty(), readCommunity(CommunityId.of("alpha")));
  }

  @Test
  @DisplayName("transactions do not nest")
  void noNesting() {
    assertThrows(ConveneException.class, () -> use(t -> insert(community("inner"))));
    assertThrows(ConveneException.class, () -> use(t -> read(r -> r.communities().get(CommunityId.of("x")))));
    assertThrows(ConveneException.class, () -> read(t -> read(r -> r.communities().get(CommunityId.of("x")))));
    assertEquals(Optional.empty(), readCommunity(CommunityId.of("inner")));
  }

  /** One write to every store, on the existing community {@code alpha} and a new one, {@code beta}. */
  private static void writeOneOfEverything(Transaction t, Community alpha) {
    CommunityId beta = t.communities().insert(community("beta")).id();
    t.communities().update(Fixtures.withName(alpha, "Changed"));
    t.memberships().insert(Fixtures.member(beta, "ada", Role.ADMIN));
    t.items().insert(Fixtures.document("d1", beta, Fixtures.T0));
    t.taxonomy().replace(Fixtures.taxonomy("Pensions"), t.taxonomy().current().version());
    t.audit().append(Fixtures.audit(beta, "ada"));
    t.audit().append(Fixtures.audit(alpha.id(), "ada"));
    t.subscriptions().put(new Subscription(UserId.of("ada"), beta, NotificationLevel.ALL, Delivery.DAILY));
    t.digests().add(Fixtures.pending("ada", Delivery.DAILY, beta, Fixtures.T0));
  }

  /** The failure the tests throw from inside a transaction. */
  private static final class Boom extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }
}
