package dev.convene.portal;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.NotFoundException;
import dev.convene.core.ValidationException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemType;
import dev.convene.core.model.UserId;
import dev.convene.platform.Notification;
import dev.convene.platform.NotificationId;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The signed-in person's notifications, newest first, each in the language chosen in the header, with
 * a form to mark one or all read. Each row
 * is checked again when shown: a notification about a community or item its owner may no longer see
 * shows neither its summary nor a link.
 */
final class InboxPages {
  private static final int PAGE = 20;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
      .withZone(ZoneOffset.UTC);

  private final PortalServer server;
  private final PortalInbox inbox;

  private InboxPages(PortalServer server, PortalInbox inbox) {
    this.server = server;
    this.inbox = inbox;
  }

  /** Adds the inbox's routes to the server. */
  static void register(PortalServer server, PortalInbox inbox) {
    InboxPages pages = new InboxPages(server, inbox);
    server.app.get("/inbox", pages::inbox);
    server.app.post("/inbox/read", pages::markRead);
  }

  private static UserId owner(Context ctx) {
    return PortalServer.actor(ctx).user()
        .orElseThrow(() -> new AccessDeniedException("sign-in-required", Map.of(),
            "only a signed-in person has an inbox"));
  }

  private void inbox(Context ctx) {
    UserId owner = owner(ctx);
    Actor actor = PortalServer.actor(ctx);
    PortalText words = PortalServer.text(ctx);
    List<PortalInbox.Entry> all = inbox.of(owner);
    int from = offset(ctx.queryParam("from"), all.size());
    List<InboxViews.Row> rows = new ArrayList<>();
    for (PortalInbox.Entry entry : all.subList(from, Math.min(all.size(), from + PAGE))) {
      rows.add(row(actor, words, entry));
    }
    long unread = all.stream().filter(e -> !e.read()).count();
    String next = from + PAGE < all.size()
        ? Links.of("/inbox", List.of(Map.entry("from", Integer.toString(from + PAGE)))) : "";
    server.render(ctx, "inbox.jte", new InboxViews.Inbox(server.chrome(ctx, words.t("inbox.heading")), rows, unread,
        next));
  }

  private static int offset(String value, int size) {
    if (value == null || value.isEmpty()) {
      return 0;
    }
    try {
      int from = Integer.parseInt(value);
      if (from >= 0 && from <= size) {
        return from;
      }
    } catch (NumberFormatException e) {
      // refused below, as any other value out of range
    }
    throw new ValidationException("from", "range", "is not a position in the list");
  }

  private InboxViews.Row row(Actor actor, PortalText words, PortalInbox.Entry entry) {
    Locale lang = words.locale();
    // what a notification shows when its subject has gone out of its owner's sight
    String gone = words.t("inbox.gone");
    Notification n = entry.notification();
    String id = n.id().value();
    String at = WHEN.format(n.at());
    String about = words.kind(n.kind());
    Community community;
    try {
      community = server.convene.communities().get(actor, n.community());
    } catch (NotFoundException | AccessDeniedException e) {
      return new InboxViews.Row(id, n.kind(), about, gone, "", "", at, entry.read());
    }
    String name = PortalServer.text(community.name(), lang, community.slug());
    String url = "/c/" + Links.encode(community.slug());
    if (n.item().isPresent()) {
      Item item;
      try {
        item = server.convene.content().get(actor, n.item().get());
      } catch (NotFoundException | AccessDeniedException e) {
        return new InboxViews.Row(id, n.kind(), about, gone, "", name, at, entry.read());
      }
      url = (item.type() == ItemType.DOCUMENT ? "/d/" : "/i/") + Links.encode(item.id().value());
    }
    // in the language the header shows, not the one Convene delivered it in
    return new InboxViews.Row(id, n.kind(), about, n.summary(lang), url, name, at, entry.read());
  }

  private void markRead(Context ctx) {
    UserId owner = owner(ctx);
    String id = ctx.formParam("id");
    if (id == null || id.isEmpty()) {
      inbox.markRead(owner, Set.of());
    } else if (id.length() > NotificationId.MAX_LENGTH || inbox.markRead(owner, Set.of(new NotificationId(id))) == 0) {
      throw new NotFoundException("not found"); // another person's notification is as missing as none
    }
    ctx.redirect("/inbox", HttpStatus.SEE_OTHER);
  }
}
