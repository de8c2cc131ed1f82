package dev.convene.examples;

import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Document;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemHeader;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.PlatformRole;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Purpose;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import dev.convene.core.policy.AccessContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A small world in memory: four communities, one of each kind, people in every standing, and
 * documents in every review state and visibility.
 */
final class SampleWorld {
  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  /** A person of the world, with a label that says who they are. */
  record Person(String label, Actor actor) {}

  final Map<CommunityId, Community> communities = new LinkedHashMap<>();
  final List<Person> people = new ArrayList<>();
  final List<Item> items = new ArrayList<>();
  private final Map<String, Membership> memberships = new HashMap<>();

  SampleWorld() {
    Community library = add(Community.builder(CommunityId.of("c1"), "open-library").name("Open Library").build());
    Community pensions = add(Community.builder(CommunityId.of("c2"), "pension-reform").name("Pension Reform")
        .privacy(Privacy.SEMI_PRIVATE).reviewBeforePublication(true).build());
    Community cash = add(Community.builder(CommunityId.of("c3"), "cash-transfers").name("Cash Transfers")
        .privacy(Privacy.PRIVATE).build());
    Community taskForce = add(Community.builder(CommunityId.of("c4"), "task-force").name("Task Force")
        .purpose(Purpose.HIDDEN_GROUP).parent(cash.id()).build().checkWorkingGroupOf(cash));

    person("anonymous", Actor.anonymous());
    person("olga  outsider", Actor.user("olga"));
    person("ivan  invited", Actor.user("ivan"));
    person("rita  requested", Actor.user("rita"));
    person("mia   member", Actor.user("mia"));
    person("mo    moderator", Actor.user("mo"));
    person("ada   admin", Actor.user("ada"));
    person("bob   blocked", Actor.user("bob"));
    person("cora  curator", Actor.user("cora", PlatformRole.CURATOR));
    person("pat   platform admin", Actor.user("pat", PlatformRole.PLATFORM_ADMIN));

    for (Community c : communities.values()) {
      member("mia", c, Role.MEMBER);
      member("mo", c, Role.MODERATOR);
      member("ada", c, Role.ADMIN);
      document(c, "Annual report", "ada", Visibility.PUBLIC, ReviewState.PUBLISHED);
      document(c, "Members' briefing", "mo", Visibility.MEMBERS, ReviewState.PUBLISHED);
      document(c, "Draft note", "mia", Visibility.PUBLIC, ReviewState.DRAFT);
      document(c, "Study under review", "mia", Visibility.PUBLIC, ReviewState.SUBMITTED);
      document(c, "Old newsletter", "ada", Visibility.PUBLIC, ReviewState.ARCHIVED);
    }
    member("ivan", cash, Role.MEMBER);
    invite("ivan", taskForce);
    invite("ivan", pensions);
    standing("rita", pensions, MembershipState.REQUESTED);
    standing("rita", cash, MembershipState.REQUESTED);
    standing("bob", library, MembershipState.BLOCKED);
    standing("bob", pensions, MembershipState.BLOCKED);
    document(pensions, "Bob's memo", "bob", Visibility.MEMBERS, ReviewState.PUBLISHED);
  }

  /** The context in which {@code actor} acts on {@code community}, with the actor's memberships. */
  AccessContext context(Actor actor, Community community) {
    Optional<Community> parent = community.parent().map(communities::get);
    AccessContext context = parent.map(p -> AccessContext.of(community, p, NOW))
        .orElseGet(() -> AccessContext.of(community, NOW))
        .withMembership(membership(actor, community));
    return parent.map(p -> context.withParentMembership(membership(actor, p))).orElse(context);
  }

  /** The items of a community. */
  List<Item> items(Community community) {
    return items.stream().filter(i -> i.community().equals(community.id())).toList();
  }

  /** The same world seen after a community's privacy changed; nothing else is rewritten. */
  void changePrivacy(CommunityId id, Privacy privacy) {
    communities.put(id, communities.get(id).withPrivacy(privacy));
  }

  private Optional<Membership> membership(Actor actor, Community community) {
    return actor.user().map(u -> memberships.get(u.value() + "@" + community.id()));
  }

  private Community add(Community community) {
    communities.put(community.id(), community);
    return community;
  }

  private void person(String label, Actor actor) {
    people.add(new Person(label, actor));
  }

  private void member(String user, Community community, Role role) {
    put(new Membership(community.id(), UserId.of(user), MembershipState.ACTIVE, role, Optional.empty(),
        Optional.empty(), NOW.minus(Duration.ofDays(90)), Optional.empty(), 1));
  }

  private void invite(String user, Community community) {
    put(new Membership(community.id(), UserId.of(user), MembershipState.INVITED, Role.MEMBER,
        Optional.of("Would you join us?"), Optional.of(UserId.of("ada")), NOW.minus(Duration.ofDays(1)),
        Optional.of(NOW.plus(Duration.ofDays(13))), 1));
  }

  private void standing(String user, Community community, MembershipState state) {
    put(new Membership(community.id(), UserId.of(user), state, Role.MEMBER, Optional.empty(), Optional.empty(),
        NOW.minus(Duration.ofDays(3)), Optional.empty(), 1));
  }

  private void put(Membership membership) {
    memberships.put(membership.user().value() + "@" + membership.community(), membership);
  }

  private void document(Community community, String title, String author, Visibility visibility, ReviewState state) {
    ItemId id = ItemId.of(community.slug() + "/" + (items(community).size() + 1));
    ItemHeader header = ItemHeader.draft(id, community.id(), UserId.of(author), title, Locale.ENGLISH, visibility,
        NOW.minus(Duration.ofDays(30))).withReviewState(state, NOW.minus(Duration.ofDays(2)));
    items.add(Document.of(header, "About " + title.toLowerCase(Locale.ROOT) + "."));
  }

  static String name(Community community) {
    return community.name().resolve(Locale.ENGLISH).orElse(community.slug());
  }
}
