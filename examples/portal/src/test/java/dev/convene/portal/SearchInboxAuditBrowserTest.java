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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Search in French with a facet and pages, suggestions as one types, the inbox and the audit log, in
 * a real headless Chromium. Screenshots go to {@code target/screenshots/}.
 */
class SearchInboxAuditBrowserTest extends BrowserTestBase {
  private static final Locale FR = Locale.FRENCH;
  /** The French documents that speak of the library: eight added here, and the seed's annual report. */
  private static final Set<String> FRENCH_TITLES = new java.util.HashSet<>(Set.of("Rapport annuel 2025"));

  @BeforeAll
  static void addFrenchDocuments() {
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

  private List<String> hitTitles() {
    return driver.findElements(By.cssSelector("#hits > li > a")).stream().map(WebElement::getText).toList();
  }

  @Test
  void aSearchInFrenchDrillsDownALanguageAndKeepsItOnTheNextPage() {
    open("/");
    clickTo(By.cssSelector("header a[lang='fr']"), "lang=fr");
    assertEquals("fr", driver.findElement(By.tagName("html")).getAttribute("lang"));
    open("/search");
    driver.findElement(By.id("q")).sendKeys("bibliothèque");
    clickTo(By.cssSelector("form[action='/search'] button"), "q=biblioth");
    clickTo(By.cssSelector(".facet a[href*='language=fr']"), "language=fr");
    // the eight added here, the annual report, and the seeded library's French documents on libraries
    String total = driver.findElement(By.id("total")).getText();
    assertTrue(total.endsWith(" résultats"), "counted in French: " + total);
    assertTrue(Integer.parseInt(total.substring(0, total.indexOf(' '))) >= FRENCH_TITLES.size(), total);
    assertEquals(5, hitTitles().size());
    List<String> first = hitTitles();

    clickTo(By.id("next"), "after=");
    assertTrue(driver.getCurrentUrl().contains("language=fr"), driver.getCurrentUrl());
    WebElement selected = driver.findElement(By.cssSelector(".facet a.selected"));
    assertTrue(selected.getAttribute("href").contains("q=biblioth"), "unselecting keeps the query");
    assertFalse(selected.getAttribute("href").contains("language=fr"), "the selected value's link unselects it");
    assertTrue(selected.getText().toLowerCase(FR).startsWith("français"), selected.getText());
    List<String> second = hitTitles();
    assertFalse(second.isEmpty(), second.toString());
    assertTrue(second.stream().noneMatch(first::contains), "page 2 goes on where page 1 ended");
    // drill sideways: the language facet still offers English beside the chosen French
    assertFalse(driver.findElements(By.cssSelector(".facet a[href*='language=en']")).isEmpty());
    screenshot("search-french-page-2");
  }

  @Test
  void suggestionsAppearUnderTheSearchBoxAsOneTypes() {
    open("/search");
    driver.findElement(By.id("q")).sendKeys("biblio");
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#suggestions li")));
    List<String> shown = driver.findElements(By.cssSelector("#suggestions li a")).stream()
        .map(WebElement::getText).toList();
    assertFalse(shown.isEmpty());
    // titles that hold the typed word, and concepts of the seeded themes that may be labelled otherwise
    List<String> titles = driver.findElements(By.cssSelector("#suggestions li a")).stream()
        .filter(a -> a.getAttribute("href").contains("q=Biblioth")).map(WebElement::getText).toList();
    assertFalse(titles.isEmpty(), shown.toString());
    assertTrue(titles.stream().allMatch(t -> t.toLowerCase(Locale.ROOT).contains("biblio")), shown.toString());
    screenshot("search-suggestions");
    clickTo(By.cssSelector("#suggestions li a"), "/search?q=");
    assertFalse(hitTitles().isEmpty(), "a suggestion leads to its search");
  }

  @Test
  void anAdminReadsTheInboxAndACommunitysAuditLog() {
    signInAs("ada");
    open("/inbox");
    List<WebElement> unread = driver.findElements(By.cssSelector("#notifications li.unread"));
    assertFalse(unread.isEmpty(), "the admin heard of new items and of Rita's request");
    assertFalse(driver.findElements(By.cssSelector("#notifications li[data-kind='item.published']")).isEmpty());
    assertTrue(driver.findElements(By.cssSelector("#notifications .kind")).stream()
        .allMatch(tag -> List.of("Membership", "Content", "Community").contains(tag.getText())));
    assertFalse(driver.findElement(By.id("notifications")).getText().contains("item.published"),
        "a reader sees words, not codes");
    screenshot("inbox");
    int before = unread.size();
    driver.findElement(By.cssSelector("#notifications li.unread form button")).click();
    waiting().until(d -> d.findElements(By.cssSelector("#notifications li.unread")).size() == before - 1);

    open("/audit");
    clickTo(By.linkText("Open Library"), "/c/" + SeedWorld.LIBRARY + "/audit");
    assertTrue(driver.findElement(By.id("audit")).getText().contains("bob"));
    screenshot("audit-log");
  }
}
