package dev.convene.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.ConveneException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.JoinPolicy;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Purpose;
import dev.convene.core.model.Visibility;
import dev.convene.search.SearchHit;
import dev.convene.search.SearchRequest;
import dev.convene.storage.memory.InMemoryStorage;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SearchServiceTest {
  private static final Actor ADA = Actor.user("ada");
  private static final Actor OLGA = Actor.user("olga");

  private final Convene convene = Convene.builder().storage(InMemoryStorage.create())
      .search(new ByteBuffersDirectory()).build();

  @AfterEach
  void close() {
    convene.close();
  }

  private List<String> titles(Actor actor, String text) {
    return convene.search(actor, SearchRequest.builder().text(text).build()).hits().stream().map(SearchHit::title)
        .sorted().toList();
  }

  private Item publish(Community community, String title, Visibility visibility) {
    Item draft = convene.content().create(ADA, community.id(),
        ItemDraft.document(title, Locale.ENGLISH, visibility).summary("A study of water tariffs."));
    return convene.content().submitOrPublish(ADA, draft.id());
  }

  @Test
  @DisplayName("a published item is found once the caller waits for its own write, and only by those who may see it")
  void readYourWrites() {
    Community water = convene.communities().create(ADA, "water", c -> c.name("Water"));
    publish(water, "Tariffs in Lima", Visibility.PUBLIC);
    publish(water, "Board notes on tariffs", Visibility.MEMBERS);
    assertTrue(convene.awaitSearchable(Duration.ofSeconds(5)));
    assertEquals(List.of("Board notes on tariffs", "Tariffs in Lima"), titles(ADA, "tariff"));
    assertEquals(List.of("Tariffs in Lima"), titles(OLGA, "tariff"));
    convene.memberships().join(OLGA, water.id());
    assertEquals(List.of("Board notes on tariffs", "Tariffs in Lima"), titles(OLGA, "tariff"),
        "a new member reads members-only items on the very next query");
    Community current = convene.communities().get(ADA, water.id());
    convene.communities().update(ADA, water.id(), current.version(),
        b -> b.privacy(Privacy.PRIVATE).joinPolicy(JoinPolicy.REQUEST));
    assertEquals(List.of(), titles(Actor.anonymous(), "tariff"), "a private community shows nothing to visitors");
  }

  @Test
  @DisplayName("a hidden group and what it holds never show to outsiders, in hits or facets")
  void hiddenGroups() {
    Community secret = convene.communities().create(ADA, "task-force", c -> c.name("Task Force")
        .purpose(Purpose.HIDDEN_GROUP));
    publish(secret, "Tariff strategy", Visibility.MEMBERS);
    assertTrue(convene.awaitSearchable(Duration.ofSeconds(5)));
    assertEquals(List.of("Tariff strategy"), titles(ADA, "tariff"));
    assertEquals(List.of(), titles(OLGA, "tariff"));
    assertEquals(List.of(), titles(OLGA, "task force"));
    assertEquals(0, convene.search(OLGA, SearchRequest.builder().facets(dev.convene.search.FacetDimension.COMMUNITY)
        .build()).facets().get(0).values().size());
  }

  @Test
  @DisplayName("without search configured, searching says so")
  void notConfigured() {
    try (Convene plain = Convene.builder().storage(InMemoryStorage.create()).build()) {
      ConveneException e = assertThrows(ConveneException.class,
          () -> plain.search(ADA, SearchRequest.builder().build()));
      assertTrue(e.getMessage().contains("search is not configured"), e.getMessage());
    }
  }
}
