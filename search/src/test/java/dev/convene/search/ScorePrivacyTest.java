package dev.convene.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.convene.core.model.Actor;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.ItemType;
import dev.convene.core.model.JoinPolicy;
import dev.convene.core.model.PlatformRole;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Role;
import dev.convene.core.model.Visibility;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Relevance is computed from what the actor may see: adding or removing documents the actor may not
 * see, however many of them hold the query's words, changes no score and no order, while adding a
 * document the actor may see does change them.
 */
class ScorePrivacyTest {
  private static final List<String> QUERIES = List.of("water", "water rivers", "\"clean water\"", "wat* rivers");
  private static final Map<String, Actor> ACTORS = new LinkedHashMap<>(Map.of("mia", Actor.user("mia"), "olga",
      Actor.user("olga"), "anonymous", Actor.anonymous()));

  private final Fixture world = new Fixture();
  private SearchIndex index;

  @BeforeEach
  void setUp() {
    world.community("open", c -> c.name("Open"));
    world.community("other", c -> c.name("Other"));
    world.community("board", c -> c.name("Board").privacy(Privacy.PRIVATE).joinPolicy(JoinPolicy.REQUEST));
    world.member("open", "mia", Role.MEMBER);
    world.member("board", "bob", Role.MEMBER);
    world.member("other", "bob", Role.MEMBER);
    world.document("d1", "open", "Water policy", "Water, water and rivers.");
    world.document("d2", "open", "Rivers", "Clean water for all rivers and lakes of the region.");
    world.document("d3", "other", "Lakes", "Clean lakes, clean water.");
    item("m1", "open", "mia", Visibility.MEMBERS, ReviewState.PUBLISHED, "Water minutes", "The water board met.");
    index = world.index();
  }

  @AfterEach
  void close() {
    index.close();
  }

  private void item(String id, String community, String author, Visibility visibility, ReviewState state,
      String title, String text) {
    world.item(id, ItemType.DOCUMENT, community, author, title, text, Locale.ENGLISH, visibility, state,
        Fixture.START);
  }

  /** For every actor and query, the hits in order with their exact scores. */
  private Map<String, List<String>> ranking() {
    Map<String, List<String>> ranking = new LinkedHashMap<>();
    for (Map.Entry<String, Actor> actor : ACTORS.entrySet()) {
      for (String query : QUERIES) {
        SearchResult result = index.search(actor.getValue(), SearchRequest.builder().text(query).build());
        ranking.put(actor.getKey() + " " + query, result.hits().stream()
            .map(h -> h.item().map(ItemId::value).orElse("c:" + h.community().value()) + "=" + h.score()).toList());
      }
    }
    return ranking;
  }

  private static List<String> ids(List<String> hits) {
    return hits.stream().map(hit -> hit.substring(0, hit.indexOf('='))).sorted().toList();
  }

  private void refresh() {
    index.awaitCurrent(Duration.ofSeconds(5));
  }

  @Test
  @DisplayName("hidden documents with the query's words, added or removed, change no score and no order")
  void hiddenDocumentsChangeNothing() {
    Map<String, List<String>> before = ranking();
    assertEquals(List.of("d1", "d2", "d3", "m1"), ids(before.get("mia water")));
    assertEquals(List.of("d1", "d2", "d3"), ids(before.get("olga water")));

    String words = "Water water water water, rivers of clean water and lakes; water everywhere.";
    item("h1", "board", "bob", Visibility.MEMBERS, ReviewState.PUBLISHED, "Water secrets", words);
    item("h2", "board", "bob", Visibility.PUBLIC, ReviewState.PUBLISHED, "Water plans", words);
    item("h3", "open", "bob", Visibility.PUBLIC, ReviewState.DRAFT, "Water draft", words);
    item("h4", "open", "bob", Visibility.PUBLIC, ReviewState.SUBMITTED, "Water submission", words);
    item("h5", "other", "bob", Visibility.MEMBERS, ReviewState.PUBLISHED, "Water for members", words);
    item("h6", "other", "bob", Visibility.PUBLIC, ReviewState.ARCHIVED, "Water archive", words);
    for (int i = 0; i < 20; i++) {
      item("long" + i, "board", "bob", Visibility.MEMBERS, ReviewState.PUBLISHED, "Report " + i,
          "A long text that makes the average length of every field of the index very different from before "
              + "with many more words than any of the short documents the others may read. ".repeat(5));
    }
    refresh();
    assertEquals(before, ranking(), "the hidden documents are counted in no score");
    Actor admin = Actor.user("root", PlatformRole.PLATFORM_ADMIN);
    List<String> all = index.search(admin, SearchRequest.builder().text("water").reviewStates(ReviewState.values())
        .build()).hits().stream().map(h -> h.item().orElseThrow().value()).sorted().toList();
    assertEquals(List.of("d1", "d2", "d3", "h1", "h2", "h3", "h4", "h5", "h6", "m1"), all,
        "the hidden documents are indexed: a platform admin finds them");

    for (String id : List.of("h1", "h3", "h5", "long0", "long1")) {
      world.storage.useTransaction(tx -> tx.items().delete(ItemId.of(id),
          tx.items().get(ItemId.of(id)).orElseThrow().version()));
    }
    refresh();
    assertEquals(before, ranking(), "nor are they when some are removed again");

    // saved again unchanged: its old copy is deleted in its segment and a new one written in another
    world.storage.useTransaction(tx -> tx.items().update(tx.items().get(ItemId.of("d1")).orElseThrow()));
    refresh();
    assertEquals(before, ranking(), "deleted copies count nowhere, wherever the live one is");
  }

  @Test
  @DisplayName("a document the actor may see, added, changes the scores: the statistics are not fixed")
  void visibleDocumentChangesScores() {
    Map<String, List<String>> before = ranking();
    world.document("d4", "other", "Water, water, water", "Water everywhere: water in the rivers.");
    refresh();
    Map<String, List<String>> after = ranking();
    for (String actor : ACTORS.keySet()) {
      List<String> was = before.get(actor + " water");
      List<String> now = after.get(actor + " water");
      assertNotEquals(was, now.stream().filter(s -> !s.startsWith("d4=")).toList(), actor + ": the scores change");
    }
  }

  @Test
  @DisplayName("a document only members see changes the members' scores, and not the outsiders'")
  void statisticsPerAudience() {
    Map<String, List<String>> before = ranking();
    item("m2", "open", "mia", Visibility.MEMBERS, ReviewState.PUBLISHED, "Water report", "Water, water, water.");
    refresh();
    Map<String, List<String>> after = ranking();
    assertNotEquals(before.get("mia water"), after.get("mia water").stream().filter(s -> !s.startsWith("m2=")).toList());
    for (String outsider : List.of("olga", "anonymous")) {
      for (String query : QUERIES) {
        assertEquals(before.get(outsider + " " + query), after.get(outsider + " " + query), outsider + " " + query);
      }
    }
  }
}
