package dev.convene.portal;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.ConflictException;
import dev.convene.core.NotFoundException;
import dev.convene.core.ValidationException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Membership;
import dev.convene.core.model.PlatformRole;
import dev.convene.core.policy.Action;
import dev.convene.platform.Convene;
import dev.convene.storage.Guidelines;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The signed-in person's own membership of a community: join, ask, accept or decline an invitation,
 * withdraw, leave, accepting the community's guidelines where it has any. Every button is shown only
 * when Convene allows it, and Convene decides again when it is pressed.
 */
final class MembershipPages {
  private final PortalServer server;
  private final Convene convene;

  private MembershipPages(PortalServer server, Convene convene) {
    this.server = server;
    this.convene = convene;
  }

  /** Adds the membership pages (the member list's too) and their form actions to {@code app}. */
  static void register(Javalin app, PortalServer server, Convene convene) {
    MembershipPages pages = new MembershipPages(server, convene);
    app.get("/c/{slug}/membership", pages::membership);
    app.post("/c/{slug}/join", pages::join);
    app.post("/c/{slug}/accept", pages::accept);
    app.post("/c/{slug}/guidelines", pages::acceptGuidelines);
    app.post("/c/{slug}/decline", ctx -> pages.own(ctx, (actor, c) -> convene.memberships().decline(actor, c.id())));
    app.post("/c/{slug}/withdraw", ctx -> pages.own(ctx, (actor, c) -> convene.memberships().withdraw(actor, c.id())));
    app.post("/c/{slug}/leave", ctx -> pages.own(ctx, (actor, c) -> convene.memberships().leave(actor, c.id())));
    MemberListPages.register(app, server, convene);
  }

  static Community community(Convene convene, Context ctx) {
    return convene.communities().bySlug(PortalServer.actor(ctx), ctx.pathParam("slug"));
  }

  private Community community(Context ctx) {
    return convene.communities().bySlug(PortalServer.actor(ctx), ctx.pathParam("slug"));
  }

  static void back(Context ctx, Community community, String page) {
    ctx.redirect("/c/" + Links.encode(community.slug()) + page, HttpStatus.SEE_OTHER);
  }

  // ---- the person's own membership -------------------------------------------------------------

  private void membership(Context ctx) {
    membership(ctx, "");
  }

  /** The membership page; with an error, the answer to a form that was refused, shown next to its fields. */
  private void membership(Context ctx, String error) {
    Actor actor = PortalServer.actor(ctx);
    PortalText words = PortalServer.text(ctx);
    Locale lang = words.locale();
    Community community = community(ctx);
    Optional<Membership> mine = actor.isAnonymous() ? Optional.empty()
        : convene.memberships().membership(actor, community.id());
    List<String> actions = new ArrayList<>();
    Map<String, Action> choices = Map.of("join", Action.JOIN, "request", Action.REQUEST_MEMBERSHIP,
        "accept", Action.ACCEPT_INVITATION, "decline", Action.DECLINE_INVITATION,
        "withdraw", Action.WITHDRAW_REQUEST, "leave", Action.LEAVE);
    for (String each : List.of("join", "request", "accept", "decline", "withdraw", "leave")) {
      if (server.allowed(actor, choices.get(each), community.id())) {
        actions.add(each);
      }
    }
    boolean entering = actions.contains("join") || actions.contains("request") || actions.contains("accept");
    List<ModerationViews.GuidelinesText> guidelines = entering
        ? convene.guidelines().current(actor, community.id()).map(g -> List.of(guidelinesText(g, lang))).orElse(List.of())
        : List.of();
    // new guidelines an active member must accept before contributing again, as the library counts them
    List<ModerationViews.GuidelinesText> pending = actor.isAnonymous() ? List.of()
        : convene.guidelines().pending(actor, community.id()).map(g -> List.of(guidelinesText(g, lang))).orElse(List.of());
    String slug = "/c/" + Links.encode(community.slug());
    List<Views.Choice> links = new ArrayList<>();
    links.add(new Views.Choice(words.t("membership.link.back"), slug, false));
    if (server.allowed(actor, Action.VIEW_MEMBERS, community.id())) {
      links.add(new Views.Choice(words.t("membership.link.members"), slug + "/members", false));
    }
    boolean moderates = moderates(actor, community);
    if (moderates) {
      links.add(new Views.Choice(words.t("membership.link.requests"), slug + "/requests", false));
      links.add(new Views.Choice(words.t("membership.link.reports"), slug + "/reports", false));
    }
    if (moderates || ReviewPages.reviews(convene, actor, community)) {
      links.add(new Views.Choice(words.t("membership.link.review"), slug + "/review", false));
    }
    String name = PortalServer.text(community.name(), lang, community.slug());
    if (!error.isEmpty()) {
      ctx.status(400);
    }
    // a refused form is answered here too: the language links lead back to this page, not to the form's action
    Views.Chrome chrome = server.chrome(ctx, name, "/c/" + Links.encode(community.slug()) + "/membership");
    server.render(ctx, "membership.jte", new ModerationViews.MembershipPage(chrome,
        community.slug(), name, mine.map(m -> PortalServer.standing(words, m)).orElse(""), guidelines, pending, actions,
        links, error));
  }

