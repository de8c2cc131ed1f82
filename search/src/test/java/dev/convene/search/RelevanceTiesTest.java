package dev.convene.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.convene.core.model.Actor;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hits of equal score come in the order of their keys, on the first page as on the next ones,
 * whether the tie falls inside a page or across its end.
 */
class RelevanceTiesTest {
  private final Fixture world = new Fixture();

  private SearchIndex index() {
    SearchIndex index = SearchIndex.builder().storage(world.storage).directory(new ByteBuffersDirectory())
        .clock(world.clock).build();
    index.catchUp();
    return index;
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(h -> h.item().orElseThrow().value()).toList();
  }

  private static List<List<String>> pages(SearchIndex index, SearchRequest request) {
    List<List<String>> pages = new ArrayList<>();
    SearchResult page = index.search(Actor.anonymous(), request);
    pages.add(ids(page));
    while (page.nextCursor().isPresent()) {
      page = index.search(Actor.anonymous(), request.next(page).orElseThrow());
      pages.add(ids(page));
    }
    return pages;
  }

  @Test
  @DisplayName("equal scores are ordered by key within a page and across its end; a better match comes first")
  void tiesByKey() {
    world.community("water", c -> c);
    // written in an order that is not the keys' order, so that index order cannot pass for it
    for (String id : List.of("t4", "t2", "t5", "t1", "t3")) {
      world.document(id, "water", "Tied report", "same words");
    }
    world.document("best", "water", "Report report report", "report report");
    try (SearchIndex index = index()) {
      SearchRequest byTwo = SearchRequest.builder().text("report").kinds(HitKind.ITEM).pageSize(2).build();
      assertEquals(List.of(List.of("best", "t1"), List.of("t2", "t3"), List.of("t4", "t5")), pages(index, byTwo),
          "a tie across the end of every page");
      SearchRequest bySix = byTwo.toBuilder().pageSize(6).build();
      assertEquals(List.of(List.of("best", "t1", "t2", "t3", "t4", "t5")), pages(index, bySix),
          "ties inside one page");
      SearchRequest byThree = byTwo.toBuilder().pageSize(3).build();
      assertEquals(List.of(List.of("best", "t1", "t2"), List.of("t3", "t4", "t5")), pages(index, byThree));
      SearchRequest byOne = byTwo.toBuilder().pageSize(1).build();
      assertEquals(List.of(List.of("best"), List.of("t1"), List.of("t2"), List.of("t3"), List.of("t4"), List.of("t5")),
          pages(index, byOne), "the first page ends before the ties");
    }
  }
}
