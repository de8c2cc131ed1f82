package dev.convene.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The portal's directory, spaces, documents and search in a real headless Chromium; screenshots of
 * the main pages go to {@code target/screenshots/}.
 */
class PortalBrowserTest extends BrowserTestBase {
  private List<String> documentTitles() {
    return driver.findElements(By.cssSelector("#documents a")).stream().map(WebElement::getText).toList();
  }

  @Test
  void anAnonymousVisitorAndAMemberSeeDifferentDocumentsInTheSameCommunity() {
    open("/");
    screenshot("directory");
    clickTo(By.linkText("Open Library"), "/c/" + SeedWorld.LIBRARY);
    List<String> anonymous = documentTitles();
    screenshot("space-anonymous");
    assertTrue(anonymous.contains("Annual report 2025"), anonymous.toString());
    assertFalse(anonymous.contains("Members' briefing"), anonymous.toString());

    signInAs("mia");
    open("/c/" + SeedWorld.LIBRARY);
    List<String> member = documentTitles();
    screenshot("space-member");
    assertTrue(member.containsAll(anonymous), member.toString());
    assertTrue(member.containsAll(List.of("Members' briefing", "Note aux membres", "Nota para los miembros")),
        member.toString());

    clickTo(By.linkText("Annual report 2025"), "/d/");
    assertEquals("Annual report 2025", heading());
    assertEquals(SeedWorld.ATTACHMENT, driver.findElement(By.cssSelector("#files a")).getText());
    screenshot("document");

    open("/search");
    driver.findElement(By.id("q")).sendKeys("2025");
    clickTo(By.cssSelector("form[action='/search'] button"), "q=2025");
    assertEquals("3 found", driver.findElement(By.id("total")).getText());
    clickTo(By.partialLinkText("French (1)"), "language=fr");
    assertEquals("1 found", driver.findElement(By.id("total")).getText());
    screenshot("search");
  }

  @Test
  void aHiddenGroupIsNotFoundForAnOutsider() {
    signInAs("olga");
    open("/c/" + portal.hiddenSlug());
    assertEquals("Not found", heading());
    assertFalse(driver.getPageSource().contains("Zephyr"));
    screenshot("hidden-group-outsider");

    open("/c/no-such-community");
    assertEquals("Not found", heading());

    signInAs("mo");
    open("/c/" + portal.hiddenSlug());
    assertEquals(SeedWorld.HIDDEN_NAME, heading());
  }
}
