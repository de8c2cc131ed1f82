package dev.convene.examples;

import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.PlatformRole;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Purpose;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import dev.convene.core.policy.PolicySettings;
import dev.convene.platform.ContentService;
import dev.convene.platform.Convene;
import dev.convene.platform.ItemDraft;
import dev.convene.platform.NotificationSink;
import dev.convene.storage.PageRequest;
import dev.convene.storage.Storage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small world built through Convene's services, as a portal would: four communities (one of each
 * kind), people in every standing reached by joining, requesting, inviting, approving and blocking,
 * documents taken through review, publication and archiving, and Pension Reform's {@link
 * CommunityLife}.
 */
final class SampleWorld implements AutoCloseable {
  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  /** A person of the world, with a label that says who they are. */
  record Person(String label, Actor actor) {}

  static final Actor ADA = Actor.user("ada");
  static final Actor MO = Actor.user("mo");
  static final Actor MIA = Actor.user("mia");
  static final Actor IVAN = Actor.user("ivan");
  static final Actor RITA = Actor.user("rita");
  static final Actor BOB = Actor.user("bob");
  static final Actor OLGA = Actor.user("olga");
  static final Actor CORA = Actor.user("cora", PlatformRole.CURATOR);
  static final Actor PAT = Actor.user("pat", PlatformRole.PLATFORM_ADMIN);
  /** The slug the hidden task force was created with; its own ends in random characters. */
  static final String TASK_FORCE = "task-force";

  final Convene convene;
  /** The communities by the slug they were created with, in the order they were. */
  final Map<String, Community> communities = new LinkedHashMap<>();
  final List<Person> people = List.of(
      new Person("anonymous", Actor.anonymous()), new Person("olga  outsider", OLGA),
      new Person("ivan  invited", IVAN), new Person("rita  requested", RITA), new Person("mia   member", MIA),
      new Person("mo    moderator", MO), new Person("ada   admin", ADA), new Person("bob   blocked", BOB),
      new Person("cora  curator", CORA), new Person("pat   platform admin", PAT));

  /** Whether this run found the world already in the store (a restart) instead of building it. */
  final boolean reused;

  SampleWorld(Storage storage, Path index, NotificationSink sink) {
    AtomicInteger ids = new AtomicInteger();
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    convene = Convene.builder()
        .storage(storage)
        .clock(clock)
        .policySettings(PolicySettings.defaults().withCuratePublicContent(true))
        .notificationSink(sink)
        .ids(() -> String.format("id%04d", ids.incrementAndGet()))
        .search(index)
        .build();
    reused = storage.read(tx -> tx.communities().bySlug("open-library")).isPresent();
    if (reused) {
      for (String slug : List.of("open-library", "pension-reform", "cash-transfers")) {
        add(slug, convene.communities().bySlug(ADA, slug));
      }
      // a hidden group's slug ends in random characters, so the task force is found in its parent
      add(TASK_FORCE, convene.communities().workingGroups(ADA, communities.get("cash-transfers").id()).getFirst());
    } else {
      build();
    }
    convene.awaitSearchable(Duration.ofSeconds(10));
  }

