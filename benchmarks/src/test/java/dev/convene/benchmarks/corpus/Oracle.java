package dev.convene.benchmarks.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.benchmarks.engine.Result;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.Document;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.Membership;
import dev.convene.core.policy.AccessContext;
import dev.convene.core.policy.AccessPolicy;
import dev.convene.core.policy.Action;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the access policy and the taxonomy say of a world's documents, held in memory: the answers the
 * engines' tests check hits against.
 */
public final class Oracle {
  private static final AccessPolicy POLICY = AccessPolicy.standard();

  private final World world;
  private final Map<ItemId, Document> documents;
  private final Map<CommunityId, Community> communities;

  /** Every document of {@code world}, generated once. */
  public Oracle(World world) {
    this.world = world;
    this.documents = world.documents().collect(Collectors.toUnmodifiableMap(Document::id, Function.identity()));
    this.communities = world.communities().stream()
        .collect(Collectors.toUnmodifiableMap(Community::id, Function.identity()));
  }

  /** Every document, by id. */
  public Map<ItemId, Document> documents() {
    return documents;
  }

  /** The document {@code id}. */
  public Document document(ItemId id) {
    return documents.get(id);
  }

  /** Whether {@link AccessPolicy#standard()} lets {@code audience} view {@code document}. */
  public boolean allowed(Audience audience, Document document) {
    Community community = communities.get(document.community());
    Optional<Membership> membership = audience.memberships().stream()
        .filter(m -> m.community().equals(community.id())).findFirst();
    AccessContext context = AccessContext.of(community, Instant.now()).withMembership(membership).withItem(document);
    return POLICY.decide(audience.actor(), Action.VIEW_ITEM, context).isAllowed();
  }

  /** How many documents {@code audience} may view. */
  public long allowedCount(Audience audience) {
    return documents.values().stream().filter(d -> allowed(audience, d)).count();
  }

  /** Whether {@code document} carries {@code concept} or a narrower one. */
  public boolean taggedUnder(Document document, ConceptId concept) {
    return document.concepts().stream()
        .flatMap(c -> Stream.concat(Stream.of(c), world.taxonomy().ancestors(c).stream().map(a -> a.id())))
        .anyMatch(concept::equals);
  }

  /**
   * Asserts that any document one audience found, every audience that may view it found too.
   *
   * @param hits each audience's hits, by audience name
   * @param what the query, for the message
   */
  public void assertEveryAllowedAudienceSees(Map<String, Set<ItemId>> hits, String what) {
    Set<ItemId> found = new HashSet<>();
    hits.values().forEach(found::addAll);
    for (Audience audience : world.audiences()) {
      for (ItemId id : found) {
        if (allowed(audience, documents.get(id))) {
          assertTrue(hits.get(audience.name()).contains(id), () -> audience.name() + " misses " + id + " in " + what);
        }
      }
    }
  }

  /** A facet's counts by key, in its order. */
  public static Map<String, Long> counts(Result.Facet facet) {
    Map<String, Long> counts = new LinkedHashMap<>();
    facet.values().forEach(v -> counts.put(v.key(), v.count()));
    return counts;
  }

  /**
   * Asserts that two engines' top values of a facet agree: the same counts in the same order, and the
   * same values wherever a count is larger than the last one shown. Values tied with the last one are
   * cut where each engine's order among equal counts puts them (the baseline by id, Convene by label),
   * so which of them is shown may differ.
   */
  public static void assertSameTop(Result.Facet expected, Result.Facet actual, String what) {
    List<Long> expectedCounts = expected.values().stream().map(Result.FacetValue::count).toList();
    assertEquals(expectedCounts, actual.values().stream().map(Result.FacetValue::count).toList(), what);
    long last = expectedCounts.isEmpty() ? 0 : expectedCounts.getLast();
    assertEquals(above(expected, last), above(actual, last), what);
  }

  private static Map<String, Long> above(Result.Facet facet, long last) {
    Map<String, Long> counts = new java.util.HashMap<>();
    facet.values().stream().filter(v -> v.count() > last).forEach(v -> counts.put(v.key(), v.count()));
    return counts;
  }
}
