package dev.convene.platform;

import static dev.convene.platform.ContentFixture.ADA;
import static dev.convene.platform.ContentFixture.ANON;
import static dev.convene.platform.ContentFixture.CURT;
import static dev.convene.platform.ContentFixture.MAX;
import static dev.convene.platform.ContentFixture.MEL;
import static dev.convene.platform.ContentFixture.MO;
import static dev.convene.platform.ContentFixture.PAT;
import static dev.convene.platform.ContentFixture.WATER;
import static dev.convene.platform.ContentFixture.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.NotFoundException;
import dev.convene.core.ValidationException;
import dev.convene.core.event.ItemChanged.Kind;
import dev.convene.core.model.Community;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.Item;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Visibility;
import dev.convene.core.policy.PolicySettings;
import dev.convene.platform.ContentService.Verdict;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Curators categorise content; a platform setting requires a concept to publish. */
class CurationTest {
  private static final ConceptId UNKNOWN = ConceptId.of("no-such-concept");

  @Nested
  @DisplayName("curators set concepts")
  class Categorise {
    private final ContentFixture world = new ContentFixture(PolicySettings.defaults().withCuratePublicContent(true));
    private final ContentService content = world.content();
    private final Community water;

    Categorise() {
      world.taxonomy();
      water = world.community("water");
    }

    @Test
    @DisplayName("of an item they review: audited with before and after, announced as an edit, then approved")
    void whatTheyReview() {
      Item item = content.submitOrPublish(MEL, content.create(MEL, water.id(), doc("Report", Visibility.PUBLIC)).id());
      assertEquals(ReviewState.SUBMITTED, item.reviewState());
      Item tagged = content.categorise(CURT, item.id(), Set.of(WATER));
      assertEquals(Set.of(WATER), tagged.concepts());
      assertEquals(ReviewState.SUBMITTED, tagged.reviewState());
      AuditEntry entry = world.audit(water, AuditAction.ITEM_CATEGORISED).get(0);
      assertEquals("item " + item.id(), entry.subject());
      assertEquals(Optional.of("[]"), entry.before());
      assertEquals(Optional.of("[water]"), entry.after());
      assertEquals(CURT.user(), entry.actor());
      assertEquals(List.of(Kind.CREATED, Kind.SUBMITTED, Kind.EDITED), world.events(item));
      assertEquals(Set.of(WATER), content.review(CURT, item.id(), Verdict.APPROVE, Optional.empty()).concepts());
    }

    @Test
    @DisplayName("of any public item, and the community's admin does not read the line of one still in review")
    void publicItemsAndTheLog() {
      Item published = content.submitOrPublish(MEL, content.create(MEL, water.id(), doc("Old", Visibility.PUBLIC)).id());
      content.review(CURT, published.id(), Verdict.APPROVE, Optional.empty());
      assertEquals(Set.of(WATER), content.categorise(CURT, published.id(), Set.of(WATER)).concepts());
      assertEquals(Set.of(), content.categorise(CURT, published.id(), Set.of()).concepts());

      Item waiting = content.submitOrPublish(MEL, content.create(MEL, water.id(), doc("New", Visibility.PUBLIC)).id());
      content.categorise(CURT, waiting.id(), Set.of(WATER));
      List<String> subjects = convene().audit().list(ADA, water.id(), PageRequest.first(50)).items().stream()
          .filter(e -> e.action() == AuditAction.ITEM_CATEGORISED).map(AuditEntry::subject).toList();
      assertEquals(List.of("item " + published.id(), "item " + published.id()), subjects);
    }

    private Convene convene() {
      return world.convene;
    }

    @Test
    @DisplayName("never what they may not see: members-only, private, drafts are not found, exactly as absent ids")
    void notWhatTheyCannotSee() {
      Item members = world.published(MEL, water, doc("Notes", Visibility.MEMBERS));
      Item draft = content.create(MEL, water.id(), doc("Draft", Visibility.PUBLIC));
      Community closed = world.community("closed", b -> b.privacy(Privacy.PRIVATE));
      Item inside = world.published(MEL, closed, doc("Inside", Visibility.PUBLIC));
      for (Item item : List.of(members, draft, inside)) {
        NotFoundException e = assertThrows(NotFoundException.class,
            () -> content.categorise(CURT, item.id(), Set.of(WATER)));
        assertEquals("item " + item.id() + " not found", e.getMessage());
      }
      assertEquals(Set.of(), content.get(MEL, members.id()).concepts());
    }

    @Test
    @DisplayName("only curators: members, moderators and authors are refused on public items, anonymous visitors too")
    void onlyCurators() {
      Item item = content.submitOrPublish(MEL, content.create(MEL, water.id(), doc("Report", Visibility.PUBLIC)).id());
      content.review(CURT, item.id(), Verdict.APPROVE, Optional.empty());
      for (var actor : List.of(MEL, MAX, MO, ADA, ANON)) {
        assertThrows(AccessDeniedException.class, () -> content.categorise(actor, item.id(), Set.of(WATER)),
            actor.toString());
      }
      assertEquals(Set.of(WATER), content.categorise(PAT, item.id(), Set.of(WATER)).concepts());
      assertEquals(1, world.audit(water, AuditAction.PLATFORM_ADMIN_ACCESS).size());
    }

