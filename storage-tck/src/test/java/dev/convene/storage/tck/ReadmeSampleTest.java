package dev.convene.storage.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.ConflictException;
import dev.convene.core.membership.Roster;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.UserId;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.ChangeEntry;
import dev.convene.storage.CommunityQuery;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import dev.convene.storage.Storage;
import dev.convene.storage.memory.InMemoryStorage;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The code sample of storage-spi's README, kept compiling and true. */
class ReadmeSampleTest {
  @Test
  void theStorageReadmeSampleDoesWhatItSays() {
    Storage storage = InMemoryStorage.create();

    Community forum = storage.inTransaction(tx -> {
      Community stored = tx.communities().insert(
          Community.builder(CommunityId.of("c1"), "pension-reform").name("Pension Reform").build());
      Roster roster = Roster.founded(stored.id(), UserId.of("ada"), Instant.now());
      tx.memberships().insert(roster.membership(UserId.of("ada")).orElseThrow());
      tx.audit().append(AuditEntry.of(Instant.now(), Optional.of(UserId.of("ada")), stored.id(),
          AuditAction.COMMUNITY_CREATED, stored.id().value()));
      return stored;
    });
    assertEquals(1, forum.version());

    storage.useTransaction(tx -> tx.communities().update(forum.withPrivacy(Privacy.PRIVATE)));
    assertThrows(ConflictException.class,
        () -> storage.useTransaction(tx -> tx.communities().update(forum.withPrivacy(Privacy.SEMI_PRIVATE))));

    Page<Community> first = storage.read(tx -> tx.communities().list(CommunityQuery.all(), PageRequest.first(20)));
    List<ChangeEntry> changes = storage.read(tx -> tx.changes().since(0, 100));
    assertEquals(Privacy.PRIVATE, first.items().get(0).privacy());
    assertEquals(3, changes.size());
  }
}
