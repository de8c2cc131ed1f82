package dev.convene.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.ConveneException;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.CommunityQuery;
import dev.convene.storage.Delivery;
import dev.convene.storage.ItemQuery;
import dev.convene.storage.PageRequest;
import dev.convene.storage.PendingNotification;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A transaction whose connection dies mid-way leaves nothing behind: no row, no entry, no number. */
abstract class CutOffContract extends BehaviourSupport {
  CutOffContract(JdbcBehaviour kit) {
    super(kit);
  }

  @Test
  @DisplayName("a transaction whose connection is cut after many writes fails, and none of its writes is kept")
  void cutAfterWrites() {
    Recording recording = new Recording(kit.database().dataSource());
    JdbcStorage.Builder builder = JdbcStorage.builder(recording).dialect(kit.database().dialect());
    kit.database().schema().ifPresent(builder::schema);
    JdbcStorage storage = builder.build();
    CommunityId kept = storage.inTransaction(tx -> tx.communities().insert(World.community("kept"))).id();
    long before = storage.read(tx -> tx.changes().lastSequence());
    AtomicReference<Connection> used = new AtomicReference<>();
    assertThrows(ConveneException.class, () -> storage.useTransaction(tx -> {
      CommunityId alpha = tx.communities().insert(World.community("alpha")).id();
      tx.memberships().insert(World.member(alpha, "ada", Role.ADMIN));
      tx.memberships().insert(World.member(kept, "bob", Role.MEMBER));
      tx.items().insert(Items.document("d1", alpha));
      tx.audit().append(AuditEntry.of(World.T0, Optional.empty(), alpha, AuditAction.COMMUNITY_CREATED, "alpha"));
      tx.digests().add(new PendingNotification(0, UserId.of("ada"), Delivery.DAILY, alpha, "item-published",
          Optional.of(ItemId.of("d1")), Optional.empty(), World.T0, "A document"));
      used.set(recording.last());
      try {
        kit.cutOff(used.get());
      } catch (SQLException e) {
        throw new AssertionError(e);
      }
      tx.communities().insert(World.community("after-the-cut"));
    }));
    storage.useTransaction(tx -> {
      assertEquals(List.of("kept"), tx.communities().list(CommunityQuery.all(), PageRequest.first(10)).items().stream()
          .map(c -> c.id().value()).toList());
      assertEquals(List.of(), tx.memberships().all(kept));
      assertEquals(List.of(), tx.items().list(ItemQuery.all(), PageRequest.first(10)).items());
      assertEquals(List.of(), tx.audit().forCommunity(CommunityId.of("alpha"), PageRequest.first(10)).items());
      assertEquals(List.of(), tx.digests().due(Delivery.DAILY, World.T0));
      assertEquals(List.of(), tx.changes().since(before, 10));
    });
  }
}
