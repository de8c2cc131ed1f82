package dev.convene.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.ConflictException;
import dev.convene.core.NotFoundException;
import dev.convene.core.ValidationException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityState;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.PlatformRole;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Purpose;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.CommunityQuery;
import dev.convene.storage.PageRequest;
import dev.convene.storage.memory.InMemoryStorage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommunityServiceTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
  private static final Actor ADA = Actor.user("ada");
  private static final Actor OLGA = Actor.user("olga");
  private static final Actor PAT = Actor.user("pat", PlatformRole.PLATFORM_ADMIN);

  private final InMemoryStorage storage = InMemoryStorage.create(CLOCK);
  private final AtomicInteger ids = new AtomicInteger();
  private final Convene convene = Convene.builder().storage(storage).clock(CLOCK)
      .ids(() -> "id" + ids.incrementAndGet()).build();
  private final CommunityService communities = convene.communities();

  private List<AuditEntry> audit(Community c) {
    return storage.read(tx -> tx.audit().forCommunity(c.id(), PageRequest.first(100)).items());
  }

  @Test
  @DisplayName("the creator becomes the first admin, and the creation is audited")
  void creatorBecomesAdmin() {
    Community water = communities.create(ADA, "water", b -> b.name("Water"));
    assertEquals(1, water.version());
    var admin = storage.read(tx -> tx.memberships().get(water.id(), UserId.of("ada"))).orElseThrow();
    assertEquals(MembershipState.ACTIVE, admin.state());
    assertEquals(Role.ADMIN, admin.role());
    assertEquals(List.of(AuditAction.MEMBERSHIP_CHANGED, AuditAction.COMMUNITY_CREATED),
        audit(water).stream().map(AuditEntry::action).toList());
  }

  @Test
  @DisplayName("a closed Convene refuses writes and writes nothing, while reads still answer")
  void closedRefusesWrites() {
    Community water = communities.create(ADA, "water", b -> b.name("Water"));
    convene.close();
    long changes = storage.read(tx -> tx.changes().lastSequence());
    dev.convene.core.ConveneException refused = assertThrows(dev.convene.core.ConveneException.class,
        () -> communities.create(ADA, "air", b -> b.name("Air")));
    assertEquals("this Convene is closed: it takes no more writes", refused.getMessage());
    assertThrows(dev.convene.core.ConveneException.class,
        () -> convene.memberships().join(OLGA, water.id()));
    assertEquals(changes, (long) storage.read(tx -> tx.changes().lastSequence()));
    assertEquals("Water", communities.get(OLGA, water.id()).name().resolve(java.util.Locale.ENGLISH).orElseThrow());
    convene.close();
  }

  @Test
  @DisplayName("anonymous visitors cannot create communities, and a taken slug is a conflict that writes nothing")
  void creationRules() {
    assertThrows(AccessDeniedException.class, () -> communities.create(Actor.anonymous(), "x1", b -> b.name("X")));
    communities.create(ADA, "water", b -> b.name("Water"));
    ConflictException e = assertThrows(ConflictException.class,
        () -> communities.create(OLGA, "water", b -> b.name("Other water")));
    assertTrue(e.getMessage().contains("water"), e.getMessage());
    assertEquals(0, storage.read(tx -> tx.memberships().ofUser(UserId.of("olga"))).size());
  }

  @Test
  @DisplayName("a hidden group is not found, by id or slug, exactly like a community that does not exist")
  void hiddenIsNotFound() {
    Community secret = communities.create(ADA, "secret", b -> b.name("Secret").purpose(Purpose.HIDDEN_GROUP));
    NotFoundException byId = assertThrows(NotFoundException.class, () -> communities.get(OLGA, secret.id()));
    assertEquals("community " + secret.id() + " not found", byId.getMessage());
    NotFoundException bySlug = assertThrows(NotFoundException.class, () -> communities.bySlug(OLGA, secret.slug()));
    NotFoundException missing = assertThrows(NotFoundException.class, () -> communities.bySlug(OLGA, "nothing"));
    assertEquals("community " + secret.slug() + " not found", bySlug.getMessage());
    assertEquals("community nothing not found", missing.getMessage());
    assertEquals(secret, communities.get(ADA, secret.id()));
  }

  @Test
  @DisplayName("listing skips what the actor may not see, and pages hold what was asked")
  void listing() {
    for (int i = 0; i < 5; i++) {
      communities.create(ADA, "open-" + i, b -> b.name("Open"));
      communities.create(ADA, "hidden-" + i, b -> b.name("Hidden").purpose(Purpose.HIDDEN_GROUP));
      communities.create(ADA, "private-" + i, b -> b.name("Private").privacy(Privacy.PRIVATE));
    }
    List<String> seen = new java.util.ArrayList<>();
    PageRequest page = PageRequest.first(2);
    while (true) {
      var result = communities.list(Actor.anonymous(), CommunityQuery.all(), page);
      assertTrue(result.items().size() == 2 || !result.hasNext(), "short page before the end");
      result.items().forEach(c -> seen.add(c.slug()));
      if (!result.hasNext()) {
        break;
      }
      page = page.after(result.next().orElseThrow());
    }
    assertEquals(5, seen.size(), seen.toString());
    assertTrue(seen.stream().allMatch(s -> s.startsWith("open-")), seen.toString());
    assertEquals(15, communities.list(ADA, CommunityQuery.all(), PageRequest.first(100)).items().size());
    assertEquals(10, communities.list(OLGA, CommunityQuery.all(), PageRequest.first(100)).items().size());
  }

  @Test
  @DisplayName("only admins change settings; privacy changes are audited with before and after; stale versions conflict")
  void update() {
    Community water = communities.create(ADA, "water", b -> b.name("Water"));
    assertThrows(AccessDeniedException.class, () -> communities.update(OLGA, water.id(), 1, b -> b));
    Community closed = communities.update(ADA, water.id(), 1, b -> b.privacy(Privacy.SEMI_PRIVATE)
        .joinPolicy(dev.convene.core.model.JoinPolicy.REQUEST));
    assertEquals(2, closed.version());
    AuditEntry privacy = audit(water).get(0);
    assertEquals(AuditAction.PRIVACY_CHANGED, privacy.action());
    assertEquals("PUBLIC REPOSITORY, join OPEN", privacy.before().orElseThrow());
    assertEquals("SEMI_PRIVATE REPOSITORY, join REQUEST", privacy.after().orElseThrow());
    assertThrows(ConflictException.class, () -> communities.update(ADA, water.id(), 1, b -> b.name("Stale")));
    assertEquals("Water", communities.get(ADA, water.id()).name().resolve(java.util.Locale.ENGLISH).orElseThrow());
    assertEquals("same-builder", assertThrows(ValidationException.class, () -> communities.update(ADA, water.id(), 2,
        b -> Community.builder(water.id(), "water").name("Elsewhere").state(CommunityState.ARCHIVED))).rule());
    assertEquals("Water", communities.get(ADA, water.id()).name().resolve(java.util.Locale.ENGLISH).orElseThrow());
  }

  @Test
  @DisplayName("closing an open public community with a privacy-only update turns OPEN into REQUEST, audited")
  void privacyOnlyUpdateCloses() {
    Community water = communities.create(ADA, "water", b -> b.name("Water"));
    Community closed = communities.update(ADA, water.id(), 1, b -> b.privacy(Privacy.SEMI_PRIVATE));
    assertEquals(Privacy.SEMI_PRIVATE, closed.privacy());
    assertEquals(dev.convene.core.model.JoinPolicy.REQUEST, closed.joinPolicy());
    AuditEntry privacy = audit(water).get(0);
    assertEquals("PUBLIC REPOSITORY, join OPEN", privacy.before().orElseThrow());
    assertEquals("SEMI_PRIVATE REPOSITORY, join REQUEST", privacy.after().orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, Long.MIN_VALUE})
  @DisplayName("an update based on a version no stored community has is refused as bad input, and changes nothing")
  void updateNeedsAStoredVersion(long version) {
    Community water = communities.create(ADA, "water", b -> b.name("Water"));
    ValidationException e = assertThrows(ValidationException.class,
        () -> communities.update(ADA, water.id(), version, b -> b.name("Renamed")));
    assertEquals("expectedVersion", e.field());
    assertEquals("positive", e.rule());
    assertEquals(water, communities.get(ADA, water.id()));
    assertEquals(2, audit(water).size());
  }

  @Test
  @DisplayName("working groups: admins of the parent create them, never more open than the parent")
  void workingGroups() {
    Community parent = communities.create(ADA, "parent", b -> b.name("Parent").privacy(Privacy.SEMI_PRIVATE));
    assertThrows(AccessDeniedException.class,
        () -> communities.createWorkingGroup(OLGA, parent.id(), "wg", b -> b.name("WG").privacy(Privacy.PRIVATE)));
    assertEquals("not-more-open-than-parent", assertThrows(ValidationException.class,
        () -> communities.createWorkingGroup(ADA, parent.id(), "wg", b -> b.name("WG"))).rule());
    Community group = communities.createWorkingGroup(ADA, parent.id(), "wg",
        b -> b.name("WG").privacy(Privacy.PRIVATE));
    assertEquals(List.of(group), communities.workingGroups(ADA, parent.id()));
    assertEquals(List.of(group), communities.workingGroups(OLGA, parent.id()));
    assertEquals(List.of(), communities.workingGroups(Actor.anonymous(), parent.id()));
  }

  @Test
  @DisplayName("an archived community is read-only until restored; a platform admin's override is audited")
  void archive() {
    Community water = communities.create(ADA, "water", b -> b.name("Water"));
    Community archived = communities.archive(ADA, water.id());
    assertEquals(CommunityState.ARCHIVED, archived.state());
    assertThrows(AccessDeniedException.class, () -> communities.update(ADA, water.id(), archived.version(), b -> b));
    Community restored = communities.restore(PAT, water.id());
    assertEquals(CommunityState.ACTIVE, restored.state());
    assertEquals(AuditAction.COMMUNITY_RESTORED, audit(water).get(0).action());
    assertEquals(AuditAction.PLATFORM_ADMIN_ACCESS, audit(water).get(1).action());
  }
}
