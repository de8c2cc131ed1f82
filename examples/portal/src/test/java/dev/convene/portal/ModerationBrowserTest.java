package dev.convene.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.model.Item;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Membership, reports and review in a real headless Chromium: a request approved by an admin, a
 * report handled by a moderator, hostile titles shown as text, and a form sent without its token.
 */
class ModerationBrowserTest extends BrowserTestBase {
  private List<String> documentTitles() {
    return driver.findElements(By.cssSelector("#documents a")).stream().map(WebElement::getText).toList();
  }

  /** Whether the space's first page of documents shows any members-only one. */
  private boolean membersOnlyShown() {
    return driver.findElements(By.cssSelector("#documents .tag")).stream()
        .anyMatch(t -> t.getText().equals("Members only"));
  }

  private String page() {
    return driver.getPageSource();
  }

  private void assertNoScriptRan() {
    assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
    assertTrue(driver.findElements(By.cssSelector("script:not([src^='/'])")).isEmpty(),
        "no script element in the page but the portal's own script files");
    assertTrue(driver.findElements(By.cssSelector("img")).isEmpty(), "no injected image");
  }

  @Test
  void aRequestApprovedByAnAdminOpensTheMembersOnlyDocuments() {
    signInAs("olga");
    open("/c/pension-reform");
    assertFalse(membersOnlyShown(), documentTitles().toString());
    clickTo(By.id("membership"), "/membership");
    driver.findElement(By.id("message")).sendKeys("I study pensions");
    driver.findElement(By.id("accepted")).click();
    screenshot("membership-request");
    clickTo(By.id("join"), "/c/pension-reform");
    assertEquals("You asked to join; the moderators will answer.", driver.findElement(By.id("standing")).getText());

    signInAs("ada");
    open("/c/pension-reform/membership");
    clickTo(By.linkText("Requests to join"), "/requests");
    WebElement row = driver.findElement(By.id("member-olga"));
    assertTrue(row.getText().contains("I study pensions"), row.getText());
    screenshot("requests-queue");
    // the form answers with the same queue's address
    submit(driver.findElement(By.id("approve-olga")));
    assertTrue(driver.findElements(By.id("member-olga")).isEmpty(), "olga left the queue");
    assertFalse(driver.findElements(By.id("member-rita")).isEmpty(), "rita still waits");

    signInAs("olga");
    open("/c/pension-reform");
    assertEquals("You are a member here.", driver.findElement(By.id("standing")).getText());
    assertTrue(membersOnlyShown(), documentTitles().toString());
  }

  @Test
  void aReportedDocumentLeavesReadersAndTheModeratorNeverSeesTheReporter() {
    Item flyer = ModerationFixtures.published(portal, SeedWorld.LIBRARY, "Loud flyer");
    String path = "/d/" + Links.encode(flyer.id().value());
    signInAs("olga");
    open(path);
    clickTo(By.id("report"), "/report");
    new Select(driver.findElement(By.id("reason"))).selectByValue("SPAM");
    driver.findElement(By.id("text")).sendKeys("Adverts for a shop");
    screenshot("report-form");
    clickTo(By.id("send-report"), "filed=yes");
    assertTrue(driver.findElement(By.id("filed")).getText().startsWith("Thank you"));

    signInAs("mo");
    open("/c/" + SeedWorld.LIBRARY + "/reports");
    WebElement row = driver.findElement(By.cssSelector("#reports li.reported"));
    assertTrue(row.getText().contains("Loud flyer"), row.getText());
    assertTrue(row.getText().contains("Spam: 1"), row.getText());
    assertTrue(row.getText().contains("Adverts for a shop"), row.getText());
    for (String reporter : List.of("olga", "Olga")) {
      assertFalse(page().contains(reporter), "the moderator's page names no reporter");
    }
    screenshot("reports-queue");
    submit(row.findElement(By.cssSelector("button.hide")));
    assertEquals("No open report here.", driver.findElement(By.id("nothing")).getText());

    signInAs("olga");
    open(path);
    assertEquals("Not found", heading());
    open("/c/" + SeedWorld.LIBRARY);
    assertFalse(documentTitles().contains("Loud flyer"), documentTitles().toString());
  }

  @Test
  void hostileTitlesAreTextOnTheDocumentSearchAndReviewPages() {
    Item evil = portal.addEvilDocument();
    signInAs("mia");
    open("/d/" + Links.encode(evil.id().value()));
    assertEquals(TestPortal.EVIL_TITLE, heading());
    assertNoScriptRan();

    open("/search?q=" + Links.encode("onerror"));
    List<String> hits = driver.findElements(By.cssSelector("#hits > li > a")).stream()
        .map(WebElement::getText).toList();
    assertTrue(hits.contains(TestPortal.EVIL_TITLE), hits.toString());
    assertNoScriptRan();

    Item waiting = ModerationFixtures.submittedForReview(portal, "cash-transfers", TestPortal.EVIL_TITLE);
    signInAs("mo");
    open("/c/cash-transfers/review");
    WebElement row = driver.findElement(By.id("review-" + waiting.id().value()));
    assertEquals(TestPortal.EVIL_TITLE, row.findElement(By.tagName("a")).getText());
    assertNoScriptRan();
    screenshot("review-queue");
    submit(row.findElement(By.cssSelector("button.approve")));
    assertEquals("Nothing waits for your review here.", driver.findElement(By.id("nothing")).getText());
  }

  @Test
  void aFormWithoutItsTokenOrWithAStaleOneIsRefused() {
    signInAs("olga");
    open("/c/climate-lab/membership");
    driver.executeScript("document.querySelector('#enter input[name=csrf]').remove();");
    submit(driver.findElement(By.id("join")));
    assertEquals("Not allowed", heading());
    assertTrue(driver.findElement(By.id("problem")).getText().startsWith("The form had expired"));
    screenshot("csrf-refused");

    Item flyer = ModerationFixtures.published(portal, "climate-lab", "Quiet flyer");
    open("/d/" + Links.encode(flyer.id().value()) + "/report");
    driver.executeScript("document.querySelector('#report-form input[name=csrf]').value = 'stale';");
    submit(driver.findElement(By.id("send-report")));
    waiting().until(d -> d.findElements(By.tagName("h1")).stream().anyMatch(h -> h.getText().equals("Not allowed")));

    open("/c/climate-lab/membership");
    assertEquals("You are not a member.", driver.findElement(By.id("standing")).getText());
  }
}
