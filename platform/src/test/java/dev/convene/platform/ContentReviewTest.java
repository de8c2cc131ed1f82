package dev.convene.platform;

import static dev.convene.platform.ContentFixture.ADA;
import static dev.convene.platform.ContentFixture.ANON;
import static dev.convene.platform.ContentFixture.CURT;
import static dev.convene.platform.ContentFixture.MAX;
import static dev.convene.platform.ContentFixture.MEL;
import static dev.convene.platform.ContentFixture.MO;
import static dev.convene.platform.ContentFixture.OLGA;
import static dev.convene.platform.ContentFixture.PAT;
import static dev.convene.platform.ContentFixture.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.NotFoundException;
import dev.convene.core.ValidationException;
import dev.convene.core.event.ItemChanged.Kind;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Document;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import dev.convene.core.policy.PolicySettings;
import dev.convene.platform.ContentService.Verdict;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.ItemQuery;
import dev.convene.storage.PageRequest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every review path of DESIGN.md §3, through the public API, refusals included. */
class ContentReviewTest {

  private static void seesIt(ContentService content, Item item, Actor... actors) {
    for (Actor actor : actors) {
      assertEquals(item.id(), content.get(actor, item.id()).id(), actor + " should see " + item.id());
    }
  }

  private static void notFoundTo(ContentService content, Item item, Actor... actors) {
    for (Actor actor : actors) {
      NotFoundException e = assertThrows(NotFoundException.class, () -> content.get(actor, item.id()), actor.toString());
      assertEquals("item " + item.id() + " not found", e.getMessage());
    }
  }

  private static List<ItemId> queue(ContentService content, Actor actor, Community community) {
    return content.reviewQueue(actor, community.id(), PageRequest.first(50)).items().stream().map(Item::id).toList();
  }

  @Nested
  @DisplayName("a community that does not review")
  class NoReview {
    private final ContentFixture world = new ContentFixture();
    private final ContentService content = world.content();
    private final Community water = world.community("water");

    @Test
    @DisplayName("the author publishes directly; submitting is refused; a public item is read by everyone")
    void publishDirectly() {
      Item draft = content.create(MEL, water.id(), doc("Paper", Visibility.PUBLIC));
      AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> content.submit(MEL, draft.id()));
      assertTrue(e.getMessage().contains("needs no review"), e.getMessage());
      notFoundTo(content, draft, MO, MAX);               // a draft is its author's alone
      assertThrows(NotFoundException.class, () -> content.publish(MAX, draft.id()));
      Item published = content.publish(MEL, draft.id());
      assertEquals(ReviewState.PUBLISHED, published.reviewState());
      assertEquals(2, published.version());
      seesIt(content, published, MEL, MO, MAX, OLGA, ANON, ADA);
      assertThrows(AccessDeniedException.class, () -> content.publish(MEL, draft.id()));
      assertEquals(List.of(Kind.CREATED, Kind.PUBLISHED), world.events(draft));
      assertEquals(List.of(), world.audit(water, AuditAction.ITEM_REVIEWED));
    }

