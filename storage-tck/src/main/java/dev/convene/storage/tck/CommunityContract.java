package dev.convene.storage.tck;

import static dev.convene.storage.tck.Fixtures.community;
import static dev.convene.storage.tck.Fixtures.withSlug;
import static dev.convene.storage.tck.Fixtures.workingGroup;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.ConflictException;
import dev.convene.core.NotFoundException;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import dev.convene.storage.CommunityQuery;
import dev.convene.storage.Delivery;
import dev.convene.storage.NotificationLevel;
import dev.convene.storage.Subscription;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Communities: create, read, update and delete, unique slugs, working groups. */
abstract class CommunityContract extends ContractSupport {
  CommunityContract(StorageContract kit) {
    super(kit);
  }

  @Test
  @DisplayName("an inserted community is stored at version 1 and read back equal, by id and by slug")
  void insertAndRead() {
    Community stored = insert(community("alpha"));
    assertEquals(community("alpha").withVersion(1), stored);
    assertEquals(Optional.of(stored), readCommunity(stored.id()));
    assertEquals(Optional.of(stored), read(t -> t.communities().bySlug("alpha")));
  }

  @Test
  @DisplayName("a community that was never stored is absent by id and by slug")
  void absent() {
    insert(community("alpha"));
    assertEquals(Optional.empty(), readCommunity(CommunityId.of("beta")));
    assertEquals(Optional.empty(), read(t -> t.communities().bySlug("beta")));
  }

  @Test
  @DisplayName("a second community with a slug already taken is refused, the message naming the slug")
  void duplicateSlug() {
    insert(community("alpha"));
    Snapshot before = snapshot();
    Community sameSlug = Community.builder(CommunityId.of("other"), "alpha").name("Other").build();
    ConflictException e = assertThrows(ConflictException.class, () -> insert(sameSlug));
    assertTrue(e.getMessage().contains("alpha"), e.getMessage());
    assertEquals(before, snapshot());
  }

  @Test
  @DisplayName("a second community with an id already taken is refused")
  void duplicateId() {
    insert(community("alpha"));
    Community sameId = Community.builder(CommunityId.of("alpha"), "other-slug").name("Other").build();
    assertThrows(ConflictException.class, () -> insert(sameId));
    assertEquals(Optional.empty(), read(t -> t.communities().bySlug("other-slug")));
  }

  @Test
  @DisplayName("an update stores the next version and moves the slug, freeing the old one")
  void updateMovesSlug() {
    Community stored = insert(community("alpha"));
    Community renamed = tx(t -> t.communities().update(
        withSlug(stored, "alpha-renamed")));
    assertEquals(2, renamed.version());
    assertEquals(Optional.of(renamed), read(t -> t.communities().bySlug("alpha-renamed")));
    assertEquals(Optional.empty(), read(t -> t.communities().bySlug("alpha")));
    Community reuse = Community.builder(CommunityId.of("newcomer"), "alpha").name("Newcomer").build();
    assertEquals(1, insert(reuse).version());
  }

  @Test
  @DisplayName("an update to a slug another community holds is refused, the message naming the slug")
  void updateToTakenSlug() {
    insert(community("alpha"));
    Community beta = insert(community("beta"));
    ConflictException e = assertThrows(ConflictException.class,
        () -> tx(t -> t.communities().update(withSlug(beta, "alpha"))));
    assertTrue(e.getMessage().contains("alpha"), e.getMessage());
    assertEquals(Optional.of(beta), read(t -> t.communities().bySlug("beta")));
  }

  @Test
  @DisplayName("a claim at the stored version changes nothing, logs nothing; a stale or missing one is refused")
  void claim() {
    Community stored = insert(community("alpha"));
    long sequence = read(t -> t.changes().lastSequence());
    use(t -> t.communities().claim(stored.id(), 1));
    assertEquals(Optional.of(stored), readCommunity(stored.id()));
    assertEquals(sequence, (long) read(t -> t.changes().lastSequence()));
    tx(t -> t.communities().update(stored.toBuilder().name("Alpha").build()));
    assertThrows(ConflictException.class, () -> use(t -> t.communities().claim(stored.id(), 1)));
    use(t -> t.communities().claim(stored.id(), 2));
    assertThrows(NotFoundException.class, () -> use(t -> t.communities().claim(CommunityId.of("nowhere"), 1)));
  }

  @Test
  @DisplayName("a delete removes the community and frees its slug")
  void delete() {
    Community stored = insert(community("alpha"));
    use(t -> t.communities().delete(stored.id(), 1));
    assertEquals(Optional.empty(), readCommunity(stored.id()));
    assertEquals(Optional.empty(), read(t -> t.communities().bySlug("alpha")));
    assertEquals(1, insert(community("alpha")).version());
  }

  @Test
  @DisplayName("a community with working groups, memberships or items is not deleted")
  void deleteWithDependents() {
    CommunityId parent = insert(community("parent")).id();
    Community group = insert(workingGroup("group", parent));
    insert(Fixtures.member(group.id(), "ada", Role.ADMIN));
    CommunityId withItem = insert(community("with-item")).id();
    insert(Fixtures.document("d1", withItem, Fixtures.T0));
    Snapshot before = snapshot();
    assertThrows(ConflictException.class, () -> use(t -> t.communities().delete(parent, 1)));
    assertThrows(ConflictException.class, () -> use(t -> t.communities().delete(group.id(), 1)));
    assertThrows(ConflictException.class, () -> use(t -> t.communities().delete(withItem, 1)));
    assertEquals(before, snapshot());
  }

  @Test
  @DisplayName("deleting a community deletes the subscriptions to it")
  void deleteDropsSubscriptions() {
    CommunityId id = insert(community("alpha")).id();
    Subscription subscription = new Subscription(UserId.of("ada"), id, NotificationLevel.ALL, Delivery.DAILY);
    use(t -> t.subscriptions().put(subscription));
    use(t -> t.communities().delete(id, 1));
    insert(community("alpha"));
    assertEquals(List.of(), read(t -> t.subscriptions().forCommunity(id)));
    assertEquals(Optional.empty(), read(t -> t.subscriptions().get(UserId.of("ada"), id)));
  }

  @Test
  @DisplayName("a working group needs a parent that exists")
  void parentMustExist() {
    assertThrows(NotFoundException.class, () -> insert(workingGroup("group", CommunityId.of("nowhere"))));
    Community alpha = insert(community("alpha"));
    assertThrows(NotFoundException.class, () -> tx(t -> t.communities().update(
        alpha.toBuilder().parent(CommunityId.of("nowhere")).build())));
    assertEquals(List.of(alpha), walk((t, page) -> t.communities().list(CommunityQuery.all(), page), 10));
  }

  @Test
  @DisplayName("the working groups of a community are listed by slug")
  void workingGroups() {
    CommunityId parent = insert(community("parent")).id();
    CommunityId other = insert(community("other")).id();
    Community zeta = insert(workingGroup("zeta", parent));
    Community beta = insert(workingGroup("beta", parent));
    insert(workingGroup("gamma", other));
    assertEquals(List.of(beta, zeta), read(t -> t.communities().workingGroups(parent)));
    assertEquals(List.of(), read(t -> t.communities().workingGroups(zeta.id())));
    assertEquals(List.of(), read(t -> t.communities().workingGroups(CommunityId.of("nowhere"))));
  }
}
