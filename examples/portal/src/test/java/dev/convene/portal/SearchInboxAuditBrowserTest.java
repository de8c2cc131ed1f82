package dev.convene.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.Visibility;
import dev.convene.platform.Convene;
import dev.convene.platform.ItemDraft;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Search in French with a facet and pages, suggestions as one types, the inbox and the audit log, in
 * a real headless Chromium. Screenshots go to {@code target/screenshots/}.
 */
class SearchInboxAuditBrowserTest {
  private static final Locale FR = Locale.FRENCH;
  /** The French documents that speak of the library: eight added here, and the seed's annual report. */
  private static final Set<String> FRENCH_TITLES = new java.util.HashSet<>(Set.of("Rapport annuel 2025"));

  @TempDir static Path folder;
  private static TestPortal portal;
  private BrowserSession browser;

  @BeforeAll
  static void start() {
    BrowserSession.requireBrowser();
    portal = new TestPortal(folder);
    Convene convene = portal.portal.convene();
    Actor ada = portal.actor("ada");
    Community library = convene.communities().bySlug(ada, SeedWorld.LIBRARY);
    List<ItemDraft> drafts = new ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      String title = "Bibliothèque, fiche " + i;
      FRENCH_TITLES.add(title);
      drafts.add(ItemDraft.document(title, FR, Visibility.PUBLIC).summary("La bibliothèque ouvre une salle."));
    }
    for (int i = 1; i <= 3; i++) {
      drafts.add(ItemDraft.document("Bibliothèque visit " + i, Locale.ENGLISH, Visibility.PUBLIC)
          .summary("Notes from a visit to the Bibliothèque."));
    }
    for (ItemDraft draft : drafts) {
      Item item = convene.content().create(ada, library.id(), draft);
      convene.content().submitOrPublish(ada, item.id());
    }
    convene.awaitSearchable(Duration.ofSeconds(30));
    assertTrue(convene.notifications().awaitDelivered(Duration.ofSeconds(30)));
  }

  @AfterAll
  static void stop() {
    if (portal != null) {
      portal.close();
    }
  }

  @BeforeEach
  void openBrowser() {
    browser = new BrowserSession(portal);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  private List<String> hitTitles() {
    return browser.driver.findElements(By.cssSelector("#hits > li > a")).stream().map(WebElement::getText).toList();
  }

  @Test
  void aSearchInFrenchDrillsDownALanguageAndKeepsItOnTheNextPage() {
    browser.open("/");
    browser.clickTo(By.cssSelector("header a[lang='fr']"), "lang=fr");
    assertEquals("fr", browser.driver.findElement(By.tagName("html")).getAttribute("lang"));
    browser.open("/search");
    browser.driver.findElement(By.id("q")).sendKeys("bibliothèque");
    browser.clickTo(By.cssSelector("form[action='/search'] button"), "q=biblioth");
    browser.clickTo(By.cssSelector(".facet a[href*='language=fr']"), "language=fr");
    assertEquals("9 found", browser.driver.findElement(By.id("total")).getText());
    assertEquals(5, hitTitles().size());
    assertTrue(FRENCH_TITLES.containsAll(hitTitles()), hitTitles().toString());
    List<String> first = hitTitles();

    browser.clickTo(By.id("next"), "after=");
    assertTrue(browser.driver.getCurrentUrl().contains("language=fr"), browser.driver.getCurrentUrl());
    WebElement selected = browser.driver.findElement(By.cssSelector(".facet a.selected"));
    assertTrue(selected.getAttribute("href").contains("q=biblioth"), "unselecting keeps the query");
    assertFalse(selected.getAttribute("href").contains("language=fr"), "the selected value's link unselects it");
    assertTrue(selected.getText().toLowerCase(FR).startsWith("français"), selected.getText());
    List<String> second = hitTitles();
    assertEquals(4, second.size(), second.toString());
    assertTrue(FRENCH_TITLES.containsAll(second), second.toString());
    assertTrue(second.stream().noneMatch(first::contains), "page 2 goes on where page 1 ended");
    // drill sideways: the language facet still offers English beside the chosen French
    assertFalse(browser.driver.findElements(By.cssSelector(".facet a[href*='language=en']")).isEmpty());
    browser.screenshot("search-french-page-2");
  }

  @Test
  void suggestionsAppearUnderTheSearchBoxAsOneTypes() {
    browser.open("/search");
    browser.driver.findElement(By.id("q")).sendKeys("biblio");
    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#suggestions li")));
    List<String> shown = browser.driver.findElements(By.cssSelector("#suggestions li a")).stream()
        .map(WebElement::getText).toList();
    assertFalse(shown.isEmpty());
    assertTrue(shown.stream().allMatch(t -> t.toLowerCase(Locale.ROOT).contains("biblio")), shown.toString());
    browser.screenshot("search-suggestions");
    browser.clickTo(By.cssSelector("#suggestions li a"), "/search?q=");
    assertFalse(hitTitles().isEmpty(), "a suggestion leads to its search");
  }

  @Test
  void anAdminReadsTheInboxAndACommunitysAuditLog() {
    browser.signInAs("ada");
    browser.open("/inbox");
    List<WebElement> unread = browser.driver.findElements(By.cssSelector("#notifications li.unread"));
    assertFalse(unread.isEmpty(), "the admin heard of new items and of Rita's request");
    assertTrue(browser.driver.findElement(By.id("notifications")).getText().contains("membership.requested"));
    browser.screenshot("inbox");
    int before = unread.size();
    browser.driver.findElement(By.cssSelector("#notifications li.unread form button")).click();
    browser.waiting().until(d -> d.findElements(By.cssSelector("#notifications li.unread")).size() == before - 1);

    browser.open("/audit");
    browser.clickTo(By.linkText("Open Library"), "/c/" + SeedWorld.LIBRARY + "/audit");
    assertTrue(browser.driver.findElement(By.id("audit")).getText().contains("bob"));
    browser.screenshot("audit-log");
  }
}
