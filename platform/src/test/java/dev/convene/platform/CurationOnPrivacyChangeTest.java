package dev.convene.platform;

import static dev.convene.platform.ContentFixture.ADA;
import static dev.convene.platform.ContentFixture.ANON;
import static dev.convene.platform.ContentFixture.CURT;
import static dev.convene.platform.ContentFixture.MAX;
import static dev.convene.platform.ContentFixture.MEL;
import static dev.convene.platform.ContentFixture.OLGA;
import static dev.convene.platform.ContentFixture.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.NotFoundException;
import dev.convene.core.event.ItemChanged.Kind;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Role;
import dev.convene.core.model.Visibility;
import dev.convene.core.policy.PolicySettings;
import dev.convene.platform.ContentService.Verdict;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.PageRequest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A privacy change never makes public what no curator reviewed. */
class CurationOnPrivacyChangeTest {
  private final ContentFixture world = new ContentFixture(PolicySettings.defaults().withCuratePublicContent(true));
  private final ContentService content = world.content();
  private final CommunityService communities = world.convene.communities();

  private void notFoundTo(Item item, Actor... actors) {
    for (Actor actor : actors) {
      assertThrows(NotFoundException.class, () -> content.get(actor, item.id()), actor.toString());
    }
  }

  private List<ItemId> queue(Actor actor, Community community) {
    return content.reviewQueue(actor, community.id(), PageRequest.first(50)).items().stream().map(Item::id).toList();
  }

  private Community open(Community community) {
    Community current = communities.get(ADA, community.id());
    return communities.update(ADA, community.id(), current.version(), b -> b.privacy(Privacy.PUBLIC));
  }

  @Test
  @DisplayName("a private community turned public: its public-declared items wait for curators, members-only ones stay")
  void privateTurnedPublic() {
    Community closed = world.community("closed", b -> b.privacy(Privacy.PRIVATE));
    Item declaredPublic = content.submitOrPublish(MEL, content.create(MEL, closed.id(),
        doc("Inside", Visibility.PUBLIC)).id());
    Item membersOnly = content.submitOrPublish(MEL, content.create(MEL, closed.id(),
        doc("Notes", Visibility.MEMBERS)).id());
    assertEquals(ReviewState.PUBLISHED, declaredPublic.reviewState());

    open(closed);

    assertEquals(ReviewState.SUBMITTED, content.get(MEL, declaredPublic.id()).reviewState());
    notFoundTo(declaredPublic, OLGA, ANON, MAX);           // waiting: its author and curators only
    assertEquals(List.of(declaredPublic.id()), queue(CURT, closed));
    assertEquals(ReviewState.PUBLISHED, content.get(MAX, membersOnly.id()).reviewState());
    notFoundTo(membersOnly, OLGA, ANON, CURT);
    AuditEntry held = world.audit(closed, AuditAction.ITEM_REVIEWED).get(0);
    assertEquals("item " + declaredPublic.id(), held.subject());
    assertEquals(Optional.of("PUBLISHED"), held.before());
    assertEquals(Optional.of("SUBMITTED"), held.after());
    assertEquals(Optional.of(ADA.user().orElseThrow()), held.actor());
    assertEquals(List.of(Kind.CREATED, Kind.PUBLISHED, Kind.SUBMITTED), world.events(declaredPublic));

    content.review(CURT, declaredPublic.id(), Verdict.APPROVE, Optional.empty());
    assertEquals(ReviewState.PUBLISHED, content.get(ANON, declaredPublic.id()).reviewState());
  }

  @Test
  @DisplayName("a working group opened by its parent: what it published while closed waits for curators too")
  void workingGroupOpenedByParent() {
    Community parent = world.community("parent");
    Community group = communities.createWorkingGroup(ADA, parent.id(), "group", b -> b.name("Group"));
    world.member(group, MEL, Role.MEMBER);
    world.member(group, MAX, Role.MEMBER);
    Community closedParent = communities.update(ADA, parent.id(), parent.version(),
        b -> b.privacy(Privacy.PRIVATE));
    assertEquals(Privacy.PRIVATE, closedParent.privacy());
    Item inside = content.submitOrPublish(MEL, content.create(MEL, group.id(), doc("Inside", Visibility.PUBLIC)).id());
    assertEquals(ReviewState.PUBLISHED, inside.reviewState());   // members-only in a closed parent

    open(parent);

    assertEquals(ReviewState.SUBMITTED, content.get(MEL, inside.id()).reviewState());
    notFoundTo(inside, OLGA, ANON, MAX);
    assertEquals(List.of(inside.id()), queue(CURT, group));
    assertEquals(1, world.audit(group, AuditAction.ITEM_REVIEWED).size());
    assertEquals(List.of(), world.audit(parent, AuditAction.ITEM_REVIEWED));
  }

  @Test
  @DisplayName("closing a community, or opening one that was not private, sends nothing back")
  void onlyLeavingPrivateCounts() {
    Community semi = world.community("semi", b -> b.privacy(Privacy.SEMI_PRIVATE));
    Item item = content.create(MEL, semi.id(), doc("Report", Visibility.PUBLIC));
    content.submitOrPublish(MEL, item.id());
    content.review(CURT, item.id(), Verdict.APPROVE, Optional.empty());
    open(semi);
    assertEquals(ReviewState.PUBLISHED, content.get(ANON, item.id()).reviewState());
    Community current = communities.get(ADA, semi.id());
    communities.update(ADA, semi.id(), current.version(), b -> b.privacy(Privacy.PRIVATE));
    assertEquals(ReviewState.PUBLISHED, content.get(MAX, item.id()).reviewState());
    assertEquals(1, world.audit(semi, AuditAction.ITEM_REVIEWED).size());   // the curator's approval only
  }

  @Test
  @DisplayName("without curation, a private community turned public publishes its public-declared items at once")
  void withoutCuration() {
    ContentFixture plain = new ContentFixture();
    Community closed = plain.community("closed", b -> b.privacy(Privacy.PRIVATE));
    Item item = plain.published(MEL, closed, doc("Inside", Visibility.PUBLIC));
    plain.convene.communities().update(ADA, closed.id(), 1, b -> b.privacy(Privacy.PUBLIC));
    assertEquals(ReviewState.PUBLISHED, plain.content().get(ANON, item.id()).reviewState());
  }
}
