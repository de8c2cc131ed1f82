package dev.convene.platform;

import static dev.convene.platform.ContentFixture.ADA;
import static dev.convene.platform.ContentFixture.ANON;
import static dev.convene.platform.ContentFixture.CURT;
import static dev.convene.platform.ContentFixture.MAX;
import static dev.convene.platform.ContentFixture.MEL;
import static dev.convene.platform.ContentFixture.MO;
import static dev.convene.platform.ContentFixture.OLGA;
import static dev.convene.platform.ContentFixture.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.ConveneException;
import dev.convene.core.NotFoundException;
import dev.convene.core.ValidationException;
import dev.convene.core.event.ItemChanged.Kind;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Visibility;
import dev.convene.core.policy.PolicySettings;
import dev.convene.platform.ContentService.Verdict;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The paths other than a privacy change by which an item declared public in a private community
 * could reach the public: a restore after the community opened, an edit that widens it, a review
 * begun while the community was private. None may skip the curators. (Writes racing the opening are
 * {@code CurationRaceOnPostgresTest}'s.)
 */
class CurationPathsTest {
  private final ContentFixture world = new ContentFixture(PolicySettings.defaults().withCuratePublicContent(true));
  private final ContentService content = world.content();
  private final CommunityService communities = world.convene.communities();

  private void notFoundTo(Item item, Actor... actors) {
    for (Actor actor : actors) {
      assertThrows(NotFoundException.class, () -> content.get(actor, item.id()), actor.toString());
    }
  }

  private Community open(Community community) {
    Community current = communities.get(ADA, community.id());
    return communities.update(ADA, community.id(), current.version(), b -> b.privacy(Privacy.PUBLIC));
  }

  @Test
  @DisplayName("an item archived while its community was private, restored after it opened, waits for curators")
  void restoredAfterOpening() {
    Community closed = world.community("closed", b -> b.privacy(Privacy.PRIVATE));
    Item inside = content.submitOrPublish(MEL, content.create(MEL, closed.id(), doc("Inside", Visibility.PUBLIC)).id());
    assertEquals(ReviewState.PUBLISHED, inside.reviewState());       // members-only while private
    content.archive(MO, inside.id());
    open(closed);
    assertEquals(ReviewState.ARCHIVED, content.get(MO, inside.id()).reviewState(), "the hold takes published items");

    Item restored = content.restore(MO, inside.id());

    assertEquals(ReviewState.SUBMITTED, restored.reviewState());
    notFoundTo(inside, OLGA, ANON, MAX);
    assertEquals(ReviewState.SUBMITTED, content.get(CURT, inside.id()).reviewState());
    AuditEntry entry = world.audit(closed, AuditAction.ITEM_ARCHIVED).getLast();
    assertEquals(List.of(Optional.of("ARCHIVED"), Optional.of("SUBMITTED")), List.of(entry.before(), entry.after()));
    assertEquals(Optional.of("restored as public: it waits for curators before the public sees it"), entry.reason());
    assertEquals(Kind.SUBMITTED, world.events(inside).getLast());

    content.review(CURT, inside.id(), Verdict.APPROVE, Optional.empty());
    assertEquals(ReviewState.PUBLISHED, content.get(ANON, inside.id()).reviewState());
  }

  @Test
  @DisplayName("a restore that stays members-only, or on a platform without curators, publishes at once")
  void restoredWithoutCurators() {
    Community closed = world.community("closed", b -> b.privacy(Privacy.PRIVATE));
    Item inside = content.submitOrPublish(MEL, content.create(MEL, closed.id(), doc("Inside", Visibility.PUBLIC)).id());
    content.archive(MO, inside.id());
    assertEquals(ReviewState.PUBLISHED, content.restore(MO, inside.id()).reviewState(), "still private");
    Community open = world.community("open");
    Item notes = content.submitOrPublish(MEL, content.create(MEL, open.id(), doc("Notes", Visibility.MEMBERS)).id());
    content.archive(MO, notes.id());
    assertEquals(ReviewState.PUBLISHED, content.restore(MO, notes.id()).reviewState(), "members-only");

    ContentFixture uncurated = new ContentFixture();
    Community water = uncurated.community("water");
    Item report = uncurated.published(MEL, water, doc("Report", Visibility.PUBLIC));
    uncurated.content().archive(MO, report.id());
    assertEquals(ReviewState.PUBLISHED, uncurated.content().restore(MO, report.id()).reviewState());
  }

  @Test
  @DisplayName("an edit that makes a published item public: allowed while private, held when the community opens")
  void widenedWhilePrivate() {
    Community closed = world.community("closed", b -> b.privacy(Privacy.PRIVATE));
    Item notes = content.submitOrPublish(MEL, content.create(MEL, closed.id(), doc("Notes", Visibility.MEMBERS)).id());
    Item widened = content.edit(MEL, notes.withHeader(notes.header().withVisibility(Visibility.PUBLIC,
        notes.updated())));
    assertEquals(Visibility.PUBLIC, widened.visibility());
    notFoundTo(widened, OLGA, ANON);

    open(closed);

    assertEquals(ReviewState.SUBMITTED, content.get(MEL, notes.id()).reviewState());
    notFoundTo(widened, OLGA, ANON, MAX);
    // once open, the same edit of another published item is refused: it would need curators
    Item minutes = content.submitOrPublish(MEL, content.create(MEL, closed.id(),
        doc("Minutes", Visibility.MEMBERS)).id());
    ValidationException refused = assertThrows(ValidationException.class, () -> content.edit(MEL,
        minutes.withHeader(minutes.header().withVisibility(Visibility.PUBLIC, minutes.updated()))));
    assertEquals(List.of("visibility", "review-required"), List.of(refused.field(), refused.rule()));
  }

  @Test
  @DisplayName("a public item its moderators were reviewing while private is the curators' once the community opens")
  void reviewBegunWhilePrivate() {
    Community closed = world.community("closed", b -> b.privacy(Privacy.PRIVATE).reviewBeforePublication(true));
    Item inside = content.submitOrPublish(MEL, content.create(MEL, closed.id(), doc("Inside", Visibility.PUBLIC)).id());
    assertEquals(ReviewState.SUBMITTED, inside.reviewState());       // for the community's moderators
    open(closed);

    assertThrows(ConveneException.class, () -> content.review(MO, inside.id(), Verdict.APPROVE, Optional.empty()));
    assertEquals(ReviewState.SUBMITTED, content.get(MEL, inside.id()).reviewState());
    notFoundTo(inside, OLGA, ANON);
    content.review(CURT, inside.id(), Verdict.APPROVE, Optional.empty());
    assertEquals(ReviewState.PUBLISHED, content.get(ANON, inside.id()).reviewState());
  }
}
