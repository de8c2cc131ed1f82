package dev.convene.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.platform.NotificationSink;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job keeps its world in H2 in a folder: a second run finds it there, unchanged. */
class CommunityTourRestartTest {
  @TempDir
  Path folder;

  private String tour(SampleWorld world) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new CommunityTour(world).print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aSecondRunFindsTheWorldAndPrintsTheSameTables() {
    SampleWorld first = new SampleWorld(CommunityTour.h2(folder), folder.resolve("index"), NotificationSink.NONE);
    assertFalse(first.reused);
    String before = tour(first);
    first.close();
    SampleWorld second = new SampleWorld(CommunityTour.h2(folder), folder.resolve("index"), NotificationSink.NONE);
    assertTrue(second.reused);
    assertEquals(before, tour(second));
    second.close();
    assertTrue(before.contains("Pension Reform turns back to SEMI_PRIVATE: its public items wait for curators (olga sees 0);"
        + " once cora approves them, olga sees 1 again."), before);
  }
}
