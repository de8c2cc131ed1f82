package dev.convene.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.convene.core.model.Actor;
import dev.convene.core.model.ItemType;
import dev.convene.core.model.PlatformRole;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Role;
import dev.convene.core.model.Section;
import dev.convene.core.model.Visibility;
import dev.convene.core.policy.AccessPolicy;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Search agrees with the listings: items of a switched-off section and announcements past their
 * expiry are found only by those who moderate their community (and platform admins), and both
 * follow the change at once with nothing reindexed.
 */
class WithdrawnItemsSearchTest {
  private static final Actor MIA = Actor.user("mia");
  private static final Actor MO = Actor.user("mo");
  private static final Actor PAT = Actor.user("pat", PlatformRole.PLATFORM_ADMIN);
  private static final Actor OUTSIDER = Actor.user("olga");
  private static final Instant EXPIRY = Fixture.START.plus(Duration.ofHours(1));

  private final Fixture world = new Fixture(AccessPolicy.standard());
  private SearchIndex index;

  @BeforeEach
  void setUp() {
    world.community("water", c -> c.name("Water"));
    world.member("water", "mia", Role.MEMBER);
    world.member("water", "mo", Role.MODERATOR);
    item("report", ItemType.DOCUMENT, Optional.empty());
    item("talk", ItemType.DISCUSSION, Optional.empty());
    item("news", ItemType.ANNOUNCEMENT, Optional.of(EXPIRY));
    item("standing", ItemType.ANNOUNCEMENT, Optional.empty());
    index = world.index();
  }

  @AfterEach
  void close() {
    index.close();
  }

  private void item(String id, ItemType type, Optional<Instant> expires) {
    world.item(id, type, "water", "mia", id + " flood", "text", Locale.ENGLISH, Visibility.PUBLIC,
        ReviewState.PUBLISHED, Fixture.START, expires);
  }

  private List<String> found(Actor actor) {
    return index.search(actor, SearchRequest.builder().text("flood").build()).hits().stream()
        .map(h -> h.item().orElseThrow().value()).sorted().toList();
  }

  @Test
  @DisplayName("a switched-off section's items are found by moderators and platform admins only, members and authors included")
  void switchedOffSection() {
    long written = index.stats().documentsWritten();
    world.update("water", c -> c.sections(EnumSet.complementOf(EnumSet.of(Section.DOCUMENTS))));
    for (Actor reader : List.of(Actor.anonymous(), OUTSIDER, MIA)) {
      assertEquals(List.of("news", "standing", "talk"), found(reader), reader.toString());
    }
    for (Actor moderating : List.of(MO, PAT)) {
      assertEquals(List.of("news", "report", "standing", "talk"), found(moderating), moderating.toString());
    }
    world.update("water", c -> c.sections(EnumSet.allOf(Section.class)));
    assertEquals(List.of("news", "report", "standing", "talk"), found(MIA));
    assertEquals(written, index.stats().documentsWritten(), "switching a section reindexed items");
  }

  @Test
  @DisplayName("an announcement leaves readers' results at its expiry, to the instant, with nothing reindexed; moderators still find it")
  void expiry() {
    long written = index.stats().documentsWritten();
    world.clock.advance(Duration.ofHours(1).minusMillis(1));
    assertEquals(List.of("news", "report", "standing", "talk"), found(MIA));
    world.clock.advance(Duration.ofMillis(1));
    for (Actor reader : List.of(Actor.anonymous(), OUTSIDER, MIA)) {
      assertEquals(List.of("report", "standing", "talk"), found(reader), reader.toString());
      assertEquals(3, index.search(reader, SearchRequest.builder().text("flood").build()).total());
    }
    for (Actor moderating : List.of(MO, PAT)) {
      assertEquals(List.of("news", "report", "standing", "talk"), found(moderating), moderating.toString());
    }
    assertEquals(written, index.stats().documentsWritten(), "an expiry reindexed items");
  }

  @Test
  @DisplayName("an index written before announcements' expiry was indexed is rebuilt once on open; a current one is not")
  void olderLayoutRebuilt() throws IOException {
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    world.index(directory).close();
    try (SearchIndex current = world.index(directory)) {
      assertEquals(0, current.stats().documentsWritten(), "a current index was rebuilt");
    }
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
      Map<String, String> data = new HashMap<>();
      writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
      data.put("convene.layout", "1");
      writer.setLiveCommitData(data.entrySet());
      writer.commit();
    }
    world.clock.advance(Duration.ofHours(1));
    try (SearchIndex older = world.index(directory)) {
      assertEquals(5, older.stats().documentsWritten(), "four items and the community, written again");
      assertEquals(List.of("report", "standing", "talk"),
          older.search(MIA, SearchRequest.builder().text("flood").build()).hits().stream()
              .map(h -> h.item().orElseThrow().value()).sorted().toList());
    }
  }
}
