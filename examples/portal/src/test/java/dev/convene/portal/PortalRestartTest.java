package dev.convene.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.model.Community;
import dev.convene.storage.CommunityQuery;
import dev.convene.storage.PageRequest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portal's data folder survives a restart: the second start finds the world and seeds nothing. */
class PortalRestartTest {
  @TempDir Path folder;

  private static List<String> slugs(Portal portal, String key) {
    return portal.convene().communities().list(DemoUser.byKey(key).orElseThrow().actor(), CommunityQuery.all(),
        PageRequest.first(100)).items().stream().map(Community::slug).sorted().toList();
  }

  @Test
  void theSecondStartFindsTheWorldOfTheFirst() {
    List<String> before;
    try (Portal first = Portal.open(folder)) {
      assertTrue(first.seeded());
      before = slugs(first, "pat");
      String hidden = SeedWorld.hiddenSlug(first.convene());
      assertTrue(hidden.matches("task-force-[a-z0-9]{10}"), hidden);
      assertEquals(List.of("cash-transfers", "climate-lab", "digitisation", "heritage-network", "open-library",
          "pension-reform", hidden, "urban-health"), before);
    }
    try (Portal second = Portal.open(folder)) {
      assertFalse(second.seeded());
      assertEquals(before, slugs(second, "pat"));
      assertEquals(List.of("climate-lab", "digitisation", "heritage-network", "open-library", "pension-reform",
          "urban-health"), slugs(second, "anonymous"));
    }
  }
}
