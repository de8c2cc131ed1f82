package dev.convene.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.platform.NotificationSink;
import dev.convene.storage.memory.InMemoryStorage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CommunityTourTest {
  private static List<String> lines;

  @BeforeAll
  static void runTour() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new CommunityTour(new SampleWorld(InMemoryStorage.create(), NotificationSink.NONE)).print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    lines = Arrays.asList(bytes.toString(StandardCharsets.UTF_8).split("\\R"));
  }

  /** The row of {@code person} in the table under {@code heading}, split into its cells. */
  private static List<String> row(String heading, String person) {
    int start = lines.indexOf(lines.stream().filter(l -> l.startsWith("== " + heading)).findFirst().orElseThrow());
    for (String line : lines.subList(start, lines.size())) {
      if (line.startsWith(person)) {
        return Arrays.asList(line.substring(22).trim().split("\\s{2,}"));
      }
    }
    throw new AssertionError("no row for " + person + " under " + heading);
  }

  @Test
  void aHiddenGroupIsNotFoundForOutsidersButShowsItsProfileToAnInvitee() {
    assertEquals(List.of("not found"), row("Task Force", "anonymous"));
    assertEquals(List.of("not found"), row("Task Force", "olga"));
    assertEquals(List.of("not found"), row("Task Force", "cora"));
    assertEquals(List.of("yes", "-", "-", "accept invitation", "-", "-", "-", "-"), row("Task Force", "ivan"));
  }

  @Test
  void anOutsiderOfASemiPrivateCommunitySeesPublicItemsButNotTheMembers() {
    assertEquals(List.of("yes", "A", "-", "request membership", "-", "-", "-", "-"), row("Pension Reform", "olga"));
  }

  @Test
  void aBlockedAuthorLosesTheMembersOnlyItemTheyWrote() {
    assertEquals("A", row("Pension Reform", "bob").get(1));
    assertEquals("A M D S B", row("Pension Reform", "mia").get(1));
  }

  @Test
  void aCuratorSeesTheItemAwaitingCurationOnlyWhereItIsToBecomePublic() {
    assertEquals("A S", row("Open Library", "cora").get(1));
    assertEquals("-", row("Cash Transfers", "cora").get(1));
  }

  @Test
  void platformAdminAccessBeyondTheRulesIsMarkedAsAudited() {
    assertEquals("yes*", row("Task Force", "pat").get(0));
    assertEquals("yes", row("Open Library", "pat").get(0));
  }

  @Test
  void aPrivacyChangeTakesEffectWithoutRewritingItems() {
    assertTrue(lines.contains("Pension Reform turns PRIVATE: olga now sees 0 items there instead of 1; nothing was rewritten."),
        String.join("\n", lines));
  }
}
