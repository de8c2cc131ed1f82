package dev.convene.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.ReviewState;
import dev.convene.platform.Convene;
import dev.convene.storage.ItemQuery;
import dev.convene.storage.PageRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's platform curates public content: Climate Lab's new public documents, written by its
 * moderator Mo, wait for the curator, Cora, who finds them from the community's page, approves one and
 * sends one back; a member and an outsider neither see them nor can decide on them, and their author
 * may not approve them.
 */
class CurationHttpTest {
  @TempDir static Path folder;
  private static TestPortal portal;
  private static Convene convene;

  @BeforeAll
  static void start() {
    portal = new TestPortal(folder, Portal.demoSettings());
    convene = portal.portal.convene();
  }

  @AfterAll
  static void stop() {
    portal.close();
  }

  /** The seeded item titled {@code title}, read by the platform admin, whatever its review state. */
  private static Item item(String title) {
    Community climate = convene.communities().bySlug(portal.actor("pat"), SeedWorld.CURATED);
    return convene.content().list(portal.actor("pat"), climate.id(), ItemQuery.all()
        .withReviewStates(ReviewState.values()), PageRequest.first(100)).items().stream()
        .filter(i -> i.title().equals(title)).findFirst().orElseThrow();
  }

  private static String review(Item item) {
    return "/c/" + SeedWorld.CURATED + "/review/" + item.id().value();
  }

  @Test
  void theCuratorApprovesOneAndSendsOneBackWhereOthersCannot() {
    Item heat = item(SeedWorld.AWAITING_CURATION.get(0));
    Item shade = item(SeedWorld.AWAITING_CURATION.get(1));
    assertEquals(ReviewState.SUBMITTED, heat.reviewState());
    assertEquals(ReviewState.SUBMITTED, shade.reviewState());

    for (String key : List.of("mia", "olga")) { // a member of Climate Lab, an outsider
      HttpVisitor other = new HttpVisitor(portal, key);
      String space = other.get("/c/" + SeedWorld.CURATED).body();
      assertFalse(space.contains("id=\"review-queue\""), key + " has nothing to review");
      HttpResponse<String> queue = other.get("/c/" + SeedWorld.CURATED + "/review");
      assertEquals(200, queue.statusCode(), key);
      assertTrue(queue.body().contains("Nothing waits for your review here."), key + ": " + queue.body());
      for (String title : SeedWorld.AWAITING_CURATION) {
        assertFalse(queue.body().contains(title), key);
      }
      assertEquals(404, other.get("/d/" + heat.id().value()).statusCode(), "not yet public");
      assertEquals(404, other.submit(review(heat), "verdict=approve").statusCode(), key + " may not know it exists");
    }
    HttpResponse<String> own = new HttpVisitor(portal, "mo").submit(review(heat), "verdict=approve");
    assertEquals(403, own.statusCode(), "its author, a moderator, does not review what curators review");
    assertTrue(own.body().contains("<h1>Not allowed</h1>"), own.body());
    assertEquals(ReviewState.SUBMITTED, item(heat.title()).reviewState(), "nobody else approved it");

    HttpVisitor cora = new HttpVisitor(portal, "cora");
    String space = cora.get("/c/" + SeedWorld.CURATED).body();
    assertTrue(space.contains("href=\"/c/" + SeedWorld.CURATED + "/review\" id=\"review-queue\""), space);
    assertTrue(cora.get("/c/" + SeedWorld.CURATED + "/membership").body()
        .contains("href=\"/c/" + SeedWorld.CURATED + "/review\""), "the membership page links the queue too");
    String queue = cora.get("/c/" + SeedWorld.CURATED + "/review").body();
    assertTrue(queue.contains(heat.title()) && queue.contains(shade.title()), queue);
    assertTrue(queue.contains("By Mo, a moderator"), queue);
    String french = cora.get("/c/" + SeedWorld.CURATED + "/review?lang=fr").body();
    assertTrue(french.contains("<h1>File de relecture</h1>") && french.contains(">Approuver et publier</button>"),
        french);
    cora.get("/?lang=en");

    assertEquals(303, cora.submit(review(heat), "verdict=approve").statusCode());
    assertEquals(ReviewState.PUBLISHED, item(heat.title()).reviewState());
    HttpResponse<String> noReason = cora.submit(review(shade), "verdict=reject");
    assertEquals(400, noReason.statusCode(), "sending back takes a reason");
    assertTrue(noReason.body().contains("Say why the item goes back to its author."), noReason.body());
    assertEquals(303, cora.submit(review(shade), "verdict=reject&reason=Cite+the+survey").statusCode());
    assertEquals(ReviewState.REJECTED, item(shade.title()).reviewState());

    String after = cora.get("/c/" + SeedWorld.CURATED + "/review").body();
    assertTrue(after.contains("Nothing waits for your review here."), after);
    assertFalse(cora.get("/c/" + SeedWorld.CURATED).body().contains("id=\"review-queue\""), "nothing left to review");
    HttpVisitor anonymous = new HttpVisitor(portal);
    assertEquals(200, anonymous.get("/d/" + heat.id().value()).statusCode(), "the approved document is public");
    assertEquals(404, anonymous.get("/d/" + shade.id().value()).statusCode(), "the other went back to its author");
  }
}
