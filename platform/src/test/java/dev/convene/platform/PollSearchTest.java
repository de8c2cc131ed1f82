package dev.convene.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.Poll;
import dev.convene.core.model.Visibility;
import dev.convene.search.FacetDimension;
import dev.convene.search.SearchHit;
import dev.convene.search.SearchRequest;
import dev.convene.search.SearchResult;
import dev.convene.storage.memory.InMemoryStorage;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Polls in search: found by their question, description and options, only by those who may see them. */
class PollSearchTest {
  private static final Actor ADA = Actor.user("ada");
  private static final Actor MEL = Actor.user("mel");
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

  private Item poll(Community community, String question, Visibility visibility, Poll.Mode mode, String... options) {
    Item draft = convene.content().create(ADA, community.id(),
        ItemDraft.poll(question, Locale.ENGLISH, visibility, mode).description("Tell us.").options(options));
    return convene.content().submitOrPublish(ADA, draft.id());
  }

  @Test
  @DisplayName("a poll is found by an option's text, and by an idea added later, only by those who may see it")
  void byOptionText() {
    Community water = convene.communities().create(ADA, "water", c -> c.name("Water"));
    convene.memberships().join(MEL, water.id());
    poll(water, "Where shall we meet?", Visibility.PUBLIC, Poll.Mode.OPTIONS, "Geneva", "Lyon");
    Item ideas = poll(water, "What next?", Visibility.MEMBERS, Poll.Mode.IDEAS);
    assertTrue(convene.awaitSearchable(Duration.ofSeconds(5)));
    assertEquals(List.of("Where shall we meet?"), titles(OLGA, "geneva"));
    assertEquals(List.of("Where shall we meet?"), titles(Actor.anonymous(), "lyon"));

    convene.polls().addIdea(MEL, ideas.id(), "Desalination plants");
    assertTrue(convene.awaitSearchable(Duration.ofSeconds(5)));
    assertEquals(List.of("What next?"), titles(MEL, "desalination"));
    assertEquals(List.of(), titles(OLGA, "desalination"), "a members-only poll is not found by outsiders");
    assertEquals(List.of(), titles(Actor.anonymous(), "desalination"));
  }

  @Test
  @DisplayName("the type facet counts polls as poll, only those the actor may see")
  void typeFacet() {
    Community water = convene.communities().create(ADA, "water", c -> c.name("Water"));
    poll(water, "Public question", Visibility.PUBLIC, Poll.Mode.OPTIONS, "Yes", "No");
    poll(water, "Members' question", Visibility.MEMBERS, Poll.Mode.OPTIONS, "Yes", "No");
    assertTrue(convene.awaitSearchable(Duration.ofSeconds(5)));
    assertEquals(List.of("poll=2"), facet(ADA));
    assertEquals(List.of("poll=1"), facet(OLGA));
  }

  private List<String> facet(Actor actor) {
    SearchResult result = convene.search(actor, SearchRequest.builder().text("question")
        .facets(FacetDimension.TYPE).build());
    return result.facets().get(0).values().stream().map(v -> v.value() + "=" + v.count()).toList();
  }
}
