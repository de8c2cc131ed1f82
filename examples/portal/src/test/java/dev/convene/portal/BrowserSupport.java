package dev.convene.portal;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium on a test portal, for browser tests: both binaries named explicitly so
 * that nothing is ever downloaded. Without them a test is skipped with a notice, except on CI
 * (CI=true), where it fails. Screenshots go to {@code target/screenshots/}.
 */
final class BrowserSupport implements AutoCloseable {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  final ChromeDriver driver;
  private final TestPortal portal;

  /** Skips the calling test class (or fails it on CI) when the browser is missing. */
  static void requireBrowser() {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      String notice = "Browser tests skipped: " + CHROMIUM + " or " + CHROMEDRIVER
          + " is missing (apt-get install chromium chromium-driver)";
      if ("true".equals(System.getenv("CI"))) {
        fail(notice.replace("skipped", "cannot run on CI"));
      }
      System.out.println("NOTICE: " + notice);
      Assumptions.abort(notice);
    }
  }

  /** Opens a fresh browser, with no cookies, on {@code portal}. */
  BrowserSupport(TestPortal portal) {
    this.portal = portal;
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--window-size=1200,900", "--no-first-run", "--disable-extensions");
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  void open(String path) {
    driver.get(portal.url(path));
  }

  /** Clicks and waits until the browser has left for a page whose address contains {@code next}. */
  void clickTo(By target, String next) {
    driver.findElement(target).click();
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains(next));
  }

  void signInAs(String key) {
    open("/signin");
    driver.findElement(By.id("as-" + key)).click();
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlToBe(portal.url("/")));
    assertTrue(driver.findElement(By.id("signed-in")).getText()
        .contains(DemoUser.byKey(key).orElseThrow().label()));
  }

  String heading() {
    return driver.findElement(By.tagName("h1")).getText();
  }

  void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
