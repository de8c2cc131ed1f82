package dev.convene.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.model.Actor;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.ItemType;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Purpose;
import dev.convene.core.model.Role;
import dev.convene.core.taxonomy.Taxonomy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Random worlds, actors and queries: every hit, total and facet count must equal what brute force
 * computes over the documents {@code AccessPolicy} lets the actor see. Then privacy settings,
 * switched-on sections and memberships change at random, the clock may move past announcements'
 * expiry, and the same holds on the very next queries, with nothing reindexed.
 *
 * <p>The seed is printed; rerun one with {@code -Dconvene.search.seed=<seed>}, and change the number
 * of worlds with {@code -Dconvene.search.worlds=<n>}.
 */
class PrivacyAndFacetsRandomizedTest {
  private static final long SEED = Long.getLong("convene.search.seed", 0x5EA2C4L);
  private static final int WORLDS = Integer.getInteger("convene.search.worlds", 100);
  private static final int QUERIES_PER_ACTOR = 4;
  private static final List<FacetDimension> FACETS = List.of(FacetDimension.TYPE, FacetDimension.LANGUAGE,
      FacetDimension.COMMUNITY, FacetDimension.YEAR, FacetDimension.concepts(RandomWorld.THEMES),
      FacetDimension.concepts(RandomWorld.REGIONS));

  private int queries;

  @Test
  @DisplayName("hits, totals and every facet count equal brute force over what the policy lets each actor see")
  void searchEqualsBruteForce() {
    System.out.printf("PrivacyAndFacetsRandomizedTest seed %d (-Dconvene.search.seed=%d), %d worlds%n", SEED, SEED,
        WORLDS);
    java.util.Random seeds = new java.util.Random(SEED);
    for (int w = 0; w < WORLDS; w++) {
      long seed = seeds.nextLong();
      try {
        world(seed);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("world seed " + seed + " (world " + w + " of run seed " + SEED + "): "
            + e.getMessage(), e);
      }
    }
    System.out.printf("PrivacyAndFacetsRandomizedTest: %d queries checked%n", queries);
  }

  private void world(long seed) {
    RandomWorld world = new RandomWorld(seed);
    try (SearchIndex index = world.fixture.index()) {
      round(world, index);
      long written = index.stats().documentsWritten();
      long maxDoc = index.stats().maxDoc();
      mutate(world);
      round(world, index);
      assertEquals(written, index.stats().documentsWritten(), "a privacy, section or membership change, or an expiry, reindexed documents");
      assertEquals(maxDoc, index.stats().maxDoc(), "a privacy or membership change touched the index");
    }
  }

  private void round(RandomWorld world, SearchIndex index) {
    Oracle oracle = new Oracle(world.fixture.storage, world.fixture.policy, world.fixture.clock.instant());
    for (Actor actor : world.actors) {
      for (int q = 0; q < QUERIES_PER_ACTOR; q++) {
        SearchRequest request = request(world);
        check(index, oracle, world.taxonomy, actor, request);
        queries++;
      }
    }
  }

  private static void check(SearchIndex index, Oracle oracle, Taxonomy taxonomy, Actor actor, SearchRequest request) {
    Oracle.Expected expected = oracle.expect(actor, request);
    String context = actor + " searching " + describe(request);
    List<SearchHit> hits = new ArrayList<>();
    SearchResult first = index.search(actor, request);
    SearchResult page = first;
    hits.addAll(page.hits());
    for (int pages = 0; page.nextCursor().isPresent(); pages++) {
      assertTrue(pages < 200, "too many pages: " + context);
      assertEquals(first.total(), page.total(), "the total changed between pages: " + context);
      page = index.search(actor, request.next(page).orElseThrow());
      hits.addAll(page.hits());
    }
    List<String> keys = hits.stream().map(PrivacyAndFacetsRandomizedTest::key).toList();
    assertEquals(keys.size(), new HashSet<>(keys).size(), "a hit came twice: " + context);
    assertEquals(expected.hits(), new HashSet<>(keys), "hits: " + context);
    assertEquals(expected.hits().size(), first.total(), "total: " + context);
    if (request.sort() == SortOrder.DATE) {
      for (int i = 1; i < hits.size(); i++) {
        long before = hits.get(i - 1).date().map(Instant::toEpochMilli).orElse(Long.MIN_VALUE);
        long after = hits.get(i).date().map(Instant::toEpochMilli).orElse(Long.MIN_VALUE);
        assertTrue(before >= after, "not newest first: " + context);
      }
    }
    for (FacetDimension dimension : request.facets()) {
      Map<String, Long> actual = new HashMap<>();
      FacetResult facet = first.facet(dimension).orElseThrow();
      for (FacetValue value : facet.values()) {
        assertNull(actual.put(value.value(), value.count()), "a value came twice: " + context);
        assertTrue(value.count() > 0, "a value without count: " + context);
        assertEquals(narrower(taxonomy, facet, value), value.narrower(), "narrower of " + value.value() + ": "
            + context);
      }
      assertEquals(expected.facets().get(dimension), actual, "facet " + dimension + ": " + context);
    }
  }

