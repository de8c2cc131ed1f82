package dev.convene.storage.tck;

import static dev.convene.storage.tck.Fixtures.community;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.model.CommunityId;
import dev.convene.core.model.UserId;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The audit log: appended entries get increasing ids and are listed per community, newest first;
 * platform-wide entries (no community) are listed apart.
 */
abstract class AuditContract extends ContractSupport {
  AuditContract(StorageContract kit) {
    super(kit);
  }

  @Test
  @DisplayName("an appended entry gets an id and reads back equal, every field kept")
  void appendAndRead() {
    CommunityId alpha = insert(community("alpha")).id();
    AuditEntry full = AuditEntry.of(Fixtures.at(3), Optional.of(UserId.of("ada")), alpha, AuditAction.ROLE_CHANGED,
        "olga").withChange("ACTIVE MEMBER", "ACTIVE MODERATOR").withReason("Modère le forum « retraites »");
    AuditEntry system = AuditEntry.of(Fixtures.at(4), Optional.empty(), alpha, AuditAction.MEMBERSHIP_CHANGED, "bob")
        .withChange(Optional.of("INVITED"), Optional.empty());
    AuditEntry first = tx(t -> t.audit().append(full));
    AuditEntry second = tx(t -> t.audit().append(system));
    assertEquals(full.withId(first.id()), first);
    assertEquals(system.withId(second.id()), second);
    assertTrue(first.id() > 0);
    assertEquals(List.of(second, first), walk((t, page) -> t.audit().forCommunity(alpha, page), 10));
  }

  @Test
  @DisplayName("ids strictly increase in append order, across communities and transactions")
  void increasingIds() {
    CommunityId alpha = insert(community("alpha")).id();
    CommunityId beta = insert(community("beta")).id();
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ids.add(tx(t -> t.audit().append(Fixtures.audit(alpha, "a"))).id());
      ids.addAll(tx(t -> List.of(t.audit().append(Fixtures.audit(beta, "b")).id(),
          t.audit().append(Fixtures.audit(alpha, "c")).id())));
    }
    for (int i = 1; i < ids.size(); i++) {
      assertTrue(ids.get(i) > ids.get(i - 1), "ids " + ids);
    }
  }

  @Test
  @DisplayName("a community's entries are listed newest first, and only its own")
  void perCommunity() {
    CommunityId alpha = insert(community("alpha")).id();
    CommunityId beta = insert(community("beta")).id();
    List<AuditEntry> ofAlpha = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ofAlpha.add(0, tx(t -> t.audit().append(Fixtures.audit(alpha, "alpha"))));
      tx(t -> t.audit().append(Fixtures.audit(beta, "beta")));
    }
    assertEquals(ofAlpha, walk((t, page) -> t.audit().forCommunity(alpha, page), 2));
    assertEquals(5, walk((t, page) -> t.audit().forCommunity(beta, page), 2).size());
    assertEquals(List.of(), walk((t, page) -> t.audit().forCommunity(CommunityId.of("gamma"), page), 2));
  }

  @Test
  @DisplayName("entries outlive their community: once the store deletes it, its history stays")
  void historyOutlivesCommunity() {
    CommunityId alpha = insert(community("alpha")).id();
    AuditEntry joined = tx(t -> t.audit().append(Fixtures.audit(alpha, "ada")));
    AuditEntry archived = tx(t -> t.audit().append(AuditEntry.of(Fixtures.at(9), Optional.of(UserId.of("root")),
        alpha, AuditAction.COMMUNITY_ARCHIVED, alpha.value())));
    use(t -> t.communities().delete(alpha, 1));
    assertEquals(List.of(archived, joined), walk((t, page) -> t.audit().forCommunity(alpha, page), 10));
  }

  @Test
  @DisplayName("a platform-wide entry has no community, reads back equal and is listed apart, newest first")
  void platformWide() {
    CommunityId alpha = insert(community("alpha")).id();
    AuditEntry first = tx(t -> t.audit().append(AuditEntry.ofPlatform(Fixtures.at(1), Optional.of(UserId.of("root")),
        AuditAction.TAXONOMY_CHANGED, "+12 ~30 -0 deprecated 2").withChange("version 3", "version 4")));
    AuditEntry inAlpha = tx(t -> t.audit().append(Fixtures.audit(alpha, "ada")));
    AuditEntry second = tx(t -> t.audit().append(AuditEntry.ofPlatform(Fixtures.at(2), Optional.empty(),
        AuditAction.TAXONOMY_CHANGED, "+0 ~1 -0 deprecated 0")));
    assertEquals(Optional.empty(), first.community());
    assertEquals(List.of(second, first), walk((t, page) -> t.audit().forPlatform(page), 1));
    assertEquals(List.of(inAlpha), walk((t, page) -> t.audit().forCommunity(alpha, page), 10));
  }

  @Test
  @DisplayName("with no platform-wide entry, the platform listing is empty whatever the communities hold")
  void noPlatformEntries() {
    CommunityId alpha = insert(community("alpha")).id();
    tx(t -> t.audit().append(Fixtures.audit(alpha, "ada")));
    assertEquals(List.of(), walk((t, page) -> t.audit().forPlatform(page), 10));
  }
}
