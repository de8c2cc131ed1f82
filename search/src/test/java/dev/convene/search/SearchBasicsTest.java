package dev.convene.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.model.Actor;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Role;
import dev.convene.core.model.Visibility;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SearchBasicsTest {
  private final Fixture world = new Fixture();
  private SearchIndex index;

  @AfterEach
  void close() {
    if (index != null) {
      index.close();
    }
  }

  private List<String> titles(Actor actor, String text) {
    return index.search(actor, SearchRequest.builder().text(text).build()).hits().stream()
        .map(SearchHit::title).sorted().toList();
  }

  @Test
  @DisplayName("a published public document is found by its words, stemmed, by anyone")
  void publicDocumentFound() {
    world.community("water", c -> c.name("Water"));
    world.document("d1", "water", "Pensions in Chile", "A review of pension reforms.");
    index = world.index();
    assertEquals(List.of("Pensions in Chile"), titles(Actor.anonymous(), "pension"));
    assertEquals(List.of("Pensions in Chile"), titles(Actor.user("olga"), "reform"));
    assertEquals(List.of(), titles(Actor.user("olga"), "housing"));
  }

  @Test
  @DisplayName("a members-only document is found by members only, and its community's privacy counts at once")
  void membersOnly() {
    world.community("water", c -> c.name("Water"));
    world.member("water", "mia", Role.MEMBER);
    world.item("d1", dev.convene.core.model.ItemType.DOCUMENT, "water", "mia", "Board minutes", "budget",
        java.util.Locale.ENGLISH, Visibility.MEMBERS, dev.convene.core.model.ReviewState.PUBLISHED, Fixture.START);
    world.document("d2", "water", "Open budget", "budget");
    index = world.index();
    assertEquals(List.of("Board minutes", "Open budget"), titles(Actor.user("mia"), "budget"));
    assertEquals(List.of("Open budget"), titles(Actor.user("olga"), "budget"));
    world.update("water", c -> c.privacy(Privacy.PRIVATE).joinPolicy(dev.convene.core.model.JoinPolicy.REQUEST));
    assertEquals(List.of(), titles(Actor.user("olga"), "budget"));
    assertEquals(List.of("Board minutes", "Open budget"), titles(Actor.user("mia"), "budget"));
    assertTrue(index.stats().documents() >= 2);
  }

  @Test
  @DisplayName("the privacy filter is cached by the set of communities, so outsiders share it and a new member gets a new key")
  void filtersSharedBySet() {
    world.community("water", c -> c.name("Water"));
    world.community("soil", c -> c.name("Soil"));
    world.document("d1", "water", "Open budget", "budget");
    index = world.index();
    titles(Actor.user("olga"), "budget");
    IndexStats first = index.stats();
    titles(Actor.user("oscar"), "budget");
    IndexStats second = index.stats();
    assertEquals(first.filterCacheMisses(), second.filterCacheMisses(), "another outsider computed nothing new");
    assertTrue(second.filterCacheHits() > first.filterCacheHits());
    world.member("water", "oscar", Role.MEMBER);
    titles(Actor.user("oscar"), "budget");
    assertTrue(index.stats().filterCacheMisses() > second.filterCacheMisses(), "a member's own communities are a new key");
    long misses = index.stats().filterCacheMisses();
    world.member("water", "mia", Role.MEMBER);
    titles(Actor.user("mia"), "budget");
    assertEquals(misses, index.stats().filterCacheMisses(), "another member of the same community shares it");
  }
}
