package dev.convene.search;

import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemType;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Permission;
import dev.convene.core.model.PlatformRole;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Purpose;
import dev.convene.core.model.Reply;
import dev.convene.core.model.ReplyId;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Role;
import dev.convene.core.model.RolePermissions;
import dev.convene.core.model.SchemeId;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Section;
import dev.convene.core.model.Visibility;
import dev.convene.core.policy.AccessPolicy;
import dev.convene.core.policy.PolicySettings;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.ConceptBuilder;
import dev.convene.core.taxonomy.ConceptScheme;
import dev.convene.core.taxonomy.Taxonomy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * A small random world written straight to a store: communities of every purpose and privacy (some
 * working groups, some sections switched off), people in every standing, items in every state,
 * visibility, type and language (announcements expired, expiring or not; polls; discussions with
 * replies, some hidden), and a polyhierarchical taxonomy whose labels are words of the items' vocabulary. Texts use words
 * no analyzer changes, so a brute-force oracle can decide matching exactly.
 */
final class RandomWorld {
  /** Words every analyzer keeps as they are: no stop word, no stemmable ending, no accent. */
  static final List<String> WORDS = List.of("zk1", "qx2", "bv3", "jw4", "fp5", "hm6", "tc7", "gl8", "rn9", "zd2",
      "qw3", "bx4");
  static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"),
      Locale.GERMAN, Locale.forLanguageTag("en-GB"));
  static final SchemeId THEMES = SchemeId.of("themes");
  static final SchemeId REGIONS = SchemeId.of("regions");
  static final Instant EARLIEST = Instant.parse("2022-01-01T00:00:00Z");

  final Random random;
  final Fixture fixture;
  final List<String> communities = new ArrayList<>();
  final List<String> users = List.of("u1", "u2", "u3", "u4", "u5", "u6");
  final List<Actor> actors = new ArrayList<>();
  final Taxonomy taxonomy;

  RandomWorld(long seed) {
    this.random = new Random(seed);
    this.fixture = new Fixture(AccessPolicy.of(PolicySettings.defaults().withCuratePublicContent(random.nextBoolean())));
    this.taxonomy = taxonomy();
    fixture.taxonomy(taxonomy);
    int top = 2 + random.nextInt(3);
    for (int i = 0; i < top; i++) {
      community("c" + i, Optional.empty());
    }
    int groups = random.nextInt(3);
    for (int i = 0; i < groups; i++) {
      community("g" + i, Optional.of(communities.get(random.nextInt(top))));
    }
    for (String user : users) {
      for (String community : communities) {
        if (random.nextInt(3) == 0) {
          membership(community, user);
        }
      }
    }
    int items = 8 + random.nextInt(14);
    for (int i = 0; i < items; i++) {
      item("i" + i);
    }
    actors.add(Actor.anonymous());
    for (String user : users) {
      int roll = random.nextInt(12);
      actors.add(roll == 0 ? Actor.user(user, PlatformRole.PLATFORM_ADMIN)
          : roll <= 2 ? Actor.user(user, PlatformRole.CURATOR) : Actor.user(user));
    }
    actors.add(Actor.user("outsider"));
  }

  String word() {
    return WORDS.get(random.nextInt(WORDS.size()));
  }

  String words(int min, int max) {
    int n = min + random.nextInt(max - min + 1);
    List<String> chosen = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      chosen.add(word());
    }
    return String.join(" ", chosen);
  }

  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private Taxonomy taxonomy() {
    List<Concept> concepts = new ArrayList<>();
    // themes: t0 and t1 on top; t2 under t0; t3 under t0 and t1 (polyhierarchy); t4 under t2 and t3; then a
    // lattice: t5 under t2 and t3, t6 and t7 each under both t4 and t5, so that t0 is reached by many paths
    concepts.add(concept("t0", THEMES));
    concepts.add(concept("t1", THEMES));
    concepts.add(concept("t2", THEMES, "t0"));
    concepts.add(concept("t3", THEMES, "t0", "t1"));
    concepts.add(concept("t4", THEMES, "t2", "t3"));
    concepts.add(concept("t5", THEMES, "t2", "t3"));
    concepts.add(concept("t6", THEMES, "t4", "t5"));
    concepts.add(concept("t7", THEMES, "t4", "t5"));
    concepts.add(concept("r0", REGIONS));
    concepts.add(concept("r1", REGIONS, "r0"));
    concepts.add(concept("r2", REGIONS, "r0"));
    return Taxonomy.builder()
        .scheme(ConceptScheme.of(THEMES, LocalizedText.of("en", "Themes"), Locale.ENGLISH))
        .scheme(ConceptScheme.of(REGIONS, LocalizedText.of("en", "Regions"), Locale.ENGLISH))
        .concepts(concepts).build();
  }

  private Concept concept(String id, SchemeId scheme, String... broader) {
    String en = random.nextInt(3) == 0 ? words(2, 2) : word();
    String fr = word();
    while (fr.equals(en)) {
      fr = word();
    }
    ConceptBuilder builder = Concept.builder(ConceptId.of(id), scheme).prefLabel("en", en).prefLabel("fr", fr)
        .broader(java.util.Arrays.stream(broader).map(ConceptId::of).toArray(ConceptId[]::new));
    if (random.nextInt(4) == 0) {
      String alt = word();
      if (!alt.equals(fr)) {
        builder.altLabel("fr", alt);
      }
    }
    return builder.build();
  }

  private void community(String slug, Optional<String> parent) {
    Purpose purpose = random.nextInt(5) == 0 ? Purpose.HIDDEN_GROUP
        : parent.isPresent() ? Purpose.WORKING_GROUP : Purpose.REPOSITORY;
    Privacy privacy = purpose == Purpose.HIDDEN_GROUP ? Privacy.PRIVATE : pick(List.of(Privacy.values()));
    if (parent.isPresent()) {
      Privacy parentPrivacy = fixture.storage.read(tx -> tx.communities().get(CommunityId.of(parent.get())))
          .orElseThrow().privacy();
      privacy = privacy.mostClosed(parentPrivacy);
      if (privacy != Privacy.PRIVATE && purpose == Purpose.HIDDEN_GROUP) {
        privacy = Privacy.PRIVATE;
      }
    }
    Privacy chosen = privacy;
    LocalizedText name = LocalizedText.of(pick(LANGUAGES.subList(0, 4)), words(1, 2));
    LocalizedText description = random.nextBoolean() ? LocalizedText.empty()
        : LocalizedText.of(pick(LANGUAGES.subList(0, 4)), words(1, 4));
    Set<ConceptId> concepts = concepts(2);
    RolePermissions permissions = random.nextInt(4) == 0
        ? RolePermissions.defaults().with(Permission.MODERATE, Role.ADMIN) : RolePermissions.defaults();
    boolean review = random.nextBoolean();
    Set<Section> sections = sections();
    fixture.community(slug, c -> c.name(name).description(description).purpose(purpose).privacy(chosen)
        .parent(parent.map(CommunityId::of).orElse(null)).concepts(concepts).permissions(permissions)
        .reviewBeforePublication(review).sections(sections));
    communities.add(slug);
  }

  private void membership(String community, String user) {
    int roll = random.nextInt(10);
    if (roll < 5) {
      fixture.member(community, user, pick(List.of(Role.MEMBER, Role.MEMBER, Role.MODERATOR, Role.ADMIN)));
    } else if (roll < 7) {
      Optional<Instant> expiry = switch (random.nextInt(3)) {
        case 0 -> Optional.empty();
        case 1 -> Optional.of(Fixture.START.minus(Duration.ofDays(1)));
        default -> Optional.of(Fixture.START.plus(Duration.ofDays(1)));
      };
      fixture.membership(community, user, MembershipState.INVITED, Role.MEMBER, expiry);
    } else if (roll < 9) {
      fixture.membership(community, user, MembershipState.REQUESTED, Role.MEMBER, Optional.empty());
    } else {
      fixture.membership(community, user, MembershipState.BLOCKED, Role.MEMBER, Optional.empty());
    }
  }

  /** Every section, or (one time in three) with each section of items switched off one time in three. */
  Set<Section> sections() {
    Set<Section> sections = EnumSet.allOf(Section.class);
    if (random.nextInt(3) == 0) {
      for (ItemType type : ItemType.values()) {
        if (random.nextInt(3) == 0) {
          sections.remove(type.section());
        }
      }
    }
    return sections;
  }

  Set<ConceptId> concepts(int max) {
    Set<ConceptId> chosen = new LinkedHashSet<>();
    int n = random.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      chosen.add(random.nextInt(12) == 0 ? ConceptId.of("unknown") : pick(taxonomy.concepts()).id());
    }
    return chosen;
  }

  void item(String id) {
    ItemType type = pick(List.of(ItemType.values()));
    String author = random.nextInt(6) == 0 ? "ghost" : pick(users);
    Instant created = EARLIEST.plus(Duration.ofHours(random.nextInt(3 * 365 * 24)));
    ReviewState state = random.nextInt(3) == 0 ? pick(List.of(ReviewState.values())) : ReviewState.PUBLISHED;
    // expired already, expiring at the first instant the clock moves past, a day later, or later still
    Optional<Instant> expires = switch (random.nextInt(5)) {
      case 0 -> Optional.of(Fixture.START.minus(Duration.ofDays(1)));
      case 1 -> Optional.of(Fixture.START.plus(Duration.ofMillis(1)));
      case 2 -> Optional.of(Fixture.START.plus(Duration.ofDays(1)));
      case 3 -> Optional.of(Fixture.START.plus(Duration.ofDays(30)));
      default -> Optional.empty();
    };
    Item item = fixture.item(id, type, pick(communities), author, words(1, 3), words(0, 6), pick(LANGUAGES),
        pick(List.of(Visibility.values())), state, created, expires,
        concepts(3).stream().map(ConceptId::value).toArray(String[]::new));
    if (item instanceof Discussion discussion && random.nextBoolean()) {
      replies(discussion);
    }
  }

  /** One to three replies, each hidden one time in three: a hidden reply's words are found by nobody. */
  private void replies(Discussion discussion) {
    List<Reply> replies = new ArrayList<>();
    int n = 1 + random.nextInt(3);
    for (int r = 0; r < n; r++) {
      replies.add(new Reply(ReplyId.of(discussion.id().value() + "-r" + r), UserId.of(pick(users)), words(1, 3),
          discussion.created(), random.nextInt(3) == 0));
    }
    fixture.storage.useTransaction(tx -> tx.items().update(discussion.withReplies(replies)));
  }

  /** Every review state but one at random, or just PUBLISHED. */
  Set<ReviewState> states() {
    if (random.nextBoolean()) {
      return Set.of(ReviewState.PUBLISHED);
    }
    Set<ReviewState> states = EnumSet.noneOf(ReviewState.class);
    for (ReviewState state : ReviewState.values()) {
      if (random.nextBoolean()) {
        states.add(state);
      }
    }
    return states.isEmpty() ? EnumSet.allOf(ReviewState.class) : states;
  }
}
