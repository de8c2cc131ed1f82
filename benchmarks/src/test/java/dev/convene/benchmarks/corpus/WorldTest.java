package dev.convene.benchmarks.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.model.Community;
import dev.convene.core.model.Document;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Visibility;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@DisplayName("The world generator")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorldTest {
  private static final int DOCUMENTS = 20_000;
  private final World world = World.generate(new WorldSpec(7, DOCUMENTS, 1_000, 300, List.of(5, 50)),
      TestWorlds.corpus());
  private final List<Document> documents = world.documents().toList();

  @Test
  @DisplayName("gives the same world and the same documents for the same seed, in any order")
  void deterministic() {
    World again = World.generate(world.spec(), TestWorlds.corpus());
    assertEquals(world.communities(), again.communities());
    assertEquals(world.taxonomy(), again.taxonomy());
    assertEquals(world.audiences(), again.audiences());
    assertEquals(documents.subList(0, 500), again.documents().limit(500).toList());
    assertEquals(documents.get(DOCUMENTS - 1), again.document(DOCUMENTS - 1), "random access matches the stream");
  }

  @Test
  @DisplayName("gives another world for another seed")
  void seeded() {
    World other = World.generate(new WorldSpec(8, DOCUMENTS, 1_000, 300, List.of(5, 50)), TestWorlds.corpus());
    assertNotEquals(world.communities(), other.communities());
    assertNotEquals(documents.get(0), other.document(0));
  }

  @Test
  @DisplayName("makes 60 % of the communities public, 25 % semi-private, 15 % private, a few of them hidden")
  void privacy() {
    Map<Privacy, Long> counts = world.communities().stream()
        .collect(Collectors.groupingBy(Community::privacy, Collectors.counting()));
    assertEquals(Map.of(Privacy.PUBLIC, 600L, Privacy.SEMI_PRIVATE, 250L, Privacy.PRIVATE, 150L), counts);
    List<Community> hidden = world.communities().stream().filter(Community::isHidden).toList();
    assertEquals(5, hidden.size());
    assertTrue(hidden.stream().allMatch(c -> c.privacy() == Privacy.PRIVATE));
  }

  @Test
  @DisplayName("spreads documents over communities by a Zipf law")
  void zipfSizes() {
    Map<String, Long> sizes = documents.stream()
        .collect(Collectors.groupingBy(d -> d.community().value(), Collectors.counting()));
    for (int rank : new int[] {0, 1, 9}) {
      double expected = world.communitySizes().probability(rank) * DOCUMENTS;
      long actual = sizes.getOrDefault(world.communities().get(rank).id().value(), 0L);
      assertEquals(expected, actual, expected * 0.15, "community of rank " + rank);
    }
  }

  @Test
  @DisplayName("makes most documents public and published, with one to five concepts, a type and a date")
  void documentMix() {
    double open = documents.stream().filter(d -> d.visibility() == Visibility.PUBLIC).count() / (double) DOCUMENTS;
    double published = documents.stream().filter(d -> d.reviewState() == ReviewState.PUBLISHED).count()
        / (double) DOCUMENTS;
    assertEquals(0.8, open, 0.02);
    assertEquals(0.94, published, 0.02);
    Map<Integer, Long> conceptCounts = documents.stream()
        .collect(Collectors.groupingBy(d -> d.concepts().size(), Collectors.counting()));
    assertEquals(Set.of(1, 2, 3, 4, 5), conceptCounts.keySet());
    assertTrue(documents.stream().flatMap(d -> d.concepts().stream())
        .allMatch(c -> !world.taxonomy().require(c).deprecated()));
    assertTrue(documents.stream().allMatch(d -> DocumentGenerator.TYPES.contains(d.documentType().orElseThrow())
        && d.publicationDate().isPresent()));
  }

  @Test
  @DisplayName("keeps each document in the language of its text, recombining paragraphs of that language only")
  void languages() {
    Map<Locale, Set<String>> paragraphs = TestWorlds.corpus().texts().stream().collect(Collectors.groupingBy(
        EuroparlText::language, Collectors.flatMapping(t -> t.paragraphs().stream(), Collectors.toSet())));
    int texts = TestWorlds.corpus().texts().size();
    for (Document recombined : documents.subList(texts, texts + 500)) {
      Set<String> ofLanguage = paragraphs.get(recombined.language());
      for (String paragraph : recombined.body().split("\n\n")) {
        assertTrue(ofLanguage.contains(paragraph), () -> "a paragraph of " + recombined.id() + " is not "
            + recombined.language());
      }
    }
    Set<String> tags = documents.stream().map(d -> d.language().toLanguageTag()).collect(Collectors.toSet());
    assertTrue(tags.containsAll(Set.of("en", "fr", "es", "de", "el")), tags::toString);
  }

  @Test
  @DisplayName("gives each audience its number of active memberships, hidden groups included for the larger ones")
  void audiences() {
    Map<String, Audience> byName = world.audiences().stream()
        .collect(Collectors.toMap(Audience::name, Function.identity()));
    assertEquals(Set.of("anonymous", "member-of-5", "member-of-50"), byName.keySet());
    assertTrue(byName.get("anonymous").memberships().isEmpty());
    assertEquals(5, byName.get("member-of-5").activeCommunities().size());
    Set<String> hidden = new HashSet<>();
    world.communities().stream().filter(Community::isHidden).forEach(c -> hidden.add(c.id().value()));
    assertEquals(50, byName.get("member-of-50").activeCommunities().size());
    assertTrue(byName.get("member-of-50").activeCommunities().stream().anyMatch(c -> hidden.contains(c.value())));
  }
}
