package dev.convene.portal;

import dev.convene.core.ConflictException;
import dev.convene.core.NotFoundException;
import dev.convene.core.ValidationException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import dev.convene.core.policy.Action;
import dev.convene.platform.Convene;
import dev.convene.storage.MemberQuery;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A community's member list and its moderators' queue of requests, with the invite form: each row's
 * buttons (approve, reject, remove, block, unblock, change role) are those Convene's policy allows
 * the signed-in person on that member, and the services decide again when one is pressed.
 */
final class MemberListPages {
  private static final int PAGE = 50;

  private final PortalServer server;
  private final Convene convene;

  private MemberListPages(PortalServer server, Convene convene) {
    this.server = server;
    this.convene = convene;
  }

  /** Adds the member list, the requests queue and their form actions to {@code app}. */
  static void register(Javalin app, PortalServer server, Convene convene) {
    MemberListPages pages = new MemberListPages(server, convene);
    app.get("/c/{slug}/members", ctx -> pages.members(ctx, false));
    app.get("/c/{slug}/requests", ctx -> pages.members(ctx, true));
    app.post("/c/{slug}/invite", pages::invite);
    app.post("/c/{slug}/members/{user}/{op}", pages::decide);
  }


  private void members(Context ctx, boolean requests) {
    members(ctx, requests, "");
  }

  private void members(Context ctx, boolean requests, String inviteError) {
    Actor actor = PortalServer.actor(ctx);
    PortalText words = PortalServer.text(ctx);
    Locale lang = words.locale();
    Community community = MembershipPages.community(convene, ctx);
    MemberQuery query = requests ? MemberQuery.all().withStates(MembershipState.REQUESTED) : MemberQuery.all();
    String after = Optional.ofNullable(ctx.queryParam("after")).orElse("");
    PageRequest request = after.isEmpty() ? PageRequest.first(PAGE) : PageRequest.first(PAGE).after(after);
    // refused with 403 to those who may not see the list (or the requests), 404 where the community is hidden
    Page<Membership> page = convene.memberships().members(actor, community.id(), query, request);
    MemberDecisions decisions = new MemberDecisions(convene, actor, community);
    List<ModerationViews.MemberRow> rows = page.items().stream().map(m -> row(m, decisions, words)).toList();
    String name = PortalServer.text(community.name(), lang, community.slug());
    String heading = requests ? words.t("members.requests.heading", name) : words.t("members.heading", name);
    String path = "/c/" + Links.encode(community.slug()) + (requests ? "/requests" : "/members");
    String next = page.next().map(cursor -> Links.of(path, List.of(Map.entry("after", cursor)))).orElse("");
    boolean mayInvite = !requests && server.allowed(actor, Action.INVITE, community.id());
    if (!inviteError.isEmpty()) {
      ctx.status(400);
    }
    server.render(ctx, "members.jte", new ModerationViews.MembersPage(server.chrome(ctx, heading, path), community.slug(),
        name, heading, rows, mayInvite, inviteError, next));
  }

  private static ModerationViews.MemberRow row(Membership m, MemberDecisions decisions, PortalText words) {
    List<String> actions = new ArrayList<>();
    List<Views.Option> roles = List.of();
    switch (m.state()) {
      case REQUESTED -> {
        if (decisions.allows(Action.DECIDE_REQUEST, m)) {
          actions.addAll(List.of("approve", "reject"));
        }
      }
      case BLOCKED -> {
        if (decisions.allows(Action.BLOCK_MEMBER, m)) {
          actions.add("unblock");
        }
      }
      case ACTIVE, INVITED -> {
        if (decisions.allows(Action.REMOVE_MEMBER, m)) {
          actions.add("remove");
        }
        if (decisions.allows(Action.BLOCK_MEMBER, m)) {
          actions.add("block");
        }
        if (m.state() == MembershipState.ACTIVE && decisions.allows(Action.CHANGE_ROLE, m)) {
          actions.add("role");
          roles = Arrays.stream(Role.values()).filter(r -> r != m.role())
              .map(r -> new Views.Option(r.name(), words.label(r), false)).toList();
        }
      }
    }
    String label = DemoUser.byKey(m.user().value()).map(words::user).orElse(m.user().value());
    // a role means something only to an active member
    String role = m.state() == MembershipState.ACTIVE ? words.label(m.role()) : "";
    return new ModerationViews.MemberRow(m.user().value(), label, role,
        words.label(m.state()), m.message().orElse(""), actions, roles);
  }

  private void invite(Context ctx) {
    Actor actor = PortalServer.actor(ctx);
    Community community = MembershipPages.community(convene, ctx);
    String key = Optional.ofNullable(ctx.formParam("user")).map(String::strip).orElse("");
    Optional<DemoUser> invitee = DemoUser.byKey(key).filter(u -> !u.isAnonymous());
    if (invitee.isEmpty()) {
      members(ctx, false, PortalServer.text(ctx).t("members.invite.unknown"));
      return;
    }
    String message = Optional.ofNullable(ctx.formParam("message")).map(String::strip).orElse("");
    convene.memberships().invite(actor, community.id(), invitee.get().actor().user().orElseThrow(),
        message.isEmpty() ? Optional.empty() : Optional.of(message));
    MembershipPages.back(ctx, community, "/members");
  }

  private void decide(Context ctx) {
    Actor actor = PortalServer.actor(ctx);
    Community community = MembershipPages.community(convene, ctx);
    UserId user = UserId.of(ctx.pathParam("user"));
    String page = "/members";
    try {
      page = apply(ctx, actor, community, user);
    } catch (ConflictException e) {
      server.problem(ctx, 409, e);
      return;
    }
    MembershipPages.back(ctx, community, page);
  }

  /** Applies the decision the form names; returns the page to go back to. */
  private String apply(Context ctx, Actor actor, Community community, UserId user) {
    String page = "/members";
    switch (ctx.pathParam("op")) {
      case "approve" -> {
        convene.memberships().approve(actor, community.id(), user);
        page = "/requests";
      }
      case "reject" -> {
        String reason = Optional.ofNullable(ctx.formParam("reason")).map(String::strip).orElse("");
        convene.memberships().reject(actor, community.id(), user, reason.isEmpty() ? Optional.empty()
            : Optional.of(reason));
        page = "/requests";
      }
      case "remove" -> convene.memberships().remove(actor, community.id(), user);
      case "block" -> convene.memberships().block(actor, community.id(), user);
      case "unblock" -> convene.memberships().unblock(actor, community.id(), user);
      case "role" -> convene.memberships().changeRole(actor, community.id(), user, role(ctx.formParam("role")));
      default -> throw new NotFoundException("not found");
    }
    return page;
  }

  /** The role the form names by its constant's name, as the drop-down list sends it. */
  private static Role role(String name) {
    for (Role role : Role.values()) {
      if (role.name().equals(name)) {
        return role;
      }
    }
    throw new ValidationException("role", "known-value", "is not one of the listed roles");
  }
}
