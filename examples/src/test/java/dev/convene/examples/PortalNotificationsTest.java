package dev.convene.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortalNotificationsTest {
  private final List<String> sent = PortalNotifications.run(
      new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).sent();

  private List<String> to(String user) {
    return sent.stream().filter(s -> s.startsWith(user + ": ")).toList();
  }

  @Test
  void theOutsiderFollowingTheCommunityHearsOnlyOfThePublicAnnouncement() {
    assertEquals(List.of("olga: New announcement in Pension Reform: Webinar on pension reform"), to("olga"));
  }

  @Test
  void moderatorsAreToldOfRequestsAndOfItemsWaitingForReview() {
    assertEquals(List.of(
        "mo: membership approved",
        "mo: membership role changed",
        "mo: Someone asks to join",
        "mo: An item waits for your review",
        "mo: An item waits for your review"), to("mo"));
  }

  @Test
  void theDigestReaderGetsOneMailWithBothPublications() {
    assertEquals(List.of("mia: membership approved", "mia: Your digest: 2 updates"), to("mia"));
  }

  @Test
  void theRequesterIsToldNothingYet() {
    assertEquals(List.of(), to("rita"));
  }
}
