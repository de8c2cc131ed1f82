package dev.convene.platform;

import static dev.convene.platform.WalkthroughWorld.ADA;
import static dev.convene.platform.WalkthroughWorld.CURT;
import static dev.convene.platform.WalkthroughWorld.MAX;
import static dev.convene.platform.WalkthroughWorld.MEL;
import static dev.convene.platform.WalkthroughWorld.MO;
import static dev.convene.platform.WalkthroughWorld.OLGA;
import static dev.convene.platform.WalkthroughWorld.audited;
import static dev.convene.platform.WalkthroughWorld.doc;
import static dev.convene.platform.WalkthroughWorld.notice;
import static dev.convene.platform.WalkthroughWorld.told;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.NotFoundException;
import dev.convene.core.ValidationException;
import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Visibility;
import dev.convene.core.policy.PolicySettings;
import dev.convene.platform.ContentService.Verdict;
import dev.convene.storage.Delivery;
import dev.convene.storage.NotificationLevel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every review path of DESIGN.md §3 told as a story, each step checked for its audit entries (review
 * decisions and archiving are audited, an author's own submitting and publishing are not), its
 * notifications (§6: reviewers hear of items waiting for them, authors of the decision, followers of
 * what they may see) and its refusals. In every community ada is the admin, mo the moderator, mel
 * (the author) and max members; olga is an outsider.
 */
@DisplayName("Review walkthroughs")
class WalkthroughReviewTest {
  private static final Optional<String> NO_REASON = Optional.empty();

  private final WalkthroughWorld w = new WalkthroughWorld();

  /** A world whose platform curates public content. */
  private static WalkthroughWorld curating() {
    return new WalkthroughWorld(b -> b.policySettings(PolicySettings.defaults().withCuratePublicContent(true)));
  }

  private static void followAll(WalkthroughWorld world, Community c) {
    world.follow(MAX, c, NotificationLevel.ALL, Delivery.IMMEDIATE);
    world.follow(OLGA, c, NotificationLevel.ALL, Delivery.IMMEDIATE);
  }

  @Test
  @DisplayName("without review the author publishes directly, and followers and members are told by their level")
  void withoutReview() {
    ContentService content = w.convene.content();
    Community water = w.community("water", b -> b);
    followAll(w, water);
    w.follow(ADA, water, NotificationLevel.NONE, Delivery.IMMEDIATE);
    Item open = w.draft(MEL, water, doc("Open data", Visibility.PUBLIC));
    w.sawNothing();
    w.denied(AccessDeniedException.class, () -> content.submit(MEL, open.id()));
    w.denied(NotFoundException.class, () -> content.publish(MAX, open.id()));
    content.publish(MEL, open.id());
    // ada chose NONE; mo, the moderator, never chose and keeps up with new items by default
    w.saw(audited(), told("max <- item.published in water: Open data", "mo <- item.published in water: Open data",
        "olga <- item.published in water: Open data"));

    w.published(MEL, water, doc("Minutes", Visibility.MEMBERS));
    w.saw(audited(), told("max <- item.published in water: Minutes", "mo <- item.published in water: Minutes"));
    w.denied(AccessDeniedException.class, () -> content.create(MEL, water.id(), notice("Mine", Visibility.MEMBERS)));
    w.published(MO, water, notice("Meeting moved", Visibility.MEMBERS));
    w.saw(audited(), told("max <- item.published in water: Meeting moved", "mel <- item.published in water: Meeting moved"));
  }

  @Test
  @DisplayName("with review before publication: submitted, told to moderators, rejected with a reason, resubmitted, approved")
  void reviewBeforePublication() {
    ContentService content = w.convene.content();
    Community water = w.community("water", b -> b.reviewBeforePublication(true));
    followAll(w, water);
    Item minutes = w.draft(MEL, water, doc("Minutes", Visibility.MEMBERS));
    AccessDeniedException direct = w.denied(AccessDeniedException.class, () -> content.publish(MEL, minutes.id()));
    assertTrue(direct.getMessage().contains("must be reviewed"), direct.getMessage());
    assertEquals(List.of(), w.reviewQueue(MO, water));

    content.submit(MEL, minutes.id());
    w.saw(audited(), told("ada <- item.submitted in water: Minutes", "mo <- item.submitted in water: Minutes"));
    assertEquals(List.of("Minutes"), w.reviewQueue(MO, water));
    assertEquals(List.of(), w.reviewQueue(MAX, water));
    w.denied(NotFoundException.class, () -> content.review(MAX, minutes.id(), Verdict.APPROVE, NO_REASON));
    w.denied(AccessDeniedException.class, () -> content.review(MEL, minutes.id(), Verdict.APPROVE, NO_REASON));
    w.denied(ValidationException.class, () -> content.review(MO, minutes.id(), Verdict.REJECT, NO_REASON));

    content.review(MO, minutes.id(), Verdict.REJECT, Optional.of("Add the date"));
    w.saw(audited("water: ITEM_REVIEWED item Minutes by mo, SUBMITTED -> REJECTED (Add the date)"),
        told("mel <- item.rejected in water: Minutes"));
    w.denied(AccessDeniedException.class, () -> content.review(MO, minutes.id(), Verdict.APPROVE, NO_REASON));
    content.submit(MEL, minutes.id());
    w.saw(audited(), told("ada <- item.submitted in water: Minutes", "mo <- item.submitted in water: Minutes"));

    content.review(MO, minutes.id(), Verdict.APPROVE, NO_REASON);
    w.saw(audited("water: ITEM_REVIEWED item Minutes by mo, SUBMITTED -> PUBLISHED"),
        told("ada <- item.published in water: Minutes", "mel <- item.published in water: Minutes",
            "max <- item.published in water: Minutes"));
    w.denied(AccessDeniedException.class, () -> content.review(ADA, minutes.id(), Verdict.APPROVE, NO_REASON));
  }

  @Test
  @DisplayName("with curation, curators review items to become public and moderators the members-only ones")
  void curatedPublicContent() {
    WalkthroughWorld curated = curating();
    ContentService content = curated.convene.content();
    Community water = curated.community("water", b -> b.reviewBeforePublication(true));
    followAll(curated, water);
    Item open = curated.draft(MEL, water, doc("Open data", Visibility.PUBLIC));
    curated.denied(AccessDeniedException.class, () -> content.publish(MEL, open.id()));
    content.submit(MEL, open.id());
    curated.saw(audited(), told()); // only curators may see it, and the host lists their queue
    Item minutes = curated.draft(MEL, water, doc("Minutes", Visibility.MEMBERS));
    content.submit(MEL, minutes.id());
    curated.saw(audited(), told("ada <- item.submitted in water: Minutes", "mo <- item.submitted in water: Minutes"));

    assertEquals(List.of("Open data"), curated.reviewQueue(CURT, water));
    assertEquals(List.of("Minutes"), curated.reviewQueue(MO, water));
    assertEquals(List.of("Minutes"), curated.reviewQueue(ADA, water));
    curated.denied(NotFoundException.class, () -> content.get(MO, open.id()));
    curated.denied(NotFoundException.class, () -> content.review(MO, open.id(), Verdict.APPROVE, NO_REASON));
    curated.denied(NotFoundException.class, () -> content.get(CURT, minutes.id()));
    curated.denied(NotFoundException.class, () -> content.review(CURT, minutes.id(), Verdict.APPROVE, NO_REASON));

    content.review(CURT, open.id(), Verdict.APPROVE, NO_REASON);
    curated.saw(audited("water: ITEM_REVIEWED item Open data by curt, SUBMITTED -> PUBLISHED"),
        told("ada <- item.published in water: Open data", "mel <- item.published in water: Open data",
            "max <- item.published in water: Open data", "mo <- item.published in water: Open data",
            "olga <- item.published in water: Open data"));
    content.review(MO, minutes.id(), Verdict.APPROVE, NO_REASON);
    curated.saw(audited("water: ITEM_REVIEWED item Minutes by mo, SUBMITTED -> PUBLISHED"),
        told("ada <- item.published in water: Minutes", "mel <- item.published in water: Minutes",
            "max <- item.published in water: Minutes"));
  }

  @Test
  @DisplayName("with curation, nothing of a private community goes to curators: its moderators review, or nobody")
  void curationSkipsPrivateCommunities() {
    WalkthroughWorld curated = curating();
    ContentService content = curated.convene.content();
    Community vault = curated.community("vault", b -> b.privacy(Privacy.PRIVATE).reviewBeforePublication(true));
    Item report = curated.draft(MEL, vault, doc("Report", Visibility.PUBLIC));
    curated.denied(NotFoundException.class, () -> content.get(CURT, report.id()));
    content.submit(MEL, report.id());
    curated.saw(audited(), told("ada <- item.submitted in vault: Report", "mo <- item.submitted in vault: Report"));
    assertEquals(List.of(), curated.reviewQueue(CURT, vault));
    curated.denied(NotFoundException.class, () -> content.get(CURT, report.id()));
    curated.denied(NotFoundException.class, () -> content.review(CURT, report.id(), Verdict.APPROVE, NO_REASON));
    content.review(MO, report.id(), Verdict.APPROVE, NO_REASON);
    curated.saw(audited("vault: ITEM_REVIEWED item Report by mo, SUBMITTED -> PUBLISHED"),
        told("ada <- item.published in vault: Report", "mel <- item.published in vault: Report"));
    curated.denied(NotFoundException.class, () -> content.get(CURT, report.id()));

    Community den = curated.community("den", b -> b.privacy(Privacy.PRIVATE));
    Item note = curated.draft(MEL, den, doc("Note", Visibility.PUBLIC));
    curated.denied(AccessDeniedException.class, () -> content.submit(MEL, note.id()));
    content.publish(MEL, note.id());
    curated.saw(audited(), told("ada <- item.published in den: Note", "mo <- item.published in den: Note"));
    curated.denied(NotFoundException.class, () -> content.get(CURT, note.id()));
  }

  @Test
  @DisplayName("a moderator archives a published item and restores it, each audited; only moderators see it archived")
  void archiveAndRestore() {
    ContentService content = w.convene.content();
    Community water = w.community("water", b -> b);
    w.follow(ADA, water, NotificationLevel.ALL, Delivery.IMMEDIATE);
    w.follow(MAX, water, NotificationLevel.ALL, Delivery.IMMEDIATE);
    Item minutes = w.published(MEL, water, doc("Minutes", Visibility.MEMBERS));
    w.saw(audited(), told("ada <- item.published in water: Minutes", "max <- item.published in water: Minutes",
        "mo <- item.published in water: Minutes"));
    w.denied(AccessDeniedException.class, () -> content.archive(MAX, minutes.id()));
    w.denied(AccessDeniedException.class, () -> content.restore(MO, minutes.id()));

    content.archive(MO, minutes.id());
    w.saw(audited("water: ITEM_ARCHIVED item Minutes by mo, PUBLISHED -> ARCHIVED"),
        told("ada <- item.archived in water: Minutes"));
    w.denied(NotFoundException.class, () -> content.get(MAX, minutes.id()));
    w.denied(NotFoundException.class, () -> content.get(MEL, minutes.id()));
    w.denied(NotFoundException.class, () -> content.restore(MEL, minutes.id()));
    w.denied(AccessDeniedException.class, () -> content.archive(MO, minutes.id()));
    assertEquals(List.of("Minutes"), w.titles(MO, water));
    assertEquals(List.of(), w.titles(MAX, water));

    content.restore(MO, minutes.id());
    w.saw(audited("water: ITEM_ARCHIVED item Minutes by mo, ARCHIVED -> PUBLISHED"),
        told("ada <- item.restored in water: Minutes", "max <- item.restored in water: Minutes"));
    assertEquals(List.of("Minutes"), w.titles(MAX, water));
  }
}
