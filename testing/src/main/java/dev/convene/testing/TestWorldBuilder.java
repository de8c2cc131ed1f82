package dev.convene.testing;

import dev.convene.core.internal.Checks;
import dev.convene.core.membership.Roster;
import dev.convene.core.model.Announcement;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Document;
import dev.convene.core.model.Event;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemHeader;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.ItemType;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.PlatformRole;
import dev.convene.core.model.Poll;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import dev.convene.core.policy.PolicySettings;
import dev.convene.core.taxonomy.Taxonomy;
import dev.convene.platform.Convene;
import dev.convene.platform.NotificationSink;
import dev.convene.search.SearchIndexBuilder;
import dev.convene.storage.blob.BlobStore;
import dev.convene.storage.Transaction;
import dev.convene.storage.memory.InMemoryStorage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link TestWorld}. Everything is written to the store in one transaction when {@link
 * #build()} is called, after checking that the world is one Convene could have reached: every
 * community has an admin, a user has one membership per community, working-group members are active
 * members of the parent.
 */
public final class TestWorldBuilder {
  private static final Instant DEFAULT_START = Instant.parse("2026-01-05T09:00:00Z");
  private static final Duration SEARCHABLE_WITHIN = Duration.ofSeconds(30);

  private record Planned(String community, String title, ItemType type, ItemSpec spec) {}

  private Instant start = DEFAULT_START;
  private PolicySettings policy = PolicySettings.defaults();
  private NotificationSink sink = NotificationSink.NONE;
  private Taxonomy taxonomy = Taxonomy.empty();
  private final Map<String, Community> communities = new LinkedHashMap<>();
  private final Map<String, Map<UserId, Membership>> memberships = new HashMap<>();
  private final List<Planned> items = new ArrayList<>();
  private final Map<String, Set<PlatformRole>> roles = new HashMap<>();
  private @Nullable UnaryOperator<SearchIndexBuilder> search;
  private @Nullable BlobStore blobStore;

  TestWorldBuilder() {}

  /**
   * When the world's clock starts (Monday 5 January 2026, 09:00 UTC by default).
   *
   * @param value the start time
   * @return this builder
   */
  public TestWorldBuilder startingAt(Instant value) {
    this.start = Checks.required(value, "start");
    return this;
  }

  /**
   * The platform settings of the policy.
   *
   * @param value the policy settings
   * @return this builder
   */
  public TestWorldBuilder policySettings(PolicySettings value) {
    this.policy = Checks.required(value, "policySettings");
    return this;
  }

  /**
   * Where notifications go. They leave the store's outbox on a background thread after each commit:
   * call {@code convene().notifications().awaitDelivered(timeout)} before looking at what the sink
   * received.
   *
   * @param value the sink
   * @return this builder
   */
  public TestWorldBuilder notificationSink(NotificationSink value) {
    this.sink = Checks.required(value, "notificationSink");
    return this;
  }

  /**
   * Searches the world with an index that {@code configure} places (a directory or a path) and tunes,
   * as {@link Convene.Builder#search(UnaryOperator)} does. {@link #build()} returns once the world
   * is searchable. Without it the world has no search. Set once.
   *
   * @param configure sets the index's place and tuning on the builder it is handed, and returns it
   * @return this builder
   */
  public TestWorldBuilder search(UnaryOperator<SearchIndexBuilder> configure) {
    Checks.check(search == null, "search", "set-once", "search was already configured");
    this.search = Checks.required(configure, "search");
    return this;
  }

  /**
   * Keeps attachments in {@code value}; without it the world takes no attachments.
   *
   * @param value the blob store
   * @return this builder
   */
  public TestWorldBuilder blobStore(BlobStore value) {
    this.blobStore = Checks.required(value, "blobStore");
    return this;
  }

  /**
   * The taxonomy.
   *
   * @param value the taxonomy
   * @return this builder
   */
  public TestWorldBuilder taxonomy(Taxonomy value) {
    this.taxonomy = Checks.required(value, "taxonomy");
    return this;
  }

  /**
   * A public community with this slug (its id too) and name.
   *
   * @param slug the community's slug, id and name
   * @return this builder
   */
  public TestWorldBuilder community(String slug) {
    return community(slug, c -> c);
  }

  /**
   * A community with this slug (its id too); {@code settings} may change anything but the parent.
   *
   * @param slug the community's slug and id
   * @param settings changes the community's builder it is handed, and returns it
   * @return this builder
   */
  public TestWorldBuilder community(String slug, UnaryOperator<Community.Builder> settings) {
    return add(slug, Optional.empty(), settings);
  }

  /**
   * A working group of {@code parent}, which must be declared first.
   *
   * @param slug the working group's slug and id
   * @param parent the parent community's slug
   * @param settings changes the working group's builder it is handed, and returns it
   * @return this builder
   */
  public TestWorldBuilder workingGroup(String slug, String parent, UnaryOperator<Community.Builder> settings) {
    Checks.check(communities.containsKey(parent), "parent", "declared-first", "declare community %s first", parent);
    return add(slug, Optional.of(parent), settings);
  }

  /**
   * Active admins of the community.
   *
   * @param community the community's slug
   * @param users the users' ids
   * @return this builder
   */
  public TestWorldBuilder admin(String community, String... users) {
    return active(community, Role.ADMIN, users);
  }

  /**
   * Active moderators of the community.
   *
   * @param community the community's slug
   * @param users the users' ids
   * @return this builder
   */
  public TestWorldBuilder moderator(String community, String... users) {
    return active(community, Role.MODERATOR, users);
  }

  /**
   * Active members of the community.
   *
   * @param community the community's slug
   * @param users the users' ids
   * @return this builder
   */
  public TestWorldBuilder member(String community, String... users) {
    return active(community, Role.MEMBER, users);
  }

  /**
   * Users invited to the community, by its first admin, for 14 days.
   *
   * @param community the community's slug
   * @param users the users' ids
   * @return this builder
   */
  public TestWorldBuilder invited(String community, String... users) {
    return invitedUntil(community, start.plus(Duration.ofDays(14)), users);
  }

  /**
   * Users invited to the community until {@code expiry} (which may already be past: a lapsed
   * invitation).
   *
   * @param community the community's slug
   * @param expiry when the invitations lapse
   * @param users the users' ids
   * @return this builder
   */
  public TestWorldBuilder invitedUntil(String community, Instant expiry, String... users) {
    return standing(community, MembershipState.INVITED, Optional.of(expiry), users);
  }

  /**
   * Users who asked to join the community.
   *
   * @param community the community's slug
   * @param users the users' ids
   * @return this builder
   */
  public TestWorldBuilder requested(String community, String... users) {
    return standing(community, MembershipState.REQUESTED, Optional.empty(), users);
  }

  /**
   * Users blocked in the community.
   *
   * @param community the community's slug
   * @param users the users' ids
   * @return this builder
   */
  public TestWorldBuilder blocked(String community, String... users) {
    return standing(community, MembershipState.BLOCKED, Optional.empty(), users);
  }

  /**
   * Platform curators.
   *
   * @param users the users' ids
   * @return this builder
   */
  public TestWorldBuilder curator(String... users) {
    return platformRole(PlatformRole.CURATOR, users);
  }

  /**
   * Platform admins.
   *
   * @param users the users' ids
   * @return this builder
   */
  public TestWorldBuilder platformAdmin(String... users) {
    return platformRole(PlatformRole.PLATFORM_ADMIN, users);
  }

  /**
   * A document; titles name items and must be unique in the world.
   *
   * @param community the community's slug
   * @param title the document's title
   * @param spec describes the document on the spec it is handed, and returns it
   * @return this builder
   */
  public TestWorldBuilder document(String community, String title, UnaryOperator<ItemSpec> spec) {
    return item(community, title, ItemType.DOCUMENT, spec);
  }

  /**
   * An event, starting a week after the world's start and lasting two hours.
   *
   * @param community the community's slug
   * @param title the event's title
   * @param spec describes the event on the spec it is handed, and returns it
   * @return this builder
   */
  public TestWorldBuilder event(String community, String title, UnaryOperator<ItemSpec> spec) {
    return item(community, title, ItemType.EVENT, spec);
  }

  /**
   * An announcement.
   *
   * @param community the community's slug
   * @param title the announcement's title
   * @param spec describes the announcement on the spec it is handed, and returns it
   * @return this builder
   */
  public TestWorldBuilder announcement(String community, String title, UnaryOperator<ItemSpec> spec) {
    return item(community, title, ItemType.ANNOUNCEMENT, spec);
  }

  /**
   * A discussion, without replies.
   *
   * @param community the community's slug
   * @param title the discussion's title
   * @param spec describes the discussion on the spec it is handed, and returns it
   * @return this builder
   */
  public TestWorldBuilder discussion(String community, String title, UnaryOperator<ItemSpec> spec) {
    return item(community, title, ItemType.DISCUSSION, spec);
  }

  /**
   * A poll in ideas mode, open, without options yet, its results always shown; the spec's text
   * describes it.
   *
   * @param community the community's slug
   * @param title the poll's question
   * @param spec describes the poll on the spec it is handed, and returns it
   * @return this builder
   */
  public TestWorldBuilder poll(String community, String title, UnaryOperator<ItemSpec> spec) {
    return item(community, title, ItemType.POLL, spec);
  }

  /**
   * Checks the world and writes it to a fresh in-memory store.
   *
   * @return the world, its platform running
   * @throws dev.convene.core.ValidationException if the world is not one Convene could have reached
   */
  public TestWorld build() {
    TestClock clock = TestClock.at(start);
    InMemoryStorage storage = InMemoryStorage.create(clock);
    AtomicInteger ids = new AtomicInteger();
    Convene.Builder platform = Convene.builder().storage(storage).clock(clock).policySettings(policy)
        .notificationSink(sink).ids(() -> "id-" + ids.incrementAndGet());
    if (search != null) {
      platform.search(search);
    }
    if (blobStore != null) {
      platform.blobStore(blobStore);
    }
    Convene convene = platform.build();
    Map<String, ItemId> itemIds = new HashMap<>();
    storage.useTransaction(tx -> {
      tx.taxonomy().replace(taxonomy, 0);
      for (Community community : communities.values()) {
        community.parent().ifPresent(p -> community.checkWorkingGroupOf(communities.get(p.value())));
        tx.communities().insert(community);
        Map<UserId, Membership> roster = memberships.getOrDefault(community.slug(), Map.of());
        Roster.of(community.id(), roster.values());
        community.parent().ifPresent(p -> checkParentMembers(community, roster, memberships.get(p.value())));
        roster.values().forEach(tx.memberships()::insert);
      }
      for (Planned planned : items) {
        ItemId id = ItemId.of("item-" + (itemIds.size() + 1));
        Checks.check(itemIds.put(planned.title(), id) == null, "title", "unique", "two items are titled \"%s\"",
            planned.title());
        tx.items().insert(item(tx, id, planned));
      }
    });
    if (search != null && !convene.awaitSearchable(SEARCHABLE_WITHIN)) {
      convene.close();
      throw new dev.convene.core.ConveneException("search-index.behind", Map.of("within", SEARCHABLE_WITHIN),
          "the world's index did not catch up with its store within " + SEARCHABLE_WITHIN);
    }
    return new TestWorld(convene, storage, clock, itemIds, roles);
  }

  private TestWorldBuilder add(String slug, Optional<String> parent, UnaryOperator<Community.Builder> settings) {
    Checks.check(!communities.containsKey(slug), "slug", "unique", "community %s is declared twice", slug);
    Community.Builder builder = Community.builder(CommunityId.of(slug), slug).name(slug);
    Community community = settings.apply(builder).parent(parent.map(CommunityId::of).orElse(null)).build();
    communities.put(slug, community);
    return this;
  }

  private TestWorldBuilder active(String community, Role role, String... users) {
    return put(community, MembershipState.ACTIVE, role, Optional.empty(), users);
  }

  private TestWorldBuilder standing(String community, MembershipState state, Optional<Instant> expiry,
      String... users) {
    return put(community, state, Role.MEMBER, expiry, users);
  }

  private TestWorldBuilder put(String community, MembershipState state, Role role, Optional<Instant> expiry,
      String... users) {
    Checks.check(communities.containsKey(community), "community", "declared-first", "declare community %s first",
        community);
    Map<UserId, Membership> roster = memberships.computeIfAbsent(community, c -> new LinkedHashMap<>());
    for (String user : users) {
      UserId id = UserId.of(user);
      Optional<UserId> inviter = state == MembershipState.INVITED ? firstAdmin(community) : Optional.empty();
      Membership membership = new Membership(CommunityId.of(community), id, state, role, Optional.empty(), inviter,
          start, expiry, 0);
      Checks.check(roster.putIfAbsent(id, membership) == null, "user", "one-membership",
          "%s already has a membership of %s", user, community);
    }
    return this;
  }

  private TestWorldBuilder platformRole(PlatformRole role, String... users) {
    for (String user : users) {
      roles.computeIfAbsent(Checks.required(user, "user"), u -> EnumSet.noneOf(PlatformRole.class)).add(role);
    }
    return this;
  }

  private TestWorldBuilder item(String community, String title, ItemType type, UnaryOperator<ItemSpec> spec) {
    Checks.check(communities.containsKey(community), "community", "declared-first", "declare community %s first",
        community);
    items.add(new Planned(community, Checks.text(title, "title", ItemHeader.MAX_TITLE_LENGTH), type,
        Checks.required(spec.apply(new ItemSpec()), "spec")));
    return this;
  }

  private Optional<UserId> firstAdmin(String community) {
    return memberships.getOrDefault(community, Map.of()).values().stream()
        .filter(m -> m.hasRole(Role.ADMIN)).map(Membership::user).findFirst();
  }

  private static void checkParentMembers(Community group, Map<UserId, Membership> roster,
      Map<UserId, Membership> parent) {
    for (Membership m : roster.values()) {
      boolean inParent = parent != null && parent.containsKey(m.user()) && parent.get(m.user()).isActive();
      Checks.check(!m.isActive() || inParent, "member", "parent-member",
          "%s is active in working group %s but not an active member of its parent", m.user(), group.slug());
    }
  }

  private Item item(Transaction tx, ItemId id, Planned planned) {
    Community community = communities.get(planned.community());
    ItemSpec spec = planned.spec();
    UserId author = spec.author != null ? UserId.of(spec.author) : firstAdmin(planned.community()).orElseThrow();
    ItemHeader header = ItemHeader.draft(id, community.id(), author, planned.title(),
        spec.language != null ? spec.language : community.defaultLanguage(), spec.visibility, start)
        .withConcepts(spec.concepts, start).withReviewState(spec.state, start);
    return switch (planned.type()) {
      case DOCUMENT -> new Document(header, spec.text, spec.text, List.of(), Optional.empty(), Optional.empty(),
          Optional.empty(), List.of());
      case EVENT -> new Event(header, spec.text, start.plus(Duration.ofDays(7)), start.plus(Duration.ofDays(7))
          .plus(Duration.ofHours(2)), ZoneOffset.UTC, Optional.empty(), Optional.empty(), false);
      case ANNOUNCEMENT -> new Announcement(header, spec.text, false, Optional.empty());
      case DISCUSSION -> new Discussion(header, spec.text, false, List.of());
      case POLL -> new Poll(header, spec.text, Poll.Mode.IDEAS, List.of(), Optional.empty(),
          Poll.ResultsVisibility.ALWAYS);
    };
  }
}
