package dev.convene.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.model.Actor;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.search.internal.Analyzers;
import dev.convene.search.internal.DocumentMapper;
import dev.convene.search.internal.IndexEngine;
import dev.convene.search.internal.Rebuilder;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An item the index cannot index is recorded, skipped and tried again when it changes or on a
 * rebuild; what is written after it becomes searchable all the same.
 */
class IndexNeverStallsTest {
  private final Fixture world = new Fixture();
  private final PoisonStorage store = new PoisonStorage(world.storage);

  private static long count(SearchIndex index, String text) {
    return index.search(Actor.anonymous(), SearchRequest.builder().text(text).build()).total();
  }

  private long lastSequence() {
    return world.storage.read(tx -> tx.changes().lastSequence());
  }

  private SearchIndex index() {
    SearchIndex index = SearchIndex.builder().storage(store).directory(new ByteBuffersDirectory())
        .clock(world.clock).build();
    index.catchUp();
    return index;
  }

  private void retitle(String id, String title) {
    world.storage.useTransaction(tx -> {
      Item item = tx.items().get(ItemId.of(id)).orElseThrow();
      tx.items().update(item.withHeader(item.header().withTitle(title, Fixture.START)));
    });
  }

  @Test
  @DisplayName("a failed read that spoils its transaction, as on a database, still stalls nothing")
  void poisonSpoilsItsTransaction() {
    store.readsSpoil = true;
    world.community("water", c -> c.name("Water"));
    try (SearchIndex index = index()) {
      world.document("d1", "water", "Earlier report", "text");
      store.poisoned.add(ItemId.of("p1"));
      world.document("p1", "water", "Poison report", "text");
      world.document("d2", "water", "Later report", "text");
      index.catchUp();

      assertEquals(1, count(index, "earlier"), "the item read before the poison in its batch is searchable");
      assertEquals(1, count(index, "later"), "the item written after the poison is searchable");
      assertEquals(List.of("p1"), index.failures().stream().map(IndexFailure::id).toList());
      assertEquals(lastSequence(), index.stats().visibleSequence(), "the applied sequence moved past it");
    }
  }

  @Test
  @DisplayName("an item that cannot be read is listed and counted, and what was written after it is searchable")
  void poisonSkipped() {
    world.community("water", c -> c.name("Water"));
    try (SearchIndex index = index()) {
      store.poisoned.add(ItemId.of("p1"));
      world.document("p1", "water", "Poison report", "text");
      long poison = lastSequence();
      world.document("d2", "water", "Later report", "text");
      index.catchUp();

      assertEquals(1, count(index, "later"), "the item written after the poison is searchable");
      assertEquals(0, count(index, "poison"));
      List<IndexFailure> failures = index.failures();
      assertEquals(1, failures.size());
      IndexFailure failure = failures.get(0);
      assertEquals(HitKind.ITEM, failure.kind());
      assertEquals("p1", failure.id());
      assertEquals(poison, failure.sequence());
      assertTrue(failure.reason().startsWith("java.lang.IllegalStateException: row p1 cannot be decoded"),
          failure.reason());
      assertEquals(1, index.stats().failures());
      assertEquals(lastSequence(), index.stats().visibleSequence(), "the applied sequence moved past it");
    }
  }

  @Test
  @DisplayName("a skipped item is tried again when it changes, and an item that becomes unreadable leaves search")
  void retriedOnChange() {
    world.community("water", c -> c.name("Water"));
    world.document("d2", "water", "Budget report", "text");
    try (SearchIndex index = index()) {
      store.poisoned.add(ItemId.of("p1"));
      world.document("p1", "water", "Poison report", "text");
      index.catchUp();
      assertEquals(List.of("p1"), index.failures().stream().map(IndexFailure::id).toList());

      store.poisoned.remove(ItemId.of("p1"));
      retitle("p1", "Mended report");
      index.catchUp();
      assertEquals(1, count(index, "mended"));
      assertEquals(List.of(), index.failures());
      assertEquals(0, index.stats().failures());

      assertEquals(1, count(index, "budget"));
      store.poisoned.add(ItemId.of("d2"));
      retitle("d2", "Budget report, members only");
      index.catchUp();
      assertEquals(0, count(index, "budget"), "no search sees a state the store has left");
      assertEquals(List.of("d2"), index.failures().stream().map(IndexFailure::id).toList());
      world.storage.useTransaction(tx -> tx.items().delete(ItemId.of("d2"), 2));
      index.catchUp();
      assertEquals(List.of(), index.failures(), "a deleted item is no longer a failure");
    }
  }

