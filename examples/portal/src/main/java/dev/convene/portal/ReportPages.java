package dev.convene.portal;

import dev.convene.core.NotFoundException;
import dev.convene.core.RateLimitedException;
import dev.convene.core.ValidationException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Document;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.ItemType;
import dev.convene.core.model.Reply;
import dev.convene.core.model.ReplyId;
import dev.convene.core.policy.Action;
import dev.convene.platform.Convene;
import dev.convene.platform.ReportTarget;
import dev.convene.platform.ReportedTarget;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import dev.convene.storage.ReportReason;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reports: the forms that report a document, or a reply in a discussion, to its community's
 * moderators, and their queue, one row per reported item with its counts per reason and what reporters wrote, never who they are.
 */
final class ReportPages {
  private static final int PAGE = 25;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
      .withZone(ZoneOffset.UTC);

  private final PortalServer server;
  private final Convene convene;

  private ReportPages(PortalServer server, Convene convene) {
    this.server = server;
    this.convene = convene;
  }

  /** Adds the report form, the report queue and their form actions to {@code app}. */
  static void register(Javalin app, PortalServer server, Convene convene) {
    ReportPages pages = new ReportPages(server, convene);
    app.get("/d/{id}/report", ctx -> pages.form(ctx, pages.document(ctx)));
    app.post("/d/{id}/report", ctx -> pages.file(ctx, pages.document(ctx)));
    app.get("/i/{id}/replies/{reply}/report", ctx -> pages.form(ctx, pages.reply(ctx)));
    app.post("/i/{id}/replies/{reply}/report", ctx -> pages.file(ctx, pages.reply(ctx)));
    app.get("/c/{slug}/reports", pages::queue);
    app.post("/c/{slug}/reports/{op}", pages::decide);
    app.exception(RateLimitedException.class, (e, ctx) -> server.problem(ctx, 429, e));
  }

  // ---- the report form -------------------------------------------------------------------------

  /**
   * What a report form reports: the library's target, the title shown, the page it was read on and
   * the form's own path.
   */
  private record Reported(ReportTarget target, String title, String page, String form) {}

  private Reported document(Context ctx) {
    Document document = server.documentOf(ctx);
    String page = "/d/" + Links.encode(document.id().value());
    return new Reported(ReportTarget.item(document.id()), document.title(), page, page + "/report");
  }

  /**
   * A reply the actor may read, in a discussion the actor may read: 404 alike for a missing or hidden
   * discussion and for a missing or hidden reply.
   */
  private Reported reply(Context ctx) {
    Item item = convene.content().get(PortalServer.actor(ctx), ItemId.of(ctx.pathParam("id")));
    if (!(item instanceof Discussion discussion)) {
      throw new NotFoundException("not found");
    }
    Reply reply = discussion.replies().stream()
        .filter(r -> !r.hidden() && r.id().value().equals(ctx.pathParam("reply"))).findFirst()
        .orElseThrow(() -> new NotFoundException("not found"));
    String page = "/i/" + Links.encode(discussion.id().value());
    return new Reported(ReportTarget.reply(discussion.id(), reply.id()),
        PortalServer.text(ctx).t("report.reply-title", reply.author().value(), discussion.title()), page,
        page + "/replies/" + Links.encode(reply.id().value()) + "/report");
  }

  private void form(Context ctx, Reported reported) {
    render(ctx, reported, "", "yes".equals(ctx.queryParam("filed")));
  }

  private void render(Context ctx, Reported reported, String error, boolean filed) {
    PortalText words = PortalServer.text(ctx);
    String chosen = Optional.ofNullable(ctx.formParam("reason")).orElse("");
    List<Views.Option> reasons = Arrays.stream(ReportReason.values())
        .map(r -> new Views.Option(r.name(), words.label(r), r.name().equals(chosen))).toList();
    server.render(ctx, "report.jte", new ModerationViews.ReportForm(server.chrome(ctx,
        words.t("report.title", reported.title())), reported.form(), reported.page(), reported.title(), reasons, error,
        filed));
  }

