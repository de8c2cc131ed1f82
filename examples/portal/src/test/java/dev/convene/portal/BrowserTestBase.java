package dev.convene.portal;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
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
 * What the browser tests share: the portal in a real headless Chromium, Debian's chromium driven
 * through Debian's chromedriver, both named explicitly so that nothing is ever downloaded. Without
 * them the tests are skipped with a notice, except on CI (CI=true), where they fail. Screenshots
 * are written to {@code target/screenshots/}. One portal serves a test class (a subclass's own
 * {@code @BeforeAll} may add data to it); each test opens a fresh browser with no cookies.
 */
abstract class BrowserTestBase {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir static Path folder;
  static TestPortal portal;
  ChromeDriver driver;

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

  void open(String path) {
    driver.get(portal.url(path));
  }

  /** Waits up to thirty seconds for a condition on the page. */
  WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  /** The text of the page's main heading. */
  String heading() {
    return driver.findElement(By.tagName("h1")).getText();
  }

  /**
   * Clicks a form's button and waits until the page it was on is gone, so that what the test reads next
   * is the form's answer, even when that answer comes back to the same address.
   */
  void submit(WebElement button) {
    button.click();
    waiting().until(ExpectedConditions.stalenessOf(button));
  }

  /** Clicks and waits until the browser has left for a page whose address contains {@code next}. */
  void clickTo(By target, String next) {
    WebElement clicked = driver.findElement(target);
    clicked.click();
    // the address may contain next before the click (a form on /c/x/membership answering with /c/x):
    // the page the click left must be gone too
    waiting().until(ExpectedConditions.and(ExpectedConditions.stalenessOf(clicked),
        ExpectedConditions.urlContains(next)));
  }

  void signInAs(String key) {
    open("/signin");
    driver.findElement(By.id("as-" + key)).click();
    waiting().until(ExpectedConditions.urlToBe(portal.url("/")));
    // named in the page's language, which the session may have switched
    PortalText words = PortalText.of(java.util.Locale.forLanguageTag(
        driver.findElement(By.tagName("html")).getAttribute("lang")));
    assertTrue(driver.findElement(By.id("signed-in")).getText()
        .contains(words.user(DemoUser.byKey(key).orElseThrow())));
  }

  /** Writes a screenshot of the window to {@code target/screenshots/<name>.png}. */
  void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
