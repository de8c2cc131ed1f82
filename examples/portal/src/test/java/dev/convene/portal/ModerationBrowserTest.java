package dev.convene.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.model.Item;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Membership, reports and review in a real headless Chromium: a request approved by an admin, a
 * report handled by a moderator, hostile titles shown as text, and a form sent without its token.
 */
class ModerationBrowserTest {
  @TempDir static Path folder;
  private static TestPortal portal;
  private BrowserSupport browser;

  @BeforeAll
  static void start() {
    BrowserSupport.requireBrowser();
    portal = new TestPortal(folder);
  }

  @AfterAll
  static void stop() {
    if (portal != null) {
      portal.close();
    }
  }

  @BeforeEach
  void openBrowser() {
    browser = new BrowserSupport(portal);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  private List<String> documentTitles() {
    return browser.driver.findElements(By.cssSelector("#documents a")).stream().map(WebElement::getText).toList();
  }

  private String page() {
    return browser.driver.getPageSource();
  }

  private void assertNoScriptRan() {
    assertThrows(NoAlertPresentException.class, () -> browser.driver.switchTo().alert());
    assertTrue(browser.driver.findElements(By.tagName("script")).isEmpty(), "no script element in the page");
    assertTrue(browser.driver.findElements(By.cssSelector("img")).isEmpty(), "no injected image");
  }

  @Test
  void aRequestApprovedByAnAdminOpensTheMembersOnlyDocuments() {
    browser.signInAs("olga");
    browser.open("/c/pension-reform");
    assertFalse(documentTitles().contains("Réforme des retraites"), documentTitles().toString());
    browser.clickTo(By.id("membership"), "/membership");
    browser.driver.findElement(By.id("message")).sendKeys("I study pensions");
    browser.screenshot("membership-request");
    browser.clickTo(By.id("join"), "/c/pension-reform");
    assertEquals("You asked to join; the moderators will answer.", browser.driver.findElement(By.id("standing")).getText());

    browser.signInAs("ada");
    browser.open("/c/pension-reform/membership");
    browser.clickTo(By.linkText("Requests to join"), "/requests");
    WebElement row = browser.driver.findElement(By.id("member-olga"));
    assertTrue(row.getText().contains("I study pensions"), row.getText());
    browser.screenshot("requests-queue");
    browser.driver.findElement(By.id("approve-olga")).click();
    assertTrue(browser.driver.findElements(By.id("member-olga")).isEmpty(), "olga left the queue");
    assertFalse(browser.driver.findElements(By.id("member-rita")).isEmpty(), "rita still waits");

    browser.signInAs("olga");
    browser.open("/c/pension-reform");
    assertEquals("You are a member here.", browser.driver.findElement(By.id("standing")).getText());
    assertTrue(documentTitles().contains("Réforme des retraites"), documentTitles().toString());
  }

  @Test
  void aReportedDocumentLeavesReadersAndTheModeratorNeverSeesTheReporter() {
    Item flyer = ModerationFixtures.published(portal, SeedWorld.LIBRARY, "Loud flyer");
    String path = "/d/" + Links.encode(flyer.id().value());
    browser.signInAs("olga");
    browser.open(path);
    browser.clickTo(By.id("report"), "/report");
    new Select(browser.driver.findElement(By.id("reason"))).selectByValue("spam");
    browser.driver.findElement(By.id("text")).sendKeys("Adverts for a shop");
    browser.screenshot("report-form");
    browser.clickTo(By.id("send-report"), "filed=yes");
    assertTrue(browser.driver.findElement(By.id("filed")).getText().startsWith("Thank you"));

    browser.signInAs("mo");
    browser.open("/c/" + SeedWorld.LIBRARY + "/reports");
    WebElement row = browser.driver.findElement(By.cssSelector("#reports li.reported"));
    assertTrue(row.getText().contains("Loud flyer"), row.getText());
    assertTrue(row.getText().contains("spam: 1"), row.getText());
    assertTrue(row.getText().contains("Adverts for a shop"), row.getText());
    for (String reporter : List.of("olga", "Olga")) {
      assertFalse(page().contains(reporter), "the moderator's page names no reporter");
    }
    browser.screenshot("reports-queue");
    row.findElement(By.cssSelector("button.hide")).click();
    assertEquals("No open report here.", browser.driver.findElement(By.id("nothing")).getText());

    browser.signInAs("olga");
    browser.open(path);
    assertEquals("Not found", browser.heading());
    browser.open("/c/" + SeedWorld.LIBRARY);
    assertFalse(documentTitles().contains("Loud flyer"), documentTitles().toString());
  }

  @Test
  void hostileTitlesAreTextOnTheDocumentSearchAndReviewPages() {
    Item evil = portal.addEvilDocument();
    browser.signInAs("mia");
    browser.open("/d/" + Links.encode(evil.id().value()));
    assertEquals(TestPortal.EVIL_TITLE, browser.heading());
    assertNoScriptRan();

    browser.open("/search?q=" + Links.encode("onerror"));
    List<String> hits = browser.driver.findElements(By.cssSelector("#hits > li > a")).stream()
        .map(WebElement::getText).toList();
    assertTrue(hits.contains(TestPortal.EVIL_TITLE), hits.toString());
    assertNoScriptRan();

    Item waiting = ModerationFixtures.submittedForReview(portal, "cash-transfers", TestPortal.EVIL_TITLE);
    browser.signInAs("mo");
    browser.open("/c/cash-transfers/review");
    WebElement row = browser.driver.findElement(By.id("review-" + waiting.id().value()));
    assertEquals(TestPortal.EVIL_TITLE, row.findElement(By.tagName("a")).getText());
    assertNoScriptRan();
    browser.screenshot("review-queue");
    row.findElement(By.cssSelector("button.approve")).click();
    assertEquals("Nothing waits for your review here.", browser.driver.findElement(By.id("nothing")).getText());
  }

  @Test
  void aFormWithoutItsTokenOrWithAStaleOneIsRefused() {
    browser.signInAs("olga");
    browser.open("/c/climate-lab/membership");
    browser.driver.executeScript("document.querySelector('#enter input[name=csrf]').remove();");
    browser.driver.findElement(By.id("join")).click();
    assertEquals("Not allowed", browser.heading());
    assertTrue(browser.driver.findElement(By.id("problem")).getText().startsWith("The form had expired"));
    browser.screenshot("csrf-refused");

    Item flyer = ModerationFixtures.published(portal, "climate-lab", "Quiet flyer");
    browser.open("/d/" + Links.encode(flyer.id().value()) + "/report");
    browser.driver.executeScript("document.querySelector('#report-form input[name=csrf]').value = 'stale';");
    browser.driver.findElement(By.id("send-report")).click();
    assertEquals("Not allowed", browser.heading());

    browser.open("/c/climate-lab/membership");
    assertEquals("You are not a member.", browser.driver.findElement(By.id("standing")).getText());
  }
}
