package dev.convene.testing.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convene.core.NotFoundException;
import dev.convene.core.model.Community;
import dev.convene.core.model.Privacy;
import dev.convene.testing.TestWorld;
import org.junit.jupiter.api.Test;

/** The example in {@link TestWorld}'s Javadoc, run as a test. */
class TestWorldSnippet {

  @Test
  void example() {
    // @start region=world
    TestWorld world = TestWorld.builder()
        .community("water", c -> c.privacy(Privacy.SEMI_PRIVATE))
        .admin("water", "ada").member("water", "mia").requested("water", "rita").blocked("water", "bob")
        .document("water", "Annual report", d -> d.by("ada"))
        .document("water", "Members' briefing", d -> d.by("mia").membersOnly())
        .build();
    Community water = world.convene().communities().get(world.actor("rita"), world.community("water").id());
    // rita, who asked to join, sees the semi-private community, but not what is for its members:
    // world.convene().content().get(world.actor("rita"), world.item("Members' briefing").id())
    //   -> NotFoundException
    // @end
    try (world) {
      assertEquals("water", water.slug());
      assertThrows(NotFoundException.class,
          () -> world.convene().content().get(world.actor("rita"), world.item("Members' briefing").id()));
      assertEquals("Members' briefing",
          world.convene().content().get(world.actor("mia"), world.item("Members' briefing").id()).title());
    }
  }
}
