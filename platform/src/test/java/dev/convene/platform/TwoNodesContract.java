package dev.convene.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.NotFoundException;
import dev.convene.core.ValidationException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.PlatformRole;
import dev.convene.core.model.Purpose;
import dev.convene.core.model.SchemeId;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import dev.convene.core.policy.Action;
import dev.convene.core.policy.Decision;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.ConceptScheme;
import dev.convene.search.SearchHit;
import dev.convene.search.SearchRequest;
import dev.convene.storage.ChangeEntry;
import dev.convene.storage.CommunityQuery;
import dev.convene.storage.EntityKind;
import dev.convene.storage.ItemQuery;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import dev.convene.storage.Storage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes — two {@code Convene}s, each with its own store connections and its own index — on one
 * database: what one writes is searchable on the other within a second, and a membership one
 * revokes is refused by the other within the cache follower's interval. Each repetition is timed and
 * the times are printed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TwoNodesContract {
  private static final Actor ADA = Actor.user("ada");
  private static final Actor OLGA = Actor.user("olga");
  private static final Actor OTTO = Actor.user("otto");
  private static final Actor ROOT = Actor.user("root", PlatformRole.PLATFORM_ADMIN);
  private static final int REPETITIONS = 10;
  private static final Duration SEARCHABLE = Duration.ofSeconds(1);
  private static final Duration REVOKED = Duration.ofSeconds(2);
  /** How long a loop waits at most, so that a slow case is measured and reported rather than cut off. */
  private static final Duration PATIENCE = Duration.ofSeconds(10);

  private final AtomicInteger names = new AtomicInteger();
  private final List<Convene> nodes = new ArrayList<>();
  private SharedDatabase database;

  /** The database the nodes share, new for the class. */
  abstract SharedDatabase createDatabase();

  /** How the report names the database. */
  abstract String databaseName();

  @BeforeAll
  void openDatabase() {
    database = createDatabase();
  }

  @AfterAll
  void dropDatabase() {
    if (database != null) {
      database.close();
    }
  }

  @AfterEach
  void closeNodes() {
    nodes.forEach(Convene::close);
    nodes.clear();
  }

  private Convene node() {
    return started(Convene.builder().storage(database.open()).search(new ByteBuffersDirectory()).build());
  }

  private Convene node(Path index) {
    return started(Convene.builder().storage(database.open()).search(index).build());
  }

  private Convene started(Convene node) {
    nodes.add(node);
    return node;
  }

  private String name(String prefix) {
    return prefix + "-" + names.incrementAndGet() + "-" + Long.toString(System.nanoTime(), 36);
  }

  private static Item publish(Convene node, CommunityId community, String title, Visibility visibility) {
    Item draft = node.content().create(ADA, community,
        ItemDraft.document(title, Locale.ENGLISH, visibility).summary("Notes on water tariffs."));
    return node.content().submitOrPublish(ADA, draft.id());
  }

  private static List<String> titles(Convene node, Actor actor, String text) {
    return node.search(actor, SearchRequest.builder().text(text).build()).hits().stream().map(SearchHit::title)
        .toList();
  }

  private static boolean denied(Runnable read) {
    try {
      read.run();
      return false;
    } catch (NotFoundException | AccessDeniedException e) {
      return true;
    }
  }

  /** How long {@code condition} took to hold, checking {@code invariant} all along; fails past {@link #PATIENCE}. */
  private static Duration timeUntil(BooleanSupplier condition, Runnable invariant, String what) {
    long start = System.nanoTime();
    while (true) {
      invariant.run();
      if (condition.getAsBoolean()) {
        return Duration.ofNanos(System.nanoTime() - start);
      }
      if (System.nanoTime() - start > PATIENCE.toNanos()) {
        return fail(what + " did not happen within " + PATIENCE);
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return fail("interrupted while waiting until " + what);
      }
    }
  }

  private void report(String what, List<Duration> times, Duration limit) {
    List<Long> millis = times.stream().map(Duration::toMillis).sorted().toList();
    System.out.printf("two nodes on %s: %s: p50 %d ms, max %d ms over %d (limit %d ms): %s%n", databaseName(), what,
        millis.get(millis.size() / 2), millis.get(millis.size() - 1), millis.size(), limit.toMillis(),
        times.stream().map(Duration::toMillis).toList());
    for (Duration time : times) {
      assertTrue(time.compareTo(limit) < 0, what + " took " + time.toMillis() + " ms, over " + limit.toMillis() + " ms: "
          + millis);
    }
  }

  @Test
  @DisplayName("a document published through one node is searchable on the other within a second")
  void searchableOnTheOtherNode() {
    Convene a = node();
    Convene b = node();
    Community water = a.communities().create(ADA, name("water"), c -> c.name("Water"));
    // not timed: the other node opens its index, and the first document warms its analysers up
    publish(a, water.id(), "Tariffs warm-up", Visibility.PUBLIC);
    assertTrue(b.awaitSearchable(PATIENCE));
    assertEquals(List.of("Tariffs warm-up"), titles(b, ADA, "warm-up"));
    List<Duration> times = new ArrayList<>();
    for (int i = 0; i < REPETITIONS; i++) {
      String word = "nodeprobe" + names.incrementAndGet() + "x";
      publish(a, water.id(), "Tariffs " + word, i % 2 == 0 ? Visibility.PUBLIC : Visibility.MEMBERS);
      times.add(timeUntil(() -> titles(b, ADA, word).size() == 1, () -> {}, "finding " + word + " on the other node"));
    }
    report("searchable on the other node", times, SEARCHABLE);
  }

  @Test
  @DisplayName("a member removed or blocked through one node is refused on the other within the follow interval; "
      + "a hidden group stays not found to outsiders throughout")
  void revokedOnTheOtherNode() {
    Convene a = node();
    Convene b = node();
    Community water = a.communities().create(ADA, name("water"), c -> c.name("Water"));
    String word = "boardnotes" + names.incrementAndGet() + "x";
    ItemId board = publish(a, water.id(), "Board " + word, Visibility.MEMBERS).id();
    Community secret = a.communities().create(ADA, name("task-force"), c -> c.name("Task Force")
        .purpose(Purpose.HIDDEN_GROUP));
    Runnable hidden = () -> {
      assertThrows(NotFoundException.class, () -> b.communities().get(OTTO, secret.id()));
      assertEquals(Decision.Outcome.NOT_FOUND, b.decide(OTTO, Action.VIEW_COMMUNITY, secret.id()).outcome());
    };
    UserId olga = OLGA.user().orElseThrow();
    List<Duration> granted = new ArrayList<>();
    List<Duration> revoked = new ArrayList<>();
    assertTrue(b.awaitSearchable(PATIENCE));
    for (int i = 0; i < REPETITIONS; i++) {
      a.memberships().join(OLGA, water.id());
      granted.add(timeUntil(() -> !denied(() -> b.content().get(OLGA, board)), hidden, "olga reading on the other node"));
      assertEquals(List.of("Board " + word), titles(b, OLGA, word), "a member finds members-only items on the other node");
      boolean block = i % 2 == 1;
      if (block) {
        a.memberships().block(ADA, water.id(), olga);
      } else {
        a.memberships().remove(ADA, water.id(), olga);
      }
      // searches read memberships afresh: the very next query on the other node leaves the item out
      assertEquals(List.of(), titles(b, OLGA, word));
      revoked.add(timeUntil(() -> denied(() -> b.content().get(OLGA, board)), hidden,
          "olga refused on the other node after being " + (block ? "blocked" : "removed")));
      if (block) {
        a.memberships().unblock(ADA, water.id(), olga);
      }
    }
    a.memberships().invite(ADA, secret.id(), olga, Optional.empty());
    a.memberships().accept(OLGA, secret.id());
    timeUntil(() -> !denied(() -> b.communities().get(OLGA, secret.id())), hidden, "olga seeing the hidden group");
    a.memberships().remove(ADA, secret.id(), olga);
    revoked.add(timeUntil(() -> denied(() -> b.communities().get(OLGA, secret.id())), hidden,
        "the hidden group gone for olga on the other node"));
    report("membership granted on the other node", granted, REVOKED);
    report("access revoked on the other node", revoked, REVOKED);
  }

  @Test
  @DisplayName("a node restarted on its index catches up with what the other wrote meanwhile: nothing missing, "
      + "nothing twice")
  void restartCatchesUp(@TempDir Path index) throws IOException {
    Convene a = node();
    Convene b = node(index);
    Community water = a.communities().create(ADA, name("water"), c -> c.name("Water"));
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      items.add(publish(a, water.id(), "Report " + i, Visibility.PUBLIC));
    }
    assertTrue(b.awaitSearchable(PATIENCE));
    b.close();

    long before = lastSequence(a.storage());
    Community rivers = a.communities().create(ADA, name("rivers"), c -> c.name("Rivers"));
    publish(a, rivers.id(), "Delta survey", Visibility.MEMBERS);
    publish(a, water.id(), "Meter census", Visibility.PUBLIC);
    a.content().archive(ADA, items.get(0).id());
    long meanwhile = a.storage().read(tx -> tx.changes().since(before, PageRequest.MAX_LIMIT)).stream()
        .map(ChangeEntry::kind).filter(k -> k == EntityKind.ITEM || k == EntityKind.COMMUNITY).count();

    Convene restarted = node(index);
    assertTrue(restarted.awaitSearchable(PATIENCE));
    long written = restarted.searchIndex().orElseThrow().stats().documentsWritten();
    assertTrue(written > 0 && written <= meanwhile,
        "the restarted node applied what changed meanwhile (" + meanwhile + " entries), not a rebuild: " + written);
    assertEquals(List.of("Delta survey"), titles(restarted, ADA, "delta"));
    restarted.close();

    List<String> indexed = indexedKeys(index);
    assertEquals(indexed.size(), new HashSet<>(indexed).size(), "nothing twice: " + indexed);
    assertEquals(storedKeys(a.storage()), new HashSet<>(indexed), "nothing missing, nothing extra");
  }

  @Test
  @DisplayName("with both nodes sending, each notification of a fan-out is delivered once, by one node")
  void eachNotificationByOneNode() {
    List<Notification> delivered = new java.util.concurrent.CopyOnWriteArrayList<>();
    List<String> byNode = new java.util.concurrent.CopyOnWriteArrayList<>();
    OutboxSettings small = OutboxSettings.defaults().withBatchSize(50).withPollInterval(Duration.ofMillis(20));
    Convene a = sending(delivered, byNode, "a", small);
    Convene b = sending(delivered, byNode, "b", small);
    Community water = OutboxWorld.community(a, name("water"), 300);
    List<Community> more = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Community c = OutboxWorld.community(i % 2 == 0 ? a : b, name("lake"), 40);
      more.add(c);
    }
    OutboxWorld.closeUp(a, water);
    more.forEach(c -> OutboxWorld.closeUp(b, c));
    assertTrue(a.notifications().awaitDelivered(PATIENCE.multipliedBy(6)));
    assertTrue(b.notifications().awaitDelivered(PATIENCE.multipliedBy(6)));
    List<Notification> changes = delivered.stream().filter(n -> n.kind().equals("community.privacy_changed")).toList();
    assertEquals(300 + 6 * 40, changes.size(), "one for each member of each community");
    assertEquals(changes.size(), changes.stream().map(Notification::id).distinct().count(), "none twice");
    System.out.printf("two nodes on %s: notifications delivered by node a: %d, by node b: %d%n", databaseName(),
        byNode.stream().filter("a"::equals).count(), byNode.stream().filter("b"::equals).count());
  }

  private Convene sending(List<Notification> delivered, List<String> byNode, String node, OutboxSettings settings) {
    return started(Convene.builder().storage(database.open()).outbox(settings).notificationSink(new NotificationSink() {
      @Override
      public String name() {
        return "node " + node;
      }

      @Override
      public void deliver(Notification notification) {
        delivered.add(notification);
        byNode.add(node);
      }
    }).build());
  }

  private static long lastSequence(Storage storage) {
    return storage.read(tx -> tx.changes().lastSequence());
  }

  /** The keys of the live documents of the index's last commit, read behind the index's back. */
  private static List<String> indexedKeys(Path index) throws IOException {
    List<String> keys = new ArrayList<>();
    try (FSDirectory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields fields = leaf.reader().storedFields();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            keys.add(fields.document(doc).get("key")); // the index's key field: "c:<id>" or "i:<id>"
          }
        }
      }
    }
    return keys;
  }

  /** The key every community and item of the store should have in the index. */
  private static HashSet<String> storedKeys(Storage storage) {
    HashSet<String> keys = new HashSet<>();
    storage.read(tx -> {
      Optional<PageRequest> page = Optional.of(PageRequest.first(PageRequest.MAX_LIMIT));
      while (page.isPresent()) {
        Page<Community> communities = tx.communities().list(CommunityQuery.all(), page.get());
        communities.items().forEach(c -> keys.add("c:" + c.id()));
        page = page.get().next(communities);
      }
      page = Optional.of(PageRequest.first(PageRequest.MAX_LIMIT));
      while (page.isPresent()) {
        Page<Item> items = tx.items().list(ItemQuery.all(), page.get());
        items.items().forEach(i -> keys.add("i:" + i.id()));
        page = page.get().next(items);
      }
      return null;
    });
    return keys;
  }

  @Test
  @DisplayName("a concept removed through the other node is refused for new tags at once, whatever this node read")
  void removedConceptRefusedOnTheOtherNode() {
    Convene a = node();
    Convene b = node();
    SchemeId scheme = SchemeId.of(name("themes"));
    ConceptId kept = ConceptId.of(name("kept"));
    ConceptId dropped = ConceptId.of(name("dropped"));
    a.taxonomy().change(ROOT, t -> t.with(ConceptScheme.of(scheme, LocalizedText.of("en", "Themes"), Locale.ENGLISH))
        .with(Concept.builder(kept, scheme).prefLabel("en", "Kept").build())
        .with(Concept.builder(dropped, scheme).prefLabel("en", "Dropped").build()));
    Community water = a.communities().create(ADA, name("water"), c -> c.name("Water"));
    // node a reads the taxonomy holding both concepts while it checks this tag
    a.content().create(ADA, water.id(), ItemDraft.document("Tagged", Locale.ENGLISH, Visibility.PUBLIC)
        .concepts(kept));

    b.taxonomy().change(ROOT, t -> t.without(dropped));

    ValidationException refused = assertThrows(ValidationException.class, () -> a.content().create(ADA, water.id(),
        ItemDraft.document("Tagged too", Locale.ENGLISH, Visibility.PUBLIC).concepts(dropped)));
    assertTrue(refused.getMessage().contains(dropped.value()), refused.getMessage());
    assertEquals(Optional.empty(), a.taxonomy().current().taxonomy().concept(dropped));
    a.content().create(ADA, water.id(), ItemDraft.document("Still tagged", Locale.ENGLISH, Visibility.PUBLIC)
        .concepts(kept));
  }
}