    @Test
    @DisplayName("a members-only item is read by active members only; submitOrPublish publishes it")
    void membersOnly() {
      Item item = content.submitOrPublish(MEL, content.create(MEL, water.id(), doc("Notes", Visibility.MEMBERS)).id());
      assertEquals(ReviewState.PUBLISHED, item.reviewState());
      seesIt(content, item, MEL, MAX, MO, ADA);
      notFoundTo(content, item, OLGA, ANON);
      assertEquals(List.of(), queue(content, MO, water));
    }
  }

  @Nested
  @DisplayName("a community that reviews before publication")
  class ReviewBeforePublication {
    private final ContentFixture world = new ContentFixture();
    private final ContentService content = world.content();
    private final Community water = world.community("water", b -> b.reviewBeforePublication(true));
    private final Item draft = content.create(MEL, water.id(), doc("Notes", Visibility.MEMBERS));

    @Test
    @DisplayName("moderators review members-only items; a submitted item is seen by its author and reviewers only")
    void moderatorsReview() {
      assertTrue(assertThrows(AccessDeniedException.class, () -> content.publish(MEL, draft.id())).getMessage()
          .contains("must be reviewed"));
      assertEquals(List.of(), queue(content, MO, water));  // a draft awaits nobody
      Item submitted = content.submitOrPublish(MEL, draft.id());
      assertEquals(ReviewState.SUBMITTED, submitted.reviewState());
      seesIt(content, submitted, MEL, MO, ADA);
      notFoundTo(content, submitted, MAX, OLGA, ANON, CURT);
      assertEquals(List.of(draft.id()), queue(content, MO, water));
      assertEquals(List.of(draft.id()), queue(content, ADA, water));
      assertEquals(List.of(), queue(content, MAX, water));
      assertEquals(List.of(), queue(content, MEL, water));
      assertThrows(NotFoundException.class, () -> content.review(MAX, draft.id(), Verdict.APPROVE, Optional.empty()));
      assertTrue(assertThrows(AccessDeniedException.class,
          () -> content.review(MEL, draft.id(), Verdict.APPROVE, Optional.empty())).getMessage().contains("reviewers"));
      assertThrows(AccessDeniedException.class, () -> content.submit(MEL, draft.id()));   // already submitted

      Item published = content.review(MO, draft.id(), Verdict.APPROVE, Optional.empty());
      assertEquals(ReviewState.PUBLISHED, published.reviewState());
      seesIt(content, published, MAX);
      notFoundTo(content, published, OLGA, ANON);
      assertEquals(List.of(), queue(content, MO, water));
      assertThrows(AccessDeniedException.class, () -> content.review(MO, draft.id(), Verdict.REJECT, Optional.of("late")));

      AuditEntry decision = world.audit(water, AuditAction.ITEM_REVIEWED).get(0);
      assertEquals(Optional.of(UserId.of("mo")), decision.actor());
      assertEquals("item " + draft.id(), decision.subject());
      assertEquals(Optional.of("SUBMITTED"), decision.before());
      assertEquals(Optional.of("PUBLISHED"), decision.after());
      assertEquals(List.of(Kind.CREATED, Kind.SUBMITTED, Kind.PUBLISHED), world.events(draft));
    }

    @Test
    @DisplayName("a rejection needs a reason and is audited with it; the author changes the item and resubmits")
    void rejectAndResubmit() {
      content.submit(MEL, draft.id());
      ValidationException noReason = assertThrows(ValidationException.class,
          () -> content.review(MO, draft.id(), Verdict.REJECT, Optional.empty()));
      assertEquals("required-to-reject", noReason.rule());
      assertEquals(ReviewState.SUBMITTED, content.get(MO, draft.id()).reviewState());

      Item rejected = content.review(MO, draft.id(), Verdict.REJECT, Optional.of("Cite your sources"));
      assertEquals(ReviewState.REJECTED, rejected.reviewState());
      seesIt(content, rejected, MEL, MO);
      notFoundTo(content, rejected, MAX, OLGA);
      AuditEntry decision = world.audit(water, AuditAction.ITEM_REVIEWED).get(0);
      assertEquals(Optional.of("REJECTED"), decision.after());
      assertEquals(Optional.of("Cite your sources"), decision.reason());

      Document fixed = (Document) content.get(MEL, draft.id());
      content.edit(MEL, new Document(fixed.header(), "With sources", fixed.body(), fixed.authors(), fixed.publisher(),
          fixed.publicationDate(), fixed.documentType(), fixed.attachments()));
      Item again = content.submit(MEL, draft.id());
      assertEquals(ReviewState.SUBMITTED, again.reviewState());
      Item published = content.review(ADA, draft.id(), Verdict.APPROVE, Optional.of("Thanks"));
      assertEquals("With sources", ((Document) published).summary());
      assertEquals(List.of(Kind.CREATED, Kind.SUBMITTED, Kind.REJECTED, Kind.EDITED, Kind.SUBMITTED, Kind.PUBLISHED),
          world.events(draft));
      List<AuditEntry> decisions = world.audit(water, AuditAction.ITEM_REVIEWED);
      assertEquals(2, decisions.size());
      assertEquals(Optional.of("Thanks"), decisions.get(1).reason());
    }

    @Test
    @DisplayName("a platform admin may decide in a reviewer's place; the override is audited")
    void platformAdmin() {
      content.submit(MEL, draft.id());
      content.review(PAT, draft.id(), Verdict.APPROVE, Optional.empty());
      assertEquals(1, world.audit(water, AuditAction.PLATFORM_ADMIN_ACCESS).stream()
          .filter(e -> e.reason().equals(Optional.of("REVIEW_ITEM"))).count());
      assertEquals(Optional.of(UserId.of("pat")), world.audit(water, AuditAction.ITEM_REVIEWED).get(0).actor());
    }
  }

  @Nested
  @DisplayName("a platform that curates public content")
  class Curated {
    private final ContentFixture world = new ContentFixture(PolicySettings.defaults().withCuratePublicContent(true));
    private final ContentService content = world.content();
    private final Community water = world.community("water");

    @Test
    @DisplayName("curators review items that are to become public; moderators do not")
    void curatorsReview() {
      Item item = content.create(MEL, water.id(), doc("Report", Visibility.PUBLIC));
      notFoundTo(content, item, CURT);                     // a draft is still its author's alone
      assertThrows(AccessDeniedException.class, () -> content.publish(MEL, item.id()));
      assertEquals(ReviewState.SUBMITTED, content.submitOrPublish(MEL, item.id()).reviewState());
      seesIt(content, item, MEL, CURT);
      notFoundTo(content, item, MO, ADA, MAX, OLGA, ANON);
      assertEquals(List.of(item.id()), queue(content, CURT, water));
      assertEquals(List.of(), queue(content, MO, water));
      assertThrows(NotFoundException.class, () -> content.review(MO, item.id(), Verdict.APPROVE, Optional.empty()));
      Item published = content.review(CURT, item.id(), Verdict.APPROVE, Optional.empty());
      seesIt(content, published, OLGA, ANON, MO);
      assertEquals(Optional.of(UserId.of("curt")), world.audit(water, AuditAction.ITEM_REVIEWED).get(0).actor());
    }

    @Test
    @DisplayName("members-only items need no curator, and curators see nothing of a private community")
    void privateCommunity() {
      Item notes = content.submitOrPublish(MEL, content.create(MEL, water.id(), doc("Notes", Visibility.MEMBERS)).id());
      assertEquals(ReviewState.PUBLISHED, notes.reviewState());
      notFoundTo(content, notes, CURT);

      Community closed = world.community("closed", b -> b.privacy(Privacy.PRIVATE));
      Item declaredPublic = content.create(MEL, closed.id(), doc("Inside", Visibility.PUBLIC));
      Item published = content.submitOrPublish(MEL, declaredPublic.id());
      assertEquals(ReviewState.PUBLISHED, published.reviewState());   // members-only there: nothing to curate
      notFoundTo(content, published, CURT, OLGA, ANON);
      assertEquals(List.of(), content.list(CURT, closed.id(), ItemQuery.in(closed.id()), PageRequest.first(10)).items());
      assertEquals(List.of(), queue(content, CURT, closed));
      seesIt(content, published, MAX);
    }
  }

  @Nested
  @DisplayName("archive and restore")
  class ArchiveRestore {
    private final ContentFixture world = new ContentFixture();
    private final ContentService content = world.content();
    private final Community water = world.community("water");

    @Test
    @DisplayName("moderators archive published items, which only moderators and admins see, and restore them")
    void archiveAndRestore() {
      Item item = world.published(MEL, water, doc("Old paper", Visibility.PUBLIC));
      assertThrows(AccessDeniedException.class, () -> content.archive(MEL, item.id()));
      assertThrows(AccessDeniedException.class, () -> content.restore(MO, item.id()));   // not archived
      Item archived = content.archive(MO, item.id());
      assertEquals(ReviewState.ARCHIVED, archived.reviewState());
      seesIt(content, archived, MO, ADA);
      notFoundTo(content, archived, MEL, MAX, OLGA, ANON);
      assertEquals(List.of(), world.all(MEL, water, 10));
      assertEquals(List.of(item.id()), world.all(MO, water, 10).stream().map(Item::id).toList());
      assertThrows(AccessDeniedException.class, () -> content.archive(MO, item.id()));
      assertThrows(AccessDeniedException.class, () -> content.edit(MO, archived));

      Item restored = content.restore(ADA, item.id());
      assertEquals(ReviewState.PUBLISHED, restored.reviewState());
      seesIt(content, restored, MEL, OLGA, ANON);
      List<AuditEntry> entries = world.audit(water, AuditAction.ITEM_ARCHIVED);
      assertEquals(List.of(Optional.of("PUBLISHED"), Optional.of("ARCHIVED")),
          entries.stream().map(AuditEntry::before).toList());
      assertEquals(List.of(Optional.of("ARCHIVED"), Optional.of("PUBLISHED")),
          entries.stream().map(AuditEntry::after).toList());
      assertEquals(List.of(Kind.CREATED, Kind.PUBLISHED, Kind.ARCHIVED, Kind.RESTORED), world.events(item));
    }

    @Test
    @DisplayName("a draft cannot be archived: moderators do not even see it")
    void draftsAreNotArchived() {
      Item draft = content.create(MEL, water.id(), doc("Draft", Visibility.PUBLIC));
      assertThrows(NotFoundException.class, () -> content.archive(MO, draft.id()));
      assertEquals(ReviewState.DRAFT, content.get(MEL, draft.id()).reviewState());
    }
  }
}
