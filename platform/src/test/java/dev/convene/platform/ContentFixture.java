package dev.convene.platform;

import dev.convene.core.event.DomainEvent;
import dev.convene.core.event.ItemChanged;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.Item;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.Membership;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.PlatformRole;
import dev.convene.core.model.Role;
import dev.convene.core.model.SchemeId;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import dev.convene.core.policy.PolicySettings;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.ConceptScheme;
import dev.convene.core.taxonomy.Taxonomy;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.ItemQuery;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import dev.convene.storage.memory.InMemoryStorage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * A small world for the content tests: one store, a clock the test moves, deterministic ids, the
 * events published, and people with every standing. Memberships other than the founder's are written
 * to the store directly, before anyone reads them, as the membership service would.
 */
final class ContentFixture {
  static final Actor ADA = Actor.user("ada");           // founds every community: its admin
  static final Actor MO = Actor.user("mo");             // moderator
  static final Actor MEL = Actor.user("mel");           // member, the usual author
  static final Actor MAX = Actor.user("max");           // another member
  static final Actor OLGA = Actor.user("olga");         // registered outsider
  static final Actor CURT = Actor.user("curt", PlatformRole.CURATOR);
  static final Actor PAT = Actor.user("pat", PlatformRole.PLATFORM_ADMIN);
  static final Actor ANON = Actor.anonymous();
  static final ConceptId WATER = ConceptId.of("water");

  final TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));
  final InMemoryStorage storage = InMemoryStorage.create(clock);
  final List<DomainEvent> events = new CopyOnWriteArrayList<>();
  private final AtomicInteger ids = new AtomicInteger();
  private final PolicySettings settings;
  Convene convene;

  ContentFixture() {
    this(PolicySettings.defaults());
  }

  ContentFixture(PolicySettings settings) {
    this.settings = settings;
    this.convene = fresh();
  }

  /** A new platform on the same store: nothing cached, as after a restart or on another node. */
  Convene fresh() {
    return Convene.builder().storage(storage).clock(clock).policySettings(settings)
        .ids(() -> String.format(Locale.ROOT, "id%03d", ids.incrementAndGet())).eventListener(events::add).build();
  }

  ContentService content() {
    return convene.content();
  }

  /** A community founded by ada, with mo as moderator and mel and max as members. */
  Community community(String slug, UnaryOperator<Community.Settings> settings) {
    Community community = convene.communities().create(ADA, slug, b -> settings.apply(b.name(slug)));
    member(community, MO, Role.MODERATOR);
    member(community, MEL, Role.MEMBER);
    member(community, MAX, Role.MEMBER);
    return community;
  }

  Community community(String slug) {
    return community(slug, b -> b);
  }

  void member(Community community, Actor who, Role role) {
    storage.useTransaction(tx -> tx.memberships().insert(new Membership(community.id(), user(who),
        MembershipState.ACTIVE, role, Optional.empty(), Optional.empty(), clock.instant(), Optional.empty(), 0)));
  }

  /** Blocks the user in the store; read through {@link #fresh()} afterwards. */
  void block(Community community, Actor who) {
    storage.useTransaction(tx -> {
      Membership m = tx.memberships().get(community.id(), user(who)).orElseThrow();
      tx.memberships().update(new Membership(m.community(), m.user(), MembershipState.BLOCKED, Role.MEMBER,
          Optional.empty(), Optional.empty(), clock.instant(), Optional.empty(), m.version()));
    });
  }

  /** Stores a taxonomy holding the concept {@link #WATER}. */
  void taxonomy() {
    SchemeId themes = SchemeId.of("themes");
    Taxonomy taxonomy = Taxonomy.builder()
        .scheme(ConceptScheme.of(themes, LocalizedText.of("en", "Themes"), Locale.ENGLISH))
        .concept(Concept.builder(WATER, themes).prefLabel("en", "Water").build())
        .build();
    storage.useTransaction(tx -> tx.taxonomy().replace(taxonomy, 0));
  }

  static UserId user(Actor actor) {
    return actor.user().orElseThrow();
  }

  static ItemDraft.DocumentDraft doc(String title, Visibility visibility) {
    return ItemDraft.document(title, Locale.ENGLISH, visibility).summary("About " + title);
  }

  static ItemDraft.DiscussionDraft talk(String title, Visibility visibility) {
    return ItemDraft.discussion(title, Locale.ENGLISH, visibility, "What do you think of " + title + "?");
  }

  static ItemDraft.EventDraft meeting(String title, Visibility visibility) {
    Instant start = Instant.parse("2026-04-01T08:00:00Z");
    return ItemDraft.event(title, Locale.ENGLISH, visibility, start, start.plus(Duration.ofHours(2)),
        ZoneId.of("Europe/Paris"));
  }

  /** Creates and publishes an item in a community that needs no review. */
  Item published(Actor author, Community community, ItemDraft draft) {
    return content().publish(author, content().create(author, community.id(), draft).id());
  }

  /** Every item of the community the actor may see, walking pages of {@code size}. */
  List<Item> all(Actor actor, Community community, int size) {
    List<Item> seen = new ArrayList<>();
    PageRequest request = PageRequest.first(size);
    while (true) {
      Page<Item> page = content().list(actor, community.id(), ItemQuery.in(community.id()), request);
      if (page.hasNext() && page.items().size() != size) {
        throw new AssertionError("a short page before the last: " + page.items().size());
      }
      seen.addAll(page.items());
      if (!page.hasNext()) {
        return seen;
      }
      request = request.after(page.next().orElseThrow());
    }
  }

  List<AuditEntry> audit(Community community) {
    return storage.read(tx -> tx.audit().forCommunity(community.id(), PageRequest.first(100)).items());
  }

  /** The audit entries of one action, oldest first. */
  List<AuditEntry> audit(Community community, AuditAction action) {
    return audit(community).stream().filter(e -> e.action() == action).toList().reversed();
  }

  /** The kinds of the item events published about {@code item}, in order. */
  List<ItemChanged.Kind> events(Item item) {
    return events.stream().filter(e -> e instanceof ItemChanged c && c.item().equals(item.id()))
        .map(e -> ((ItemChanged) e).kind()).toList();
  }

  long stored(Item item) {
    return storage.read(tx -> tx.items().get(item.id())).orElseThrow().version();
  }

  /** A clock the tests move forward. */
  static final class TestClock extends Clock {
    private volatile Instant now;

    TestClock(Instant start) {
      this.now = start;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
