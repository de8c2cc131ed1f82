package dev.convene.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.ConveneException;
import dev.convene.core.NotFoundException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.Privacy;
import dev.convene.platform.Convene;
import dev.convene.search.SearchRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConveneExtensionTest {
  @RegisterExtension
  static final ConveneExtension WORLD = ConveneExtension.withWorld(world -> world
      .community("water", c -> c.privacy(Privacy.SEMI_PRIVATE))
      .admin("water", "ada").member("water", "mia")
      .document("water", "Annual report", d -> d.by("ada"))
      .document("water", "Members' briefing", d -> d.by("mia").membersOnly()));

  private static final Set<Path> FOLDERS = new HashSet<>();
  private static Convene first;
  private Set<Path> before;

  @BeforeEach
  void listFolders() throws IOException {
    before = folders();
  }

  @Test
  @Order(1)
  @DisplayName("a test gets the declared world, searchable and taking attachments, one world for both parameters")
  void world(TestWorld world, Convene convene) throws IOException {
    first = convene;
    Set<Path> created = new HashSet<>(folders());
    created.removeAll(before);
    assertFalse(created.isEmpty(), "the world's folder is in the temporary directory");
    FOLDERS.addAll(created);

    assertSame(world.convene(), convene);
    assertEquals(Set.of("Annual report"), titles(convene, Actor.anonymous()));
    assertEquals(Set.of("Annual report", "Members' briefing"), titles(convene, world.actor("mia")));
    var attached = convene.content().attach(world.actor("ada"), world.item("Annual report").id(), "report.txt",
        "text/plain", new ByteArrayInputStream("water".getBytes(StandardCharsets.UTF_8)));
    assertEquals(1, attached.attachments().size());
    convene.communities().create(world.actor("ada"), "drafts", c -> c.name("Drafts"));
  }

  @Test
  @Order(2)
  @DisplayName("the next test starts from the declared world again, and the last one is closed")
  void fresh(TestWorld world) {
    assertThrows(NotFoundException.class,
        () -> world.convene().communities().get(world.actor("ada"), CommunityId.of("drafts")));
    assertTrue(world.item("Annual report").header().version() > 0);
    assertThrows(ConveneException.class,
        () -> first.search(Actor.anonymous(), SearchRequest.builder().text("report").build()));
  }

  @AfterAll
  static void foldersAreDeleted() {
    assertFalse(FOLDERS.isEmpty());
    FOLDERS.forEach(folder -> assertFalse(Files.exists(folder), folder + " is deleted after its test"));
  }

  private static Set<String> titles(Convene convene, Actor actor) {
    return convene.search(actor, SearchRequest.builder().build()).hits().stream()
        .filter(hit -> hit.item().isPresent()).map(hit -> hit.title()).collect(Collectors.toSet());
  }

  private static Set<Path> folders() throws IOException {
    try (Stream<Path> listing = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return listing.filter(path -> path.getFileName().toString().startsWith("convene-test-"))
          .collect(Collectors.toSet());
    }
  }
}
