package dev.convene.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.platform.NotificationSink;
import dev.convene.storage.memory.InMemoryStorage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommunityTourTest {
  private static List<String> lines;

  @TempDir
  static Path index;

  @BeforeAll
  static void runTour() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new CommunityTour(new SampleWorld(InMemoryStorage.create(), index, NotificationSink.NONE)).print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
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
    assertTrue(lines.contains("Pension Reform turns PRIVATE: olga now sees 0 documents there instead of 1; nothing was rewritten."),
        String.join("\n", lines));
  }

  @Test
  void searchShowsEachPersonOnlyWhatTheyMaySee() {
    // the annual report is public everywhere, but members-only in the private community and its group
    assertTrue(lines.contains("  anonymous             2  Open Library 1, Pension Reform 1"), String.join("\n", lines));
    assertTrue(lines.contains("  ivan  invited         3  Cash Transfers 1, Open Library 1, Pension Reform 1"));
    assertTrue(lines.contains("  bob   blocked         2  Open Library 1, Pension Reform 1"));
    assertTrue(lines.contains("  mia   member          4  Cash Transfers 1, Open Library 1, Pension Reform 1, Task Force 1"));
  }

  @Test
  void pensionReformsCalendarShowsTheOutsiderOnlyThePublicWebinarInItsOwnTimeZone() {
    assertTrue(lines.contains("  olga  Webinar: pensions in practice (webinar), Wed 18 Mar 15:00 UTC"), String.join("\n", lines));
    // the monthly call at 14:00 in Paris: 13:00 UTC in March (winter time), 12:00 UTC in April
    assertTrue(lines.contains("  mia   Monthly members' call, Tue 10 Mar 14:00 Europe/Paris; Webinar: pensions in practice"
        + " (webinar), Wed 18 Mar 15:00 UTC; Monthly members' call, Fri 10 Apr 14:00 Europe/Paris"));
    assertTrue(lines.contains("  The webinar takes 2: 2 attending, 1 waiting (sam registered last)."));
  }

  @Test
  void thePinnedAnnouncementComesFirstAndThePollCountsOnlyForVoters() {
    assertTrue(lines.contains("Announcements, pinned first though older: Call for papers, until 30 March"
        + " | The reading group moves to Thursdays."));
    // mia and ada chose the first option, mo the second
    assertTrue(lines.contains("  mia   Coverage of informal workers 2, Financing 1, Governance 0 (3 voters)"));
    assertTrue(lines.contains("  sam   has not voted: no counts yet"));
    assertTrue(lines.contains("  olga  not found"));
  }

  @Test
  void aReportedReplyIsHiddenFromMembersAndTheLogNamesNoReporter() {
    assertTrue(lines.contains("Safe spaces: mia reported a reply in \"Retirement ages across the region\" as SPAM;"
        + " the moderators decided HIDDEN, and 0 reports are open."));
    assertTrue(lines.contains("  Replies mia sees: 1; mo, a moderator, sees 2, of which 1 hidden."));
    assertTrue(lines.contains("  The audit log: REPORT_FILED by no one named, REPORT_HIDDEN by mo."));
  }
}
