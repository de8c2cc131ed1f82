package dev.convene.examples;

import dev.convene.core.NotFoundException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.ItemType;
import dev.convene.core.model.Privacy;
import dev.convene.core.policy.Action;
import dev.convene.core.policy.Decision;
import dev.convene.platform.ContentService.Verdict;
import dev.convene.platform.Convene;
import dev.convene.platform.NotificationSink;
import dev.convene.search.FacetDimension;
import dev.convene.search.FacetResult;
import dev.convene.search.SearchRequest;
import dev.convene.search.SearchResult;
import dev.convene.storage.ItemQuery;
import dev.convene.storage.PageRequest;
import dev.convene.storage.Storage;
import dev.convene.storage.jdbc.JdbcStorage;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Builds a small world through Convene's services and prints, for every person and community, what
 * that person may see and do. Run it with the README's main-job command.
 */
public final class CommunityTour {
  private static final String NOT_FOUND = "not found";

  private final SampleWorld world;
  private final Convene convene;

  CommunityTour(SampleWorld world) {
    this.world = world;
    this.convene = world.convene;
  }

  /**
   * Prints the tour to standard output. The world is kept in an H2 database in the folder named by
   * the system property {@code convene.data} ({@code data/convene} by default), so a second run finds
   * it there instead of building it again.
   */
  public static void main(String[] args) {
    Path folder = Path.of(System.getProperty("convene.data", "data/convene")).toAbsolutePath().normalize();
    try (SampleWorld world = new SampleWorld(h2(folder), folder.resolve("index"), NotificationSink.NONE)) {
      System.out.println(world.reused
          ? "Found the world in " + folder + " (kept from an earlier run)."
          : "Built the world and saved it in " + folder + "; run again to find it there.");
      System.out.println();
      new CommunityTour(world).print(System.out);
    }
  }

