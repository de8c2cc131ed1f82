package dev.convene.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A community's sections in a real headless Chromium: a visitor and a member see different items in
 * Open Library's sections, and a member replies and votes through the forms. Screenshots of the space,
 * an event, a discussion and a poll go to {@code target/screenshots/}.
 */
class SectionsBrowserTest extends BrowserTestBase {
  private List<String> titles(String section) {
    return driver.findElements(By.cssSelector("#" + section + " a")).stream().map(WebElement::getText).toList();
  }

  @Test
  void aVisitorAndAMemberSeeDifferentItemsInTheSameSections() {
    open("/c/" + SeedWorld.LIBRARY);
    screenshot("sections-space-anonymous");
    assertTrue(titles("events").contains(SeedSections.OPEN_DAY), titles("events").toString());
    assertFalse(titles("events").contains(SeedSections.ASSEMBLY));
    assertFalse(titles("announcements").contains(SeedSections.BUDGET_NOTICE));
    assertFalse(titles("discussions").contains(SeedSections.OPENING_HOURS));
    assertFalse(titles("polls").contains(SeedSections.EXHIBITION_POLL));
    assertEquals(SeedSections.REOPENING, titles("announcements").getFirst(), "pinned first");
    assertTrue(titles("groups").contains("Digitisation group"));

    clickTo(By.linkText(SeedSections.OPEN_DAY), "/i/");
    assertEquals("Europe/Paris", driver.findElement(By.id("zone")).getText());
    assertEquals(SeedSections.PROGRAMME, driver.findElement(By.cssSelector("#files a")).getText());
    screenshot("sections-event");

    signInAs("mia");
    open("/c/" + SeedWorld.LIBRARY);
    screenshot("sections-space-member");
    assertTrue(titles("events").contains(SeedSections.ASSEMBLY), titles("events").toString());
    assertTrue(titles("announcements").contains(SeedSections.BUDGET_NOTICE));
    assertTrue(titles("discussions").contains(SeedSections.OPENING_HOURS));
    assertTrue(titles("polls").contains(SeedSections.EXHIBITION_POLL));
  }

  @Test
  void aMemberRepliesToADiscussionAndVotesInAPoll() {
    signInAs("mia");
    open("/c/" + SeedWorld.LIBRARY + "/discussions");
    clickTo(By.linkText(SeedSections.DIGITISE), "/i/");
    driver.findElement(By.id("reply")).sendKeys("The photographs, after the maps.");
    clickTo(By.id("send-reply"), "#replies");
    List<String> replies = driver.findElements(By.cssSelector("#replies li")).stream().map(WebElement::getText)
        .toList();
    assertEquals(3, replies.size(), replies.toString());
    assertTrue(replies.getLast().contains("The photographs, after the maps."), replies.toString());
    screenshot("sections-discussion");

    open("/c/" + SeedWorld.LIBRARY + "/polls");
    clickTo(By.linkText(SeedSections.EXHIBITION_POLL), "/i/");
    String poll = driver.getCurrentUrl();
    driver.findElement(By.cssSelector("input[name=option][value='2']")).click();
    submit(driver.findElement(By.id("vote")));
    waiting().until(d -> d.getCurrentUrl().equals(poll) && !d.findElements(By.id("voters")).isEmpty());
    // Mo chose the old maps when the world was seeded; Mia, the children's books
    assertEquals("2 voted", driver.findElement(By.id("voters")).getText());
    assertEquals(List.of("Old maps: 1", "Children's books: 1"), driver.findElements(By.cssSelector("#results li"))
        .stream().map(WebElement::getText).toList());
    screenshot("sections-poll");
  }
}