  /** The values of the concepts directly narrower than {@code value} that have a count, in the result's order. */
  private static List<String> narrower(Taxonomy taxonomy, FacetResult facet, FacetValue value) {
    if (facet.dimension().kind() != FacetDimension.Kind.CONCEPTS) {
      return List.of();
    }
    Set<String> below = new HashSet<>();
    taxonomy.narrower(ConceptId.of(value.value())).forEach(c -> below.add(c.id().value()));
    return facet.values().stream().map(FacetValue::value).filter(below::contains).toList();
  }

  private static String key(SearchHit hit) {
    return hit.kind() == HitKind.ITEM ? "i:" + hit.item().orElseThrow() : "c:" + hit.community();
  }

  private static String describe(SearchRequest r) {
    return "text=" + r.text() + " concepts=" + r.concepts() + (r.includeNarrower() ? "+narrower" : "")
        + " communities=" + r.communities() + " types=" + r.itemTypes() + " kinds=" + r.kinds() + " languages="
        + r.languages() + " from=" + r.from() + " to=" + r.to() + " states=" + r.reviewStates() + " sort="
        + r.sort() + " page=" + r.pageSize() + " drill=" + r.drillDowns();
  }

  private static SearchRequest request(RandomWorld w) {
    SearchRequestBuilder b = SearchRequest.builder();
    switch (w.random.nextInt(8)) {
      case 0, 1 -> { }
      case 2, 3 -> b.text(w.word());
      case 4 -> b.text(w.word().substring(0, 2 + w.random.nextInt(2)) + "*");
      case 5 -> b.text("\"" + w.word() + " " + w.word() + "\"");
      case 6 -> b.text(w.word() + " -" + w.word());
      default -> b.text(w.word() + " " + w.word());
    }
    if (w.random.nextInt(4) == 0) {
      b.concepts(w.concepts(1).toArray(ConceptId[]::new)).includeNarrower(w.random.nextInt(3) != 0);
    }
    if (w.random.nextInt(5) == 0) {
      b.communities(CommunityId.of(w.pick(w.communities)));
    }
    if (w.random.nextInt(6) == 0) {
      b.itemTypes(w.pick(List.of(ItemType.values())));
    }
    if (w.random.nextInt(6) == 0) {
      b.kinds(w.pick(List.of(HitKind.values())));
    }
    if (w.random.nextInt(6) == 0) {
      b.languages(w.pick(List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"), Locale.GERMAN)));
    }
    if (w.random.nextInt(6) == 0) {
      Instant from = RandomWorld.EARLIEST.plus(Duration.ofDays(w.random.nextInt(700)));
      b.dateRange(w.random.nextBoolean() ? from : null, from.plus(Duration.ofDays(1 + w.random.nextInt(600))));
    }
    b.reviewStates(w.states().toArray(dev.convene.core.model.ReviewState[]::new));
    b.facets(FACETS.toArray(FacetDimension[]::new));
    int drills = w.random.nextInt(4) == 0 ? 2 : w.random.nextInt(2);
    for (int i = 0; i < drills; i++) {
      FacetDimension dimension = w.pick(FACETS);
      b.drillDown(dimension, switch (dimension.kind()) {
        case TYPE -> w.pick(List.of("document", "event", "announcement", "discussion", "community"));
        case LANGUAGE -> w.pick(List.of("en", "fr", "es", "de"));
        case COMMUNITY -> w.pick(w.communities);
        case YEAR -> Integer.toString(2022 + w.random.nextInt(4));
        case CONCEPTS -> w.pick(w.taxonomy.concepts(dimension.scheme().orElseThrow())).id().value();
      });
    }
    b.sort(w.random.nextBoolean() ? SortOrder.RELEVANCE : SortOrder.DATE);
    b.pageSize(w.random.nextInt(4) == 0 ? 1 + w.random.nextInt(4) : 1000);
    return b.build();
  }

  /** Changes privacy settings and memberships at random, as the platform would, without reindexing. */
  private static void mutate(RandomWorld w) {
    Fixture f = w.fixture;
    for (String slug : w.communities) {
      var community = f.storage.read(tx -> tx.communities().get(CommunityId.of(slug))).orElseThrow();
      if (community.purpose() != Purpose.HIDDEN_GROUP && w.random.nextInt(3) == 0) {
        f.privacy(slug, w.pick(List.of(Privacy.values())));
      }
      if (w.random.nextInt(3) == 0) {
        var sections = w.sections();
        f.update(slug, b -> b.sections(sections));
      }
    }
    for (int i = 0; i < 4; i++) {
      String slug = w.pick(w.communities);
      String user = w.pick(w.users);
      Optional<?> existing = f.storage.read(tx -> tx.memberships().get(CommunityId.of(slug),
          dev.convene.core.model.UserId.of(user)));
      if (existing.isPresent()) {
        f.leave(slug, user);
      } else if (w.random.nextBoolean()) {
        f.member(slug, user, w.pick(List.of(Role.MEMBER, Role.MODERATOR, Role.ADMIN)));
      } else {
        f.membership(slug, user, MembershipState.BLOCKED, Role.MEMBER, Optional.empty());
      }
    }
    if (w.random.nextBoolean()) {
      f.clock.advance(Duration.ofDays(2)); // pending invitations lapse, announcements expire
    }
  }
}