  @Test
  @DisplayName("a rebuild tries every skipped item again")
  void retriedOnRebuild() {
    world.community("water", c -> c.name("Water"));
    try (SearchIndex index = index()) {
      store.poisoned.add(ItemId.of("p1"));
      world.document("p1", "water", "Poison report", "text");
      index.catchUp();
      assertEquals(1, index.stats().failures());
      index.rebuild(RebuildProgress.NONE); // listings read the item well: it is indexed
      assertEquals(List.of(), index.failures());
      assertEquals(1, count(index, "poison"));
    }
  }

  @Test
  @DisplayName("a rebuild completes when the store cannot list a page: it reads the items one by one")
  void unlistablePage() {
    world.community("water", c -> c.name("Water"));
    for (int i = 0; i < 7; i++) {
      world.document("d" + i, "water", "Report " + i, "text");
    }
    store.poisoned.add(ItemId.of("p1"));
    store.listingsFail = true;
    world.document("p1", "water", "Poison report", "text");
    world.storage.useTransaction(tx -> tx.items().delete(ItemId.of("d3"), 1));
    try (SearchIndex index = index()) { // a new index is rebuilt
      List<long[]> progress = new java.util.ArrayList<>();
      index.rebuild((done, total) -> progress.add(new long[] {done, total}));
      assertEquals(6, count(index, "report"), "every readable item; d3 was deleted");
      assertEquals(List.of("p1"), index.failures().stream().map(IndexFailure::id).toList());
      assertEquals(lastSequence(), index.failures().get(0).sequence());
      long[] last = progress.get(progress.size() - 1);
      assertEquals(last[0], last[1], "progress reaches its total");
      world.document("d9", "water", "Later report", "text");
      index.catchUp();
      assertEquals(7, count(index, "report"), "and the index follows the store again");
    }
  }

  @Test
  @DisplayName("an item whose document cannot be built does not stop a rebuild or the follower")
  void unmappableItem() throws IOException {
    world.community("water", c -> c.name("Water"));
    world.document("d1", "water", "First report", "text");
    world.document("p1", "water", "Poison report", "text");
    world.document("d3", "water", "Third report", "text");
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    IndexEngine engine = IndexEngine.open(world.storage, directory, new Analyzers(), world.clock,
        Duration.ofSeconds(10), Duration.ofSeconds(1));
    engine.mapItemsWith(item -> {
      if (item.title().startsWith("Poison")) {
        throw new ArithmeticException("long overflow"); // as LocalDate.MAX did in DocumentMapper
      }
      return DocumentMapper.item(item);
    });
    Rebuilder.rebuild(engine, world.storage, RebuildProgress.NONE);
    assertEquals(List.of("p1"), engine.failures().stream().map(IndexFailure::id).toList());
    assertEquals(lastSequence(), engine.failures().get(0).sequence(), "the rebuild's starting point");
    world.document("p4", "water", "Poison again", "text");
    world.document("d5", "water", "Fifth report", "text");
    engine.catchUp();
    assertEquals(List.of("p1", "p4"), engine.failures().stream().map(IndexFailure::id).toList());
    assertEquals(lastSequence(), engine.appliedSequence());
    engine.close();
    try (SearchIndex index = SearchIndex.builder().storage(world.storage).directory(directory).build()) {
      index.catchUp();
      assertEquals(3, count(index, "report"), "d1, d3 and d5");
      assertEquals(0, count(index, "poison"));
    }
  }
}