  private static ModerationViews.GuidelinesText guidelinesText(Guidelines guidelines, Locale lang) {
    return new ModerationViews.GuidelinesText(guidelines.version(), PortalServer.text(guidelines.text(), lang, ""));
  }

  /** Whether the actor moderates the community, as the report queue's own check answers it. */
  private boolean moderates(Actor actor, Community community) {
    // a platform admin's look at the queue is audited: it is asked by opening the queue, never by a page's links
    if (actor.isAnonymous() || actor.has(PlatformRole.PLATFORM_ADMIN)) {
      return false;
    }
    try {
      convene.reports().openCount(actor, community.id());
      return true;
    } catch (AccessDeniedException | NotFoundException e) {
      return false;
    }
  }

  /** The guidelines version the form sent, or empty when it sent none. */
  private static Optional<Integer> acceptedVersion(Context ctx) {
    String sent = ctx.formParam("guidelines");
    if (sent == null || sent.isEmpty()) {
      return Optional.empty();
    }
    if (ctx.formParam("accepted") == null) {
      throw new ValidationException("accepted", "required", "tick the box to accept the guidelines");
    }
    try {
      return Optional.of(Integer.parseInt(sent));
    } catch (NumberFormatException e) {
      throw new ValidationException("guidelines", "known-version", "is not a version of the guidelines");
    }
  }

  /** Whether the person must first read the guidelines, which the form did not show them. */
  private boolean guidelinesUnread(Actor actor, Community community, Optional<Integer> version) {
    return version.isEmpty() && convene.guidelines().current(actor, community.id()).isPresent();
  }

  private void join(Context ctx) {
    try {
      joinOrRequest(ctx);
    } catch (ValidationException e) {
      membership(ctx, PortalServer.text(ctx).error(e));
    }
  }

  private void accept(Context ctx) {
    try {
      acceptInvitation(ctx);
    } catch (ValidationException e) {
      membership(ctx, PortalServer.text(ctx).error(e));
    }
  }

  /** A member accepts the community's current guidelines, which were published after they last accepted. */
  private void acceptGuidelines(Context ctx) {
    Actor actor = PortalServer.actor(ctx);
    Community community = community(ctx);
    try {
      int version = acceptedVersion(ctx).orElseThrow(() ->
          new ValidationException("guidelines", "required", "send the version of the guidelines you read"));
      convene.guidelines().accept(actor, community.id(), version); // 403 to those who are not active members
    } catch (ValidationException e) {
      membership(ctx, PortalServer.text(ctx).error(e));
      return;
    }
    back(ctx, community, "/membership");
  }

  private void joinOrRequest(Context ctx) {
    Actor actor = PortalServer.actor(ctx);
    Community community = community(ctx);
    Optional<Integer> version = acceptedVersion(ctx);
    boolean join = server.allowed(actor, Action.JOIN, community.id());
    boolean request = !join && server.allowed(actor, Action.REQUEST_MEMBERSHIP, community.id());
    if ((join || request) && guidelinesUnread(actor, community, version)) {
      back(ctx, community, "/membership"); // where the guidelines are shown with the form
      return;
    }
    if (request) {
      String message = Optional.ofNullable(ctx.formParam("message")).map(String::strip).orElse("");
      Optional<String> sent = message.isEmpty() ? Optional.empty() : Optional.of(message);
      if (version.isPresent()) {
        convene.memberships().request(actor, community.id(), sent, version.get());
      } else {
        convene.memberships().request(actor, community.id(), sent);
      }
    } else if (version.isPresent()) {
      convene.memberships().join(actor, community.id(), version.get()); // refused with the reason when it must be
    } else {
      convene.memberships().join(actor, community.id());
    }
    back(ctx, community, "");
  }

  private void acceptInvitation(Context ctx) {
    Actor actor = PortalServer.actor(ctx);
    Community community = community(ctx);
    Optional<Integer> version = acceptedVersion(ctx);
    if (server.allowed(actor, Action.ACCEPT_INVITATION, community.id())
        && guidelinesUnread(actor, community, version)) {
      back(ctx, community, "/membership");
      return;
    }
    if (version.isPresent()) {
      convene.memberships().accept(actor, community.id(), version.get());
    } else {
      convene.memberships().accept(actor, community.id());
    }
    back(ctx, community, "");
  }

  /** A change the actor makes to their own membership. */
  private interface OwnChange {
    void apply(Actor actor, Community community);
  }

  private void own(Context ctx, OwnChange change) {
    Community community = community(ctx);
    try {
      change.apply(PortalServer.actor(ctx), community);
    } catch (ConflictException e) {
      server.problem(ctx, 409, e);
      return;
    }
    back(ctx, community, "/membership");
  }
}