  private void build() {
    Community library = add("open-library", convene.communities().create(ADA, "open-library",
        b -> b.name("Open Library")));
    Community pensions = add("pension-reform", convene.communities().create(ADA, "pension-reform",
        b -> b.name("Pension Reform").privacy(Privacy.SEMI_PRIVATE).reviewBeforePublication(true)));
    Community cash = add("cash-transfers", convene.communities().create(ADA, "cash-transfers",
        b -> b.name("Cash Transfers").privacy(Privacy.PRIVATE)));
    Community taskForce = add(TASK_FORCE, convene.communities().createWorkingGroup(ADA, cash.id(), TASK_FORCE,
        b -> b.name("Task Force").purpose(Purpose.HIDDEN_GROUP)));

    for (Community c : communities.values()) {
      bringIn(c, MIA);
      bringIn(c, MO);
      convene.memberships().changeRole(ADA, c.id(), user(MO), Role.MODERATOR);
    }
    bringIn(cash, IVAN);
    convene.memberships().invite(ADA, taskForce.id(), user(IVAN), Optional.of("Would you join the task force?"));
    convene.memberships().invite(ADA, pensions.id(), user(IVAN), Optional.empty());
    convene.memberships().request(RITA, pensions.id(), Optional.of("I work on pensions"));
    convene.memberships().request(RITA, cash.id(), Optional.empty());

    for (Community c : communities.values()) {
      publish(c, ADA, "Annual report", Visibility.PUBLIC);
      publish(c, MO, "Members' briefing", Visibility.MEMBERS);
      convene.content().create(MIA, c.id(), ItemDraft.document("Draft note", Locale.ENGLISH, Visibility.PUBLIC));
      Item study = convene.content().create(MIA, c.id(),
          ItemDraft.document("Study under review", Locale.ENGLISH, Visibility.PUBLIC));
      if (c == library || c == pensions) { // where a public item goes through review
        convene.content().submit(MIA, study.id());
      }
      Item newsletter = publish(c, ADA, "Old newsletter", Visibility.PUBLIC);
      convene.content().archive(ADA, newsletter.id());
    }

    bringIn(pensions, BOB);
    publish(pensions, BOB, "Bob's memo", Visibility.MEMBERS);
    convene.memberships().block(ADA, pensions.id(), user(BOB));
    convene.memberships().block(ADA, library.id(), user(BOB));
    CommunityLife.seed(this, pensions);
  }

  /** Stops the search index's follower and closes the index. */
  @Override
  public void close() {
    convene.close();
  }

  /** The community created with this slug, as stored now. */
  Community community(String slug) {
    return convene.communities().get(ADA, communities.get(slug).id());
  }

  /** Keeps the community under the slug it was created with: a hidden group's own ends in random characters. */
  private Community add(String slug, Community community) {
    communities.put(slug, community);
    return community;
  }

  /** Gets someone in the way the community allows: join, or ask and be approved, or be invited. */
  private void bringIn(Community community, Actor actor) {
    switch (community.joinPolicy()) {
      case OPEN -> convene.memberships().join(actor, community.id());
      case REQUEST -> {
        convene.memberships().request(actor, community.id(), Optional.empty());
        convene.memberships().approve(ADA, community.id(), user(actor));
      }
      case INVITATION -> {
        convene.memberships().invite(ADA, community.id(), user(actor), Optional.empty());
        convene.memberships().accept(actor, community.id());
      }
    }
  }

  /** Creates a document and takes it to publication, through review where the policy requires it. */
  private Item publish(Community community, Actor author, String title, Visibility visibility) {
    return publish(community, author, ItemDraft.document(title, Locale.ENGLISH, visibility));
  }

  /** Creates an item and takes it to publication, through review where the policy requires it. */
  Item publish(Community community, Actor author, ItemDraft draft) {
    Item item = convene.content().create(author, community.id(), draft);
    Item next = convene.content().submitOrPublish(author, item.id());
    if (next.reviewState() == ReviewState.SUBMITTED) {
      Actor reviewer = List.of(CORA, MO, ADA).stream()
          .filter(candidate -> !candidate.equals(author) && inQueue(candidate, community, item))
          .findFirst().orElseThrow();
      next = convene.content().review(reviewer, item.id(), ContentService.Verdict.APPROVE, Optional.empty());
    }
    return next;
  }

  private boolean inQueue(Actor reviewer, Community community, Item item) {
    return convene.content().reviewQueue(reviewer, community.id(), PageRequest.first(100)).items().stream()
        .anyMatch(i -> i.id().equals(item.id()));
  }

  static UserId user(Actor actor) {
    return actor.user().orElseThrow();
  }

  static String name(Community community) {
    return community.name().resolve(Locale.ENGLISH).orElse(community.slug());
  }
}
