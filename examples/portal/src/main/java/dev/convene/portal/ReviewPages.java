package dev.convene.portal;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.NotFoundException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.ItemType;
import dev.convene.platform.Convene;
import dev.convene.platform.ContentService.Verdict;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The review queue: the submitted items of a community that the signed-in person reviews (its
 * moderators for members-only items where the community reviews before publication, the platform's
 * curators for items that are to become public), each to approve or send back with a reason.
 */
final class ReviewPages {
  private static final int PAGE = 50;

  private final PortalServer server;
  private final Convene convene;

  private ReviewPages(PortalServer server, Convene convene) {
    this.server = server;
    this.convene = convene;
  }

  /** Adds the review queue and its form action to {@code app}. */
  static void register(Javalin app, PortalServer server, Convene convene) {
    ReviewPages pages = new ReviewPages(server, convene);
    app.get("/c/{slug}/review", pages::queue);
    app.post("/c/{slug}/review/{id}", pages::review);
  }

  /** Whether the actor has anything to review in the community now, or moderates it. */
  static boolean reviews(Convene convene, Actor actor, Community community) {
    if (actor.isAnonymous()) {
      return false;
    }
    try {
      return !convene.content().reviewQueue(actor, community.id(), PageRequest.first(1)).items().isEmpty();
    } catch (AccessDeniedException | NotFoundException e) {
      return false;
    }
  }

  private void queue(Context ctx) {
    Actor actor = PortalServer.actor(ctx);
    PortalText words = PortalServer.text(ctx);
    Locale lang = words.locale();
    Community community = convene.communities().bySlug(actor, ctx.pathParam("slug"));
    String after = Optional.ofNullable(ctx.queryParam("after")).orElse("");
    PageRequest request = after.isEmpty() ? PageRequest.first(PAGE) : PageRequest.first(PAGE).after(after);
    Page<Item> page = convene.content().reviewQueue(actor, community.id(), request);
    List<ModerationViews.ReviewRow> rows = page.items().stream().map(item -> new ModerationViews.ReviewRow(
        item.id().value(), item.title(), words.label(item.type()),
        words.label(item.header().visibility()), author(item, words),
        item.type() == ItemType.DOCUMENT ? "/d/" + Links.encode(item.id().value()) : "")).toList();
    String path = "/c/" + Links.encode(community.slug()) + "/review";
    String next = page.next().map(cursor -> Links.of(path, List.of(Map.entry("after", cursor)))).orElse("");
    String name = PortalServer.text(community.name(), lang, community.slug());
    server.render(ctx, "review.jte", new ModerationViews.ReviewPage(server.chrome(ctx, words.t("review.title", name)),
        community.slug(), name, rows, next));
  }

  private static String author(Item item, PortalText words) {
    String key = item.header().author().value();
    return DemoUser.byKey(key).map(words::user).orElse(key);
  }

  private void review(Context ctx) {
    Actor actor = PortalServer.actor(ctx);
    Community community = convene.communities().bySlug(actor, ctx.pathParam("slug"));
    Verdict verdict = "approve".equals(ctx.formParam("verdict")) ? Verdict.APPROVE : Verdict.REJECT;
    String reason = Optional.ofNullable(ctx.formParam("reason")).map(String::strip).orElse("");
    Item item = convene.content().get(actor, ItemId.of(ctx.pathParam("id")));
    if (!item.header().community().equals(community.id())) {
      throw new NotFoundException("not found");
    }
    convene.content().review(actor, item.id(), verdict, reason.isEmpty() ? Optional.empty() : Optional.of(reason));
    ctx.redirect("/c/" + Links.encode(community.slug()) + "/review", HttpStatus.SEE_OTHER);
  }
}