  private void file(Context ctx, Reported reported) {
    String text = Optional.ofNullable(ctx.formParam("text")).map(String::strip).orElse("");
    try {
      convene.reports().file(PortalServer.actor(ctx), reported.target(), reason(ctx.formParam("reason")), text);
    } catch (ValidationException e) {
      ctx.status(400);
      render(ctx, reported, PortalServer.text(ctx).error(e), false);
      return;
    }
    ctx.redirect(reported.form() + "?filed=yes", HttpStatus.SEE_OTHER);
  }

  /** The reason the form names by its constant's name, as the drop-down list sends it. */
  private static ReportReason reason(String name) {
    for (ReportReason reason : ReportReason.values()) {
      if (reason.name().equals(name)) {
        return reason;
      }
    }
    throw new ValidationException("reason", "known-value", "choose one of the listed reasons");
  }

  // ---- the moderators' queue -------------------------------------------------------------------

  private void queue(Context ctx) {
    Actor actor = PortalServer.actor(ctx);
    PortalText words = PortalServer.text(ctx);
    Community community = convene.communities().bySlug(actor, ctx.pathParam("slug"));
    String after = Optional.ofNullable(ctx.queryParam("after")).orElse("");
    PageRequest request = after.isEmpty() ? PageRequest.first(PAGE) : PageRequest.first(PAGE).after(after);
    // 403 to those who do not moderate the community, 404 where it is hidden from them
    Page<ReportedTarget> page = convene.reports().queue(actor, community.id(), request);
    boolean mayBlock = server.allowed(actor, Action.BLOCK_MEMBER, community.id());
    List<ModerationViews.ReportedRow> rows = page.items().stream().map(t -> row(t, mayBlock, words)).toList();
    String path = "/c/" + Links.encode(community.slug()) + "/reports";
    String next = page.next().map(cursor -> Links.of(path, List.of(Map.entry("after", cursor)))).orElse("");
    String name = PortalServer.text(community.name(), words.locale(), community.slug());
    server.render(ctx, "reports.jte", new ModerationViews.ReportsPage(
        server.chrome(ctx, words.t("reports.title", name)),
        community.slug(), name, rows, next));
  }

  private static ModerationViews.ReportedRow row(ReportedTarget t, boolean mayBlock, PortalText words) {
    List<String> counts = t.byReason().entrySet().stream()
        .map(e -> words.t("reports.count", words.label(e.getKey()), e.getValue())).toList();
    List<ModerationViews.ReportNoteRow> notes = t.reports().stream().map(n -> new ModerationViews.ReportNoteRow(
        words.label(n.reason()), n.text(), WHEN.format(n.at()))).toList();
    String url = (t.type() == ItemType.DOCUMENT ? "/d/" : "/i/") + Links.encode(t.target().item().value());
    return new ModerationViews.ReportedRow(t.target().item().value(), t.target().reply().map(ReplyId::value).orElse(""),
        t.title(), words.label(t.type()), url, t.total(), counts, notes, mayBlock);
  }

  private void decide(Context ctx) {
    Actor actor = PortalServer.actor(ctx);
    Community community = convene.communities().bySlug(actor, ctx.pathParam("slug"));
    ItemId item = ItemId.of(Optional.ofNullable(ctx.formParam("item")).orElse(""));
    String reply = Optional.ofNullable(ctx.formParam("reply")).orElse("");
    ReportTarget target = reply.isEmpty() ? ReportTarget.item(item) : ReportTarget.reply(item, ReplyId.of(reply));
    if (!convene.content().get(actor, item).header().community().equals(community.id())) {
      throw new NotFoundException("not found");
    }
    switch (ctx.pathParam("op")) {
      case "dismiss" -> convene.reports().dismiss(actor, target);
      case "hide" -> convene.reports().hide(actor, target);
      case "remove" -> convene.reports().remove(actor, target);
      case "block" -> convene.reports().blockAuthor(actor, target);
      default -> throw new NotFoundException("not found");
    }
    ctx.redirect("/c/" + Links.encode(community.slug()) + "/reports", HttpStatus.SEE_OTHER);
  }
}
