package dev.convene.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.ValidationException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.JoinPolicy;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Role;
import dev.convene.core.taxonomy.Taxonomy;
import dev.convene.search.internal.Analyzers;
import dev.convene.search.internal.IndexEngine;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IndexMaintenanceTest {
  private final Fixture world = new Fixture();

  private static long count(SearchIndex index, Actor actor, String text) {
    return index.search(actor, SearchRequest.builder().text(text).build()).total();
  }

  @Test
  @DisplayName("a privacy or membership change counts from the next query, and no document is reindexed")
  void privacyAndMembershipWithoutReindex() {
    world.community("water", c -> c.name("Water"));
    world.item("m1", dev.convene.core.model.ItemType.DOCUMENT, "water", "ada", "Budget draft", "budget",
        Locale.ENGLISH, dev.convene.core.model.Visibility.MEMBERS, dev.convene.core.model.ReviewState.PUBLISHED,
        Fixture.START);
    world.document("p1", "water", "Open budget", "budget");
    try (SearchIndex index = world.index()) {
      Actor olga = Actor.user("olga");
      IndexStats before = index.stats();
      assertEquals(1, count(index, olga, "budget"));
      world.member("water", "olga", Role.MEMBER);
      assertEquals(2, count(index, olga, "budget"), "a new member sees members-only items at once");
      world.leave("water", "olga");
      assertEquals(1, count(index, olga, "budget"), "and loses them at once");
      world.update("water", c -> c.privacy(Privacy.PRIVATE).joinPolicy(JoinPolicy.REQUEST));
      assertEquals(0, count(index, olga, "budget"), "a private community's public items are members-only");
      assertEquals(0, count(index, Actor.anonymous(), "water"), "and the community is unknown to anonymous visitors");
      world.update("water", c -> c.privacy(Privacy.PUBLIC));
      assertEquals(1, count(index, olga, "budget"), "public again");
      IndexStats after = index.stats();
      assertEquals(before.documentsWritten(), after.documentsWritten());
      assertEquals(before.maxDoc(), after.maxDoc());
      assertEquals(before.documents(), after.documents());
    }
  }

  @Test
  @DisplayName("after many small writes, awaitMerged leaves the index searched and committed in fewer segments")
  void awaitMerged() throws java.io.IOException {
    world.community("water", c -> c.name("Water"));
    org.apache.lucene.store.ByteBuffersDirectory directory = new org.apache.lucene.store.ByteBuffersDirectory();
    try (SearchIndex index = world.index(directory)) {
      int written = 30;
      for (int i = 0; i < written; i++) {
        world.document("d" + i, "water", "Report " + i, "budget");
        index.catchUp(); // each catch-up makes its document searchable: a segment of its own, until merged
      }
      assertTrue(index.awaitMerged(java.time.Duration.ofSeconds(30)));
      IndexStats merged = index.stats();
      assertTrue(merged.segments() < written, "merged: " + merged.segments() + " segments");
      assertEquals(merged.segments(), org.apache.lucene.index.SegmentInfos.readLatestCommit(directory).size(),
          "the segments searched are the ones committed");
      assertEquals(written, count(index, Actor.anonymous(), "budget"), "nothing lost in merging");
    }
  }

  @Test
  @DisplayName("forceMerge leaves one segment, searched and committed, with the same hits in the same order for each actor")
  void forceMerge() throws IOException {
    world.community("water", c -> c.name("Water"));
    world.item("m1", dev.convene.core.model.ItemType.DOCUMENT, "water", "ada", "Budget draft", "budget budget",
        Locale.ENGLISH, dev.convene.core.model.Visibility.MEMBERS, dev.convene.core.model.ReviewState.PUBLISHED,
        Fixture.START);
    world.member("water", "olga", Role.MEMBER);
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    try (SearchIndex index = world.index(directory)) {
      for (int i = 0; i < 12; i++) {
        // a different number of matching words each, so that the order is by score, not by tie
        world.document("d" + i, "water", "Report " + i, "budget " + "water ".repeat(i));
        if (i % 6 == 5) {
          index.catchUp(); // a segment for each six: too few segments for the merge policy to merge
        }
      }
      assertTrue(index.stats().segments() > 1, "the writes made several segments: " + index.stats().segments());
      SearchRequest request = SearchRequest.builder().text("budget").build();
      List<String> anonymous = hits(index.search(Actor.anonymous(), request));
      List<String> member = hits(index.search(Actor.user("olga"), request));

      index.forceMerge(1);

      assertEquals(1, index.stats().segments());
      assertEquals(1, org.apache.lucene.index.SegmentInfos.readLatestCommit(directory).size(),
          "the merged index is committed");
      assertEquals(anonymous, hits(index.search(Actor.anonymous(), request)), "the same hits, in the same order");
      assertEquals(member, hits(index.search(Actor.user("olga"), request)));
      assertEquals(12, anonymous.size(), "anonymous visitors see the public items only");
      assertEquals(13, member.size(), "a member sees the members-only item too");
      world.document("late", "water", "Late report", "budget");
      index.catchUp();
      assertEquals(14, count(index, Actor.user("olga"), "budget"), "the index goes on following the store");
    }
  }

  @Test
  @DisplayName("forceMerge refuses fewer than one segment, and a closed index")
  void forceMergeRefusals() {
    world.community("water", c -> c.name("Water"));
    world.document("d1", "water", "Report", "budget");
    SearchIndex index = world.index();
    try (index) {
      ValidationException refused = assertThrows(ValidationException.class, () -> index.forceMerge(0));
      assertEquals("maxSegments", refused.field());
      assertEquals(1, count(index, Actor.anonymous(), "budget"), "and the index still serves");
    }
    dev.convene.core.ConveneException closed =
        assertThrows(dev.convene.core.ConveneException.class, () -> index.forceMerge(1));
    assertEquals("search-index.closed", closed.code());
  }

  private static List<String> hits(SearchResult result) {
    return result.hits().stream().map(hit -> hit.item().orElseThrow().value()).toList();
  }

  @Test
  @DisplayName("relabelling a concept reindexes nothing, and facets and hits show the new label")
  void relabelWithoutReindex() {
    world.taxonomy(TaxonomyFixture.taxonomy());
    world.community("water", c -> c.name("Water"));
    world.document("d1", "water", "Chile", "text", TaxonomyFixture.PENSIONS.value());
    try (SearchIndex index = world.index()) {
      SearchRequest request = SearchRequest.builder().kinds(HitKind.ITEM)
          .facets(FacetDimension.concepts(TaxonomyFixture.THEMES)).build();
      assertEquals("Pensions", label(index.search(Actor.anonymous(), request)));
      long written = index.stats().documentsWritten();
      Taxonomy current = world.storage.read(tx -> tx.taxonomy().current().taxonomy());
      world.taxonomy(current.with(current.require(TaxonomyFixture.PENSIONS).withPrefLabel(Locale.ENGLISH,
          "Old-age pensions")));
      SearchResult result = index.search(Actor.anonymous(), request);
      assertEquals("Old-age pensions", label(result));
      assertEquals("Old-age pensions", result.hits().get(0).concepts().get(0).label());
      assertEquals(1, count(index, Actor.anonymous(), "\"old-age pensions\""), "and the new label expands queries");
      assertEquals(written, index.stats().documentsWritten());
    }
  }

  private static String label(SearchResult result) {
    return result.facet(FacetDimension.concepts(TaxonomyFixture.THEMES)).orElseThrow()
        .find(TaxonomyFixture.PENSIONS.value()).orElseThrow().label();
  }

  @Test
  @DisplayName("an indexer stopped mid-way catches up from its last commit: nothing missing, nothing twice")
  void crashAndCatchUp() throws IOException {
    world.community("water", c -> c.name("Water"));
    for (int i = 0; i < 40; i++) {
      world.document("d" + i, "water", "Report " + i, "text");
    }
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    IndexEngine engine = IndexEngine.open(world.storage, directory, new Analyzers(), world.clock,
        Duration.ofSeconds(10), Duration.ofSeconds(1));
    dev.convene.search.internal.Rebuilder.rebuild(engine, world.storage, RebuildProgress.NONE);
    for (int i = 40; i < 100; i++) {
      world.document("d" + i, "water", "Report " + i, "text");
    }
    world.storage.useTransaction(tx -> tx.items().update(tx.items().get(ItemId.of("d3")).orElseThrow()
        .withHeader(tx.items().get(ItemId.of("d3")).orElseThrow().header().withTitle("Report three", Fixture.START))));
    world.storage.useTransaction(tx -> tx.items().delete(ItemId.of("d5"), 1));
    assertEquals(25, engine.apply(25));
    engine.commit();
    long committed = engine.appliedSequence();
    assertEquals(20, engine.apply(20));
    engine.crash(); // the last 20 were applied but never committed
    try (SearchIndex index = SearchIndex.builder().storage(world.storage).directory(directory).clock(world.clock)
        .build()) {
      assertTrue(committed > 0);
      index.catchUp();
      assertEquals(1, count(index, Actor.anonymous(), "three"));
      assertEquals(99, index.search(Actor.anonymous(), SearchRequest.builder().kinds(HitKind.ITEM).build()).total());
    }
    Map<String, Integer> keys = keys(directory); // as committed on close
    List<String> expected = new ArrayList<>();
    expected.add("c:water");
    for (int i = 0; i < 100; i++) {
      if (i != 5) {
        expected.add("i:d" + i);
      }
    }
    assertEquals(expected.stream().sorted().toList(), keys.keySet().stream().sorted().toList());
    assertTrue(keys.values().stream().allMatch(n -> n == 1), "a document indexed twice: " + keys);
  }

  private static Map<String, Integer> keys(ByteBuffersDirectory directory) throws IOException {
    Map<String, Integer> keys = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      StoredFields stored = reader.storedFields();
      var live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        if (live == null || live.get(doc)) {
          keys.merge(stored.document(doc).get("key"), 1, Integer::sum);
        }
      }
    }
    return keys;
  }

  @Test
  @DisplayName("a new index rebuilds from the store, reporting progress up to the total")
  void rebuildWithProgress() {
    world.community("water", c -> c.name("Water"));
    for (int i = 0; i < 12; i++) {
      world.document("d" + i, "water", "Report " + i, "text");
    }
    try (SearchIndex index = world.index()) {
      List<long[]> progress = new ArrayList<>();
      index.rebuild((done, total) -> progress.add(new long[] {done, total}));
      assertEquals(0, progress.get(0)[0]);
      assertEquals(13, progress.get(0)[1]);
      long[] last = progress.get(progress.size() - 1);
      assertEquals(13, last[0]);
      assertEquals(13, last[1]);
      assertEquals(13, index.stats().documents());
      assertEquals(12, count(index, Actor.anonymous(), "report"));
    }
  }

  @Test
  @DisplayName("with the follower running, a saved item is searchable within a second, and awaitCurrent reads one's own write")
  void nearRealTime() throws InterruptedException {
    world.community("water", c -> c.name("Water"));
    try (SearchIndex index = world.index()) {
      index.start();
      world.document("d1", "water", "Fresh report", "text");
      long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
      while (count(index, Actor.anonymous(), "fresh") == 0 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertEquals(1, count(index, Actor.anonymous(), "fresh"), "not searchable within a second");
      world.document("d2", "water", "Another report", "text");
      assertTrue(index.awaitCurrent(Duration.ofSeconds(5)));
      assertEquals(1, count(index, Actor.anonymous(), "another"));
      world.storage.useTransaction(tx -> tx.items().delete(ItemId.of("d2"), 1));
      assertTrue(index.awaitCurrent(Duration.ofSeconds(5)));
      assertEquals(0, count(index, Actor.anonymous(), "another"));
      assertEquals(CommunityId.of("water"), index.search(Actor.anonymous(),
          SearchRequest.builder().text("water").build()).hits().get(0).community());
    }
  }

  @Test
  @DisplayName("the indexing buffer is configurable, within bounds, and indexes the same documents")
  void indexingBuffer() {
    world.community("water", c -> c.name("Water"));
    for (int i = 0; i < 50; i++) {
      world.document("d" + i, "water", "Budget " + i, "budget lines");
    }
    for (int mb : new int[] {1, 256}) {
      try (SearchIndex index = SearchIndex.builder().storage(world.storage)
          .directory(new ByteBuffersDirectory()).indexingBufferMb(mb).build()) {
        index.catchUp();
        assertEquals(50, count(index, Actor.anonymous(), "budget"), mb + " MiB");
      }
    }
    assertThrows(ValidationException.class, () -> SearchIndex.builder().indexingBufferMb(0));
    assertThrows(ValidationException.class, () -> SearchIndex.builder().indexingBufferMb(2_001));
  }

  @Test
  @DisplayName("writesElsewhereWithin takes zero or a positive duration, and refuses a negative or missing one")
  void writesElsewhereWithinValidated() {
    SearchIndex.builder().writesElsewhereWithin(java.time.Duration.ZERO)
        .writesElsewhereWithin(java.time.Duration.ofMillis(200));
    ValidationException negative = assertThrows(ValidationException.class,
        () -> SearchIndex.builder().writesElsewhereWithin(java.time.Duration.ofMillis(-1)));
    assertEquals("writesElsewhereWithin", negative.field());
    assertThrows(ValidationException.class, () -> SearchIndex.builder().writesElsewhereWithin(null));
  }
}
