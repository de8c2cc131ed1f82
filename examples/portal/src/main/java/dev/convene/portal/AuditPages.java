package dev.convene.portal;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.UserId;
import dev.convene.core.policy.Action;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.CommunityQuery;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import io.javalin.http.Context;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The audit logs: a community's for its admins, the platform-wide one for platform admins, a page at
 * a time. Convene decides who reads what: a community the reader may not know of is the same 404 as
 * one that does not exist, and one they may see but not administer is a 403.
 */
final class AuditPages {
  private static final int PAGE = 20;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
      .withZone(ZoneOffset.UTC);

  private final PortalServer server;

  private AuditPages(PortalServer server) {
    this.server = server;
  }

  /** Adds the audit pages' routes to the server. */
  static void register(PortalServer server) {
    AuditPages pages = new AuditPages(server);
    server.app.get("/audit", pages::index);
    server.app.get("/audit/platform", pages::platform);
    server.app.get("/c/{slug}/audit", pages::community);
  }

  private void index(Context ctx) {
    Actor actor = PortalServer.actor(ctx);
    if (actor.isAnonymous()) {
      throw new AccessDeniedException("sign-in-required", Map.of(), "only a signed-in person reads audit logs");
    }
    PortalText words = PortalServer.text(ctx);
    Locale lang = words.locale();
    List<Views.Choice> communities = new ArrayList<>();
    Optional<String> after = Optional.empty();
    do {
      PageRequest request = after.map(PageRequest.first(100)::after).orElse(PageRequest.first(100));
      Page<Community> page = server.convene.communities().list(actor, CommunityQuery.all(), request);
      for (Community c : page.items()) {
        // a platform admin's override is not offered as a link: it is for exceptional access, and audited
        if (server.allowed(actor, Action.VIEW_AUDIT, c.id())) {
          communities.add(new Views.Choice(PortalServer.text(c.name(), lang, c.slug()),
              "/c/" + Links.encode(c.slug()) + "/audit", false));
        }
      }
      after = page.next();
    } while (after.isPresent());
    server.render(ctx, "audit-index.jte", new AuditViews.Index(server.chrome(ctx, words.t("audit.heading")),
        communities,
        actor.isPlatformAdmin()));
  }

  private void community(Context ctx) {
    Actor actor = PortalServer.actor(ctx);
    Community community = server.convene.communities().bySlug(actor, ctx.pathParam("slug"));
    Page<AuditEntry> page = server.convene.audit().list(actor, community.id(), request(ctx));
    PortalText words = PortalServer.text(ctx);
    String name = PortalServer.text(community.name(), words.locale(), community.slug());
    String path = "/c/" + Links.encode(community.slug()) + "/audit";
    server.render(ctx, "audit.jte", new AuditViews.Log(server.chrome(ctx, words.t("audit.log.heading", name)), name,
        community.slug(), lines(page, words), next(path, page)));
  }

  private void platform(Context ctx) {
    Actor actor = PortalServer.actor(ctx);
    Page<AuditEntry> page = server.convene.audit().listPlatform(actor, request(ctx));
    PortalText words = PortalServer.text(ctx);
    String platform = words.t("audit.platform");
    server.render(ctx, "audit.jte", new AuditViews.Log(server.chrome(ctx, words.t("audit.log.heading", platform)),
        platform, "", lines(page, words), next("/audit/platform", page)));
  }

  private static PageRequest request(Context ctx) {
    String after = ctx.queryParam("after");
    return after == null || after.isEmpty() ? PageRequest.first(PAGE) : PageRequest.first(PAGE).after(after);
  }

  private static String next(String path, Page<AuditEntry> page) {
    return page.next().map(cursor -> Links.of(path, List.of(Map.entry("after", cursor)))).orElse("");
  }

  private static List<AuditViews.Line> lines(Page<AuditEntry> page, PortalText words) {
    return page.items().stream().map(e -> new AuditViews.Line(WHEN.format(e.at()),
        e.actor().map(UserId::value).orElseGet(() -> words.t("audit.system")), words.label(e.action()), e.subject(),
        e.before().isEmpty() && e.after().isEmpty() ? ""
            : e.before().orElse("—") + " → " + e.after().orElse("—"),
        e.reason().orElse(""))).toList();
  }
}
