package dev.convene.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal in a real headless Chromium: Debian's chromium, driven through Debian's chromedriver,
 * both named explicitly so that nothing is ever downloaded. Without them the tests are skipped with
 * a notice, except on CI (CI=true), where they fail. Screenshots of the main pages are written to
 * {@code target/screenshots/}.
 */
class PortalBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir static Path folder;
  private static TestPortal portal;
  private ChromeDriver driver;

  @BeforeAll
  static void start() {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      String notice = "Browser tests skipped: " + CHROMIUM + " or " + CHROMEDRIVER
          + " is missing (apt-get install chromium chromium-driver)";
      if ("true".equals(System.getenv("CI"))) {
        fail(notice.replace("skipped", "cannot run on CI"));
      }
      System.out.println("NOTICE: " + notice);
      Assumptions.abort(notice);
    }
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
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--window-size=1200,900", "--no-first-run", "--disable-extensions");
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @AfterEach
  void closeBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  private void open(String path) {
    driver.get(portal.url(path));
  }

  /** Clicks and waits until the browser has left for a page whose address contains {@code next}. */
  private void clickTo(By target, String next) {
    driver.findElement(target).click();
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains(next));
  }

  private void signInAs(String key) {
    open("/signin");
    driver.findElement(By.id("as-" + key)).click();
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlToBe(portal.url("/")));
    assertTrue(driver.findElement(By.id("signed-in")).getText()
        .contains(DemoUser.byKey(key).orElseThrow().label()));
  }

  private List<String> documentTitles() {
    return driver.findElements(By.cssSelector("#documents a")).stream().map(WebElement::getText).toList();
  }

  private void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
    assertEquals("Annual report 2025", driver.findElement(By.tagName("h1")).getText());
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
    open("/c/" + SeedWorld.HIDDEN);
    assertEquals("Not found", driver.findElement(By.tagName("h1")).getText());
    assertFalse(driver.getPageSource().contains("Zephyr"));
    screenshot("hidden-group-outsider");

    open("/c/no-such-community");
    assertEquals("Not found", driver.findElement(By.tagName("h1")).getText());

    signInAs("mo");
    open("/c/" + SeedWorld.HIDDEN);
    assertEquals(SeedWorld.HIDDEN_NAME, driver.findElement(By.tagName("h1")).getText());
  }
}