    @Test
    @DisplayName("an unknown concept is refused and changes nothing; an archived item takes no concepts")
    void refusals() {
      Item item = content.submitOrPublish(MEL, content.create(MEL, water.id(), doc("Report", Visibility.PUBLIC)).id());
      ValidationException e = assertThrows(ValidationException.class,
          () -> content.categorise(CURT, item.id(), Set.of(WATER, UNKNOWN)));
      assertEquals("concepts", e.field());
      assertEquals("known-concept", e.rule());
      assertEquals(Set.of(), content.get(MEL, item.id()).concepts());
      assertEquals(List.of(), world.audit(water, AuditAction.ITEM_CATEGORISED));
      content.review(CURT, item.id(), Verdict.APPROVE, Optional.empty());
      content.archive(MO, item.id());
      assertThrows(NotFoundException.class, () -> content.categorise(CURT, item.id(), Set.of(WATER)));
    }
  }

  @Nested
  @DisplayName("a platform that requires a concept to publish")
  class ConceptRequired {
    private final ContentFixture world = new ContentFixture(PolicySettings.defaults().withConceptRequiredToPublish(true));
    private final ContentService content = world.content();
    private final Community water;

    ConceptRequired() {
      world.taxonomy();
      water = world.community("water");
    }

    @Test
    @DisplayName("an item without a concept is not published, and stays a draft; tagged, it is")
    void publishNeedsAConcept() {
      Item draft = content.create(MEL, water.id(), doc("Report", Visibility.PUBLIC));
      ValidationException e = assertThrows(ValidationException.class, () -> content.publish(MEL, draft.id()));
      assertEquals("concepts", e.field());
      assertEquals("required-to-publish", e.rule());
      assertThrows(ValidationException.class, () -> content.submitOrPublish(MEL, draft.id()));
      assertEquals(ReviewState.DRAFT, content.get(MEL, draft.id()).reviewState());
      content.tag(MEL, draft.id(), Set.of(WATER));
      assertEquals(ReviewState.PUBLISHED, content.publish(MEL, draft.id()).reviewState());
    }

    @Test
    @DisplayName("a submitted item is approved only once it has a concept: its curator categorises it first")
    void approvalNeedsAConcept() {
      ContentFixture curated = new ContentFixture(PolicySettings.defaults().withCuratePublicContent(true)
          .withConceptRequiredToPublish(true));
      curated.taxonomy();
      Community rivers = curated.community("rivers");
      ContentService service = curated.content();
      Item item = service.create(MEL, rivers.id(), doc("Report", Visibility.PUBLIC));
      assertEquals(ReviewState.SUBMITTED, service.submitOrPublish(MEL, item.id()).reviewState());  // submitting needs none
      assertEquals("required-to-publish", assertThrows(ValidationException.class,
          () -> service.review(CURT, item.id(), Verdict.APPROVE, Optional.empty())).rule());
      assertEquals(ReviewState.SUBMITTED, service.get(MEL, item.id()).reviewState());
      service.categorise(CURT, item.id(), Set.of(WATER));
      assertEquals(ReviewState.PUBLISHED, service.review(CURT, item.id(), Verdict.APPROVE, Optional.empty())
          .reviewState());
      assertTrue(service.get(ANON, item.id()).concepts().contains(WATER));
    }
  }

  @Nested
  @DisplayName("a community's concepts")
  class CommunityConcepts {
    private final ContentFixture world = new ContentFixture();
    private final CommunityService communities = world.convene.communities();

    CommunityConcepts() {
      world.taxonomy();
    }

    @Test
    @DisplayName("are checked against the taxonomy on creation and update, as an item's are; a refusal changes nothing")
    void checked() {
      ValidationException created = assertThrows(ValidationException.class,
          () -> communities.create(ADA, "rivers", b -> b.name("Rivers").concepts(Set.of(UNKNOWN))));
      assertEquals("concepts", created.field());
      assertEquals("known-concept", created.rule());
      assertTrue(created.getMessage().contains("no-such-concept"), created.getMessage());
      Community rivers = communities.create(ADA, "rivers", b -> b.name("Rivers").concepts(Set.of(WATER)));
      assertEquals("known-concept", assertThrows(ValidationException.class,
          () -> communities.update(ADA, rivers.id(), 1, b -> b.concepts(Set.of(WATER, UNKNOWN)))).rule());
      assertEquals(rivers, communities.get(ADA, rivers.id()));
      assertEquals("known-concept", assertThrows(ValidationException.class,
          () -> communities.createWorkingGroup(ADA, rivers.id(), "wg", b -> b.name("WG").concepts(Set.of(UNKNOWN))))
          .rule());
      assertEquals(List.of(), communities.workingGroups(ADA, rivers.id()));
    }
  }
}
