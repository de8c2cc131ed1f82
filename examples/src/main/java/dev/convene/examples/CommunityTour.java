package dev.convene.examples;

import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Item;
import dev.convene.core.model.Privacy;
import dev.convene.core.policy.AccessContext;
import dev.convene.core.policy.AccessPolicy;
import dev.convene.core.policy.Action;
import dev.convene.core.policy.Decision;
import dev.convene.core.policy.PolicySettings;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a small world in memory and prints, for every person and community, what that person may
 * see and do, as {@link AccessPolicy} decides it. Run it with the README's main-job command.
 */
public final class CommunityTour {
  private static final String NOT_FOUND = "not found";

  private final SampleWorld world;
  private final AccessPolicy policy;

  CommunityTour(SampleWorld world, AccessPolicy policy) {
    this.world = world;
    this.policy = policy;
  }

  /** Prints the tour to standard output. */
  public static void main(String[] args) {
    AccessPolicy policy = AccessPolicy.of(PolicySettings.defaults().withCuratePublicContent(true));
    new CommunityTour(new SampleWorld(), policy).print(System.out);
  }

  void print(PrintStream out) {
    out.println("Convene community tour: what each person may see and do, as AccessPolicy decides.");
    out.println("Public content is curated by the platform's curators; Pension Reform reviews before publication.");
    out.println("Items per community: a public report, a members' briefing, a draft, a study under review, an archived");
    out.println("newsletter (and, in Pension Reform, a members' memo written by the blocked user).");
    out.println();
    for (Community community : world.communities.values()) {
      out.println(heading(community));
      out.println(table(community).render());
    }
    out.println("Legend: items = visible items by title initials; yes* = allowed only as platform admin (audited);");
    out.println("'not found' = the community is hidden from that person, exactly as if it did not exist.");
    out.println();
    CommunityId pensions = CommunityId.of("c2");
    Actor olga = Actor.user("olga");
    int before = visibleItems(olga, world.communities.get(pensions)).size();
    world.changePrivacy(pensions, Privacy.PRIVATE);
    int after = visibleItems(olga, world.communities.get(pensions)).size();
    out.printf("Pension Reform turns PRIVATE: olga now sees %d items there instead of %d; nothing was rewritten.%n",
        after, before);
  }

  private static String heading(Community community) {
    String kind = community.privacy() + " " + community.purpose() + ", join " + community.joinPolicy()
        + community.parent().map(p -> ", working group of " + p).orElse("");
    return "== " + SampleWorld.name(community) + " (" + kind + ")";
  }

  private TextTable table(Community community) {
    TextTable table = new TextTable("person", "profile", "items", "members", "get in", "write", "announce",
        "moderate", "administer");
    for (SampleWorld.Person person : world.people) {
      AccessContext context = world.context(person.actor(), community);
      Decision profile = policy.decide(person.actor(), Action.VIEW_COMMUNITY, context);
      if (profile.outcome() == Decision.Outcome.NOT_FOUND) {
        table.row(List.of(person.label(), NOT_FOUND, "", "", "", "", "", "", ""));
        continue;
      }
      table.row(List.of(person.label(), answer(profile), initials(visibleItems(person.actor(), community)),
          answer(person.actor(), Action.VIEW_MEMBERS, context), wayIn(person.actor(), context),
          answer(person.actor(), Action.CREATE_DOCUMENT, context),
          answer(person.actor(), Action.POST_ANNOUNCEMENT, context),
          answer(person.actor(), Action.INVITE, context),
          answer(person.actor(), Action.EDIT_SETTINGS, context)));
    }
    return table;
  }

  private List<Item> visibleItems(Actor actor, Community community) {
    List<Item> visible = new ArrayList<>();
    for (Item item : world.items(community)) {
      if (policy.decide(actor, Action.VIEW_ITEM, world.context(actor, community).withItem(item)).isAllowed()) {
        visible.add(item);
      }
    }
    return visible;
  }

  private String wayIn(Actor actor, AccessContext context) {
    for (Action way : List.of(Action.JOIN, Action.REQUEST_MEMBERSHIP, Action.ACCEPT_INVITATION)) {
      Decision decision = policy.decide(actor, way, context);
      if (decision.isAllowed() && !decision.isPlatformAdminOverride()) {
        return way.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
      }
    }
    return "-";
  }

  private String answer(Actor actor, Action action, AccessContext context) {
    return answer(policy.decide(actor, action, context));
  }

  private static String answer(Decision decision) {
    if (!decision.isAllowed()) {
      return "-";
    }
    return decision.isPlatformAdminOverride() ? "yes*" : "yes";
  }

  private static String initials(List<Item> items) {
    StringBuilder out = new StringBuilder();
    for (Item item : items) {
      out.append(out.isEmpty() ? "" : " ").append(item.title().charAt(0));
    }
    return out.isEmpty() ? "-" : out.toString();
  }
}
