package dev.convene.testing.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.NotFoundException;
import dev.convene.core.model.Privacy;
import dev.convene.testing.ConveneExtension;
import dev.convene.testing.TestWorld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

// @start region=world
class ConveneExtensionSnippet {

  @RegisterExtension
  static final ConveneExtension WORLD = ConveneExtension.withWorld(world -> world
      .community("water", c -> c.privacy(Privacy.PRIVATE))
      .admin("water", "ada").member("water", "mia")
      .document("water", "Members' briefing", d -> d.by("mia").membersOnly()));

  @Test
  void membersReadTheirBriefing(TestWorld world) {
    assertEquals("mia", world.convene().content().get(world.actor("mia"), world.item("Members' briefing").id())
        .author().value());
  }

  @Test
  void outsidersDoNot(TestWorld world) {
    assertThrows(NotFoundException.class,
        () -> world.convene().content().get(world.actor("olga"), world.item("Members' briefing").id()));
  }
}
// @end