  /**
   * An H2 database in a file in {@code folder}, the embedded default: the store makes H2 write every
   * commit to the file before the commit returns.
   */
  static Storage h2(Path folder) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:file:" + folder.resolve("convene") + ";DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    return JdbcStorage.create(h2);
  }

  void print(PrintStream out) {
    out.println("Convene community tour: what each person may see and do.");
    out.println("Public content is curated by the platform's curators; Pension Reform reviews before publication.");
    out.println("Documents per community: a public report, a members' briefing, a draft, a study under review (where");
    out.println("public items are reviewed), an archived newsletter, and in Pension Reform a members' memo written");
    out.println("by the user who was then blocked. Pension Reform's other sections are shown at the end.");
    out.println();
    for (String slug : world.communities.keySet()) {
      Community current = world.community(slug);
      out.println(heading(current));
      out.println(table(current).render());
    }
    out.println("Legend: items = visible documents by title initials; yes* = allowed only as platform admin (audited);");
    out.println("'not found' = the community is hidden from that person, exactly as if it did not exist.");
    out.println();
    Community pensions = world.community("pension-reform");
    int before = visibleItems(SampleWorld.OLGA, pensions).size();
    List<ItemId> awaiting = curatorsQueue(pensions);
    Community closed = convene.communities().update(SampleWorld.ADA, pensions.id(), pensions.version(),
        b -> b.privacy(Privacy.PRIVATE));
    int after = visibleItems(SampleWorld.OLGA, pensions).size();
    convene.communities().update(SampleWorld.ADA, pensions.id(), closed.version(),
        b -> b.privacy(pensions.privacy()).joinPolicy(pensions.joinPolicy()));
    // Opening it again must not make public what no curator reviewed: its public items wait for them.
    int waiting = visibleItems(SampleWorld.OLGA, pensions).size();
    for (ItemId sentBack : curatorsQueue(pensions)) {
      if (!awaiting.contains(sentBack)) {
        convene.content().review(SampleWorld.CORA, sentBack, Verdict.APPROVE, Optional.empty());
      }
    }
    int back = visibleItems(SampleWorld.OLGA, pensions).size();
    out.printf("Pension Reform turns PRIVATE: olga now sees %d documents there instead of %d; nothing was rewritten.%n",
        after, before);
    out.printf("Pension Reform turns back to %s: its public items wait for curators (olga sees %d);"
        + " once cora approves them, olga sees %d again.%n", pensions.privacy(), waiting, back);
    out.println();
    convene.awaitSearchable(Duration.ofSeconds(10)); // the approvals above, before searching for them
    printSearch(out, "report");
    out.println();
    new CommunityLife(world).print(out);
  }

  private List<ItemId> curatorsQueue(Community community) {
    return convene.content().reviewQueue(SampleWorld.CORA, community.id(), PageRequest.first(100)).items().stream()
        .map(Item::id).toList();
  }

  /** Searches as each person: the privacy filter runs inside the search, facets count only what they see. */
  private void printSearch(PrintStream out, String text) {
    out.println("Searching \"" + text + "\" as each person (hits per community):");
    SearchRequest request = SearchRequest.builder().text(text).facets(FacetDimension.COMMUNITY).build();
    for (SampleWorld.Person person : world.people) {
      SearchResult result = convene.search(person.actor(), request);
      List<String> counts = new ArrayList<>();
      for (FacetResult facet : result.facets()) {
        facet.values().forEach(v -> counts.add(v.label() + " " + v.count()));
      }
      out.printf("  %-20s  %d  %s%n", person.label(), result.total(), String.join(", ", counts));
    }
  }

  private static String heading(Community community) {
    String kind = community.privacy() + " " + community.purpose() + ", join " + community.joinPolicy()
        + community.parent().map(p -> ", working group").orElse("");
    return "== " + SampleWorld.name(community) + " (" + kind + ")";
  }

  private TextTable table(Community community) {
    TextTable table = new TextTable("person", "profile", "items", "members", "get in", "write", "announce",
        "moderate", "administer");
    for (SampleWorld.Person person : world.people) {
      Actor actor = person.actor();
      Decision profile = convene.decide(actor, Action.VIEW_COMMUNITY, community.id());
      if (profile.outcome() == Decision.Outcome.NOT_FOUND) {
        table.row(List.of(person.label(), NOT_FOUND, "", "", "", "", "", "", ""));
        continue;
      }
      table.row(List.of(person.label(), answer(profile), initials(visibleItems(actor, community)),
          answer(actor, Action.VIEW_MEMBERS, community), wayIn(actor, community),
          answer(actor, Action.CREATE_DOCUMENT, community), answer(actor, Action.POST_ANNOUNCEMENT, community),
          answer(actor, Action.INVITE, community), answer(actor, Action.EDIT_SETTINGS, community)));
    }
    return table;
  }

  private List<Item> visibleItems(Actor actor, Community community) {
    try {
      return convene.content().list(actor, community.id(), ItemQuery.all().withTypes(ItemType.DOCUMENT),
          PageRequest.first(100)).items();
    } catch (NotFoundException e) {
      return List.of();
    }
  }

  private String wayIn(Actor actor, Community community) {
    for (Action way : List.of(Action.JOIN, Action.REQUEST_MEMBERSHIP, Action.ACCEPT_INVITATION)) {
      Decision decision = convene.decide(actor, way, community.id());
      if (decision.isAllowed() && !decision.isPlatformAdminOverride()) {
        return way.name().toLowerCase(Locale.ROOT).replace('_', ' ');
      }
    }
    return "-";
  }

  private String answer(Actor actor, Action action, Community community) {
    return answer(convene.decide(actor, action, community.id()));
  }

  private static String answer(Decision decision) {
    if (!decision.isAllowed()) {
      return "-";
    }
    return decision.isPlatformAdminOverride() ? "yes*" : "yes";
  }

  private static String initials(List<Item> items) {
    StringBuilder out = new StringBuilder();
    for (Item item : items.reversed()) {
      out.append(out.isEmpty() ? "" : " ").append(item.title().charAt(0));
    }
    return out.isEmpty() ? "-" : out.toString();
  }
}
