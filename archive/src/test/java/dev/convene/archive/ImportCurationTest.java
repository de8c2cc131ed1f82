package dev.convene.archive;

import static dev.convene.archive.Source.ADA;
import static dev.convene.archive.Source.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.NotFoundException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.JoinPolicy;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Visibility;
import dev.convene.core.policy.PolicySettings;
import dev.convene.platform.Convene;
import dev.convene.platform.ItemDraft;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.ItemQuery;
import dev.convene.storage.PageRequest;
import dev.convene.storage.memory.InMemoryStorage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An import never makes public what no curator reviewed: a working group archived on its own, whose
 * parent kept its public-declared items members-only, joins a more open parent in the target
 * (docs/decisions.md, "A privacy change never bypasses curation", imports).
 */
class ImportCurationTest {
  private Convene source;
  private Community closed;
  private Community group;
  private ItemId declaredPublic;
  private ItemId membersOnly;
  private ItemId draft;

  /**
   * A private community with a working group that declares itself public: its published items are
   * members-only through the parent, so they were published without curators.
   */
  @BeforeEach
  void fill() {
    source = Convene.builder().storage(InMemoryStorage.create()).build();
    closed = source.communities().create(ADA, "closed", b -> b.name("Closed").privacy(Privacy.PUBLIC)
        .joinPolicy(JoinPolicy.REQUEST));
    group = source.communities().createWorkingGroup(ADA, closed.id(), "open-group",
        b -> b.name("Open group").privacy(Privacy.PUBLIC).joinPolicy(JoinPolicy.REQUEST));
    closed = source.communities().update(ADA, closed.id(), closed.version(), b -> b.privacy(Privacy.PRIVATE));
    declaredPublic = published(Visibility.PUBLIC, "Pump specs");
    membersOnly = published(Visibility.MEMBERS, "Minutes");
    draft = source.content().create(ADA, group.id(), ItemDraft.document("Draft", Locale.ENGLISH, Visibility.PUBLIC)
        .summary("Not yet")).id();
  }

  @AfterEach
  void close() {
    source.close();
  }

  private ItemId published(Visibility visibility, String title) {
    Item item = source.content().create(ADA, group.id(), ItemDraft.document(title, Locale.ENGLISH, visibility)
        .summary("A summary"));
    return source.content().publish(ADA, item.id()).id();
  }

  private static byte[] export(Convene convene, CommunityId id, boolean workingGroups) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CommunityArchives.of(convene).export(ROOT, id, ExportOptions.defaults().withWorkingGroups(workingGroups), out);
    return out.toByteArray();
  }

  private static void load(Convene target, byte[] archive) {
    CommunityArchives.of(target).importArchive(ROOT, new ByteArrayInputStream(archive), ImportOptions.defaults());
  }

  private static Convene target(boolean curate) {
    return Convene.builder().storage(InMemoryStorage.create())
        .policySettings(PolicySettings.defaults().withCuratePublicContent(curate)).build();
  }

  /** The target holds the parent, alone, with the given privacy; then the group is imported under it. */
  private Convene groupUnder(boolean curate, Privacy parentPrivacy) {
    Convene target = target(curate);
    load(target, export(source, closed.id(), false));
    if (parentPrivacy != Privacy.PRIVATE) {
      Community parent = target.communities().get(ADA, closed.id());
      target.communities().update(ADA, parent.id(), parent.version(), b -> b.privacy(parentPrivacy));
    }
    load(target, export(source, group.id(), false));
    return target;
  }

  private static ReviewState state(Convene target, ItemId id) {
    return target.storage().read(tx -> tx.items().get(id)).orElseThrow().reviewState();
  }

  private List<AuditEntry> reviewLines(Convene target) {
    return target.storage().read(tx -> tx.audit().forCommunity(group.id(), PageRequest.first(100))).items().stream()
        .filter(e -> e.action() == AuditAction.ITEM_REVIEWED).toList();
  }

  @Test
  @DisplayName("under a parent that is public in the target, a curating platform sends the group's published public items to curators, audited")
  void heldUnderAPublicParent() {
    try (Convene target = groupUnder(true, Privacy.PUBLIC)) {
      assertEquals(ReviewState.SUBMITTED, state(target, declaredPublic));
      assertEquals(ReviewState.PUBLISHED, state(target, membersOnly), "a members-only item needs no curator");
      assertEquals(ReviewState.DRAFT, state(target, draft));
      List<AuditEntry> lines = reviewLines(target).stream()
          .filter(e -> e.subject().equals("item " + declaredPublic.value())).toList();
      assertEquals(1, lines.size(), lines.toString());
      AuditEntry line = lines.get(0);
      assertEquals(ROOT.user(), line.actor());
      assertEquals(Optional.of("PUBLISHED"), line.before());
      assertEquals(Optional.of("SUBMITTED"), line.after());
      assertTrue(line.reason().orElseThrow().contains("waits for curators"), line.toString());
      // the public does not see it until a curator approves it
      assertTrue(target.content().list(Actor.anonymous(), group.id(), ItemQuery.in(group.id()),
          PageRequest.first(100)).items().isEmpty());
    }
  }

  @Test
  @DisplayName("under a semi-private parent, public-declared items are public too, so they wait for curators")
  void heldUnderASemiPrivateParent() {
    try (Convene target = groupUnder(true, Privacy.SEMI_PRIVATE)) {
      assertEquals(ReviewState.SUBMITTED, state(target, declaredPublic));
    }
  }

  @Test
  @DisplayName("under a parent still private, the items stay published: they are members-only there")
  void keptUnderAPrivateParent() {
    try (Convene target = groupUnder(true, Privacy.PRIVATE)) {
      assertEquals(ReviewState.PUBLISHED, state(target, declaredPublic));
      assertEquals(List.of(), reviewLines(target));
    }
  }

  @Test
  @DisplayName("a platform that does not curate imports the items as they were")
  void keptWithoutCuration() {
    try (Convene target = groupUnder(false, Privacy.PUBLIC)) {
      assertEquals(ReviewState.PUBLISHED, state(target, declaredPublic));
      assertEquals(List.of(), reviewLines(target));
    }
  }

  @Test
  @DisplayName("a whole community's archive keeps its privacy, so its groups' items stay as they were")
  void wholeCommunityKept() {
    closed = source.communities().update(ADA, closed.id(), closed.version(), b -> b.privacy(Privacy.PUBLIC));
    try (Convene target = target(true)) {
      load(target, export(source, closed.id(), true));
      assertEquals(ReviewState.PUBLISHED, state(target, declaredPublic));
      assertEquals(List.of(), reviewLines(target));
    }
  }

  @Test
  @DisplayName("a whole community that closed after its group opened imports as it is: the group keeps what it"
      + " declares and is private through its parent")
  void wholeCommunityClosedAfterItsGroup() {
    try (Convene target = target(true)) {
      load(target, export(source, closed.id(), true));
      Community imported = target.communities().get(ADA, group.id());
      assertEquals(Privacy.PUBLIC, imported.privacy());
      assertEquals(Privacy.PRIVATE, target.communities().get(ADA, closed.id()).privacy());
      assertEquals(ReviewState.PUBLISHED, state(target, declaredPublic), "members-only through the parent");
      assertThrows(NotFoundException.class, () -> target.communities().get(Actor.anonymous(), group.id()));
      assertThrows(NotFoundException.class, () -> target.content().get(Actor.user("olga"), declaredPublic));
    }
  }
}
