package dev.convene.platform;

import static dev.convene.platform.ContentFixture.ADA;
import static dev.convene.platform.ContentFixture.CURT;
import static dev.convene.platform.ContentFixture.MEL;
import static dev.convene.platform.ContentFixture.MO;
import static dev.convene.platform.ContentFixture.PAT;
import static dev.convene.platform.ContentFixture.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.NotFoundException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.Visibility;
import dev.convene.core.policy.PolicySettings;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading a community's audit log gives no sight of its items: ada, the admin, is not told of items
 * she may not see. Ids are deterministic: the community is id001 and items are numbered from id002
 * in creation order.
 */
@DisplayName("the audit log names only items its reader may see")
class AuditVisibilityTest {

  /** Every entry the actor is listed, walking pages of {@code size}, as "ACTION subject". */
  private static List<String> lines(ContentFixture world, Actor actor, Community community, int size) {
    List<String> lines = new ArrayList<>();
    PageRequest request = PageRequest.first(size);
    while (true) {
      Page<AuditEntry> page = world.convene.audit().list(actor, community.id(), request);
      if (page.hasNext() && page.items().size() != size) {
        throw new AssertionError("a short page before the last: " + page.items().size());
      }
      page.items().forEach(e -> lines.add(e.action() + " " + e.subject()));
      if (!page.hasNext()) {
        return lines;
      }
      request = request.after(page.next().orElseThrow());
    }
  }

  @ParameterizedTest(name = "pages of {0}")
  @ValueSource(ints = {1, 2, 100})
  @DisplayName("a curator's rejection, a platform admin opening a draft and a draft deleted are not told to the admin")
  void hiddenItems(int size) {
    ContentFixture world = new ContentFixture(PolicySettings.defaults().withCuratePublicContent(true));
    ContentService content = world.content();
    Community place = world.community("place");
    Item rejected = content.submitOrPublish(MEL, content.create(MEL, place.id(), doc("Memo", Visibility.PUBLIC)).id());
    content.review(CURT, rejected.id(), ContentService.Verdict.REJECT, Optional.of("copied from the minister's memo"));
    Item draft = content.create(MEL, place.id(), doc("Draft", Visibility.MEMBERS));
    content.get(PAT, draft.id());
    Item gone = content.create(MEL, place.id(), doc("Gone", Visibility.MEMBERS));
    content.delete(MEL, gone.id(), gone.version());
    Item published = content.publish(MEL, content.create(MEL, place.id(), doc("Open", Visibility.MEMBERS)).id());
    content.delete(MEL, published.id(), published.version());

    // ada may see neither the rejected item nor the draft (the third is deleted): the log must not tell her of them.
    assertThrows(NotFoundException.class, () -> content.get(ADA, rejected.id()));
    assertThrows(NotFoundException.class, () -> content.get(ADA, draft.id()));
    assertEquals(List.of("ITEM_DELETED item id005", "MEMBERSHIP_CHANGED ada", "COMMUNITY_CREATED community id001"),
        lines(world, ADA, place, size));
    // The platform admin reads every line, their reading of the log first.
    assertEquals(List.of("PLATFORM_ADMIN_ACCESS community id001", "ITEM_DELETED item id005",
        "ITEM_DELETED item id004", "PLATFORM_ADMIN_ACCESS item id003", "ITEM_REVIEWED item id002",
        "MEMBERSHIP_CHANGED ada", "COMMUNITY_CREATED community id001"),
        lines(world, PAT, place, size));
  }

  @Test
  @DisplayName("a line is shown once its item may be seen: the draft opened by a platform admin, once published")
  void shownOnceVisible() {
    ContentFixture world = new ContentFixture();
    ContentService content = world.content();
    Community place = world.community("place");
    Item draft = content.create(MEL, place.id(), doc("Draft", Visibility.MEMBERS));
    content.get(PAT, draft.id());
    assertEquals(List.of("MEMBERSHIP_CHANGED ada", "COMMUNITY_CREATED community id001"), lines(world, ADA, place, 10));
    content.publish(MEL, draft.id());
    assertEquals(List.of("PLATFORM_ADMIN_ACCESS item id002", "MEMBERSHIP_CHANGED ada",
        "COMMUNITY_CREATED community id001"), lines(world, ADA, place, 10));
  }

  @Test
  @DisplayName("where moderators review, the admin, a reviewer, sees the rejection of a members-only item")
  void reviewersSeeTheirReviews() {
    ContentFixture world = new ContentFixture();
    ContentService content = world.content();
    Community place = world.community("place", b -> b.reviewBeforePublication(true));
    Item item = content.submitOrPublish(MEL, content.create(MEL, place.id(), doc("Minutes", Visibility.MEMBERS)).id());
    content.review(MO, item.id(), ContentService.Verdict.REJECT, Optional.of("incomplete"));
    assertEquals(List.of("ITEM_REVIEWED item id002", "MEMBERSHIP_CHANGED ada", "COMMUNITY_CREATED community id001"),
        lines(world, ADA, place, 1));
  }

  @Test
  @DisplayName("a line is about an item by what it records, not by its subject: a member named like an item is listed")
  void itemLinesByAction() {
    ContentFixture world = new ContentFixture();
    Community place = world.community("place");
    world.convene.memberships().join(Actor.user("item id099"), place.id());
    world.convene.memberships().join(Actor.user("reply r of item id098"), place.id());
    assertEquals(List.of("MEMBERSHIP_CHANGED reply r of item id098", "MEMBERSHIP_CHANGED item id099",
        "MEMBERSHIP_CHANGED ada", "COMMUNITY_CREATED community id001"), lines(world, ADA, place, 10));
  }
}
