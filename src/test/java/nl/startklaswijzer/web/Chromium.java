package nl.startklaswijzer.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import nl.startklaswijzer.beveiliging.Rol;
import nl.startklaswijzer.beveiliging.TestGebruikers;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium for the browser tests: started without ever downloading a browser or driver, signed in
 * through the sign-in form, and pages saved as screenshots and A4 PDFs under target/screenshots/.
 */
public final class Chromium {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Chromium() {
    }

    /** Chromium for the tests of one class (as a JUnit extension): started before the first, quit after the last. */
    public static final class Sessie implements BeforeAllCallback, AfterAllCallback {
        private ChromeDriver browser;

        @Override
        public void beforeAll(ExtensionContext context) throws IOException {
            browser = start();
        }

        @Override
        public void afterAll(ExtensionContext context) {
            if (browser != null) {
                browser.quit();
            }
        }

        public ChromeDriver browser() {
            return browser;
        }
    }

    /** Starts Chromium; without /usr/bin/chromium and /usr/bin/chromedriver the calling tests are skipped. */
    public static ChromeDriver start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium of chromedriver ontbreekt (apt-get install chromium chromium-driver); browsertests overgeslagen.");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1600", "--lang=nl-NL",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profiel"));
        // The driver is named explicitly, so Selenium Manager never looks for (or downloads) one.
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        Files.createDirectories(SCREENSHOTS);
        return browser;
    }

    /** Signs in through the sign-in form as a user holding these roles, after signing out whoever was signed in. */
    public static void signIn(ChromeDriver browser, String root, String user, Rol... roles) {
        TestGebruikers.zorgVoor(user, roles);
        browser.manage().deleteAllCookies();
        browser.get(root + "inloggen");
        browser.findElement(By.name("j_username")).sendKeys(user);
        browser.findElement(By.name("j_password")).sendKeys(TestGebruikers.wachtwoord(user));
        // Signing in redirects twice; wait for the signed-in page itself rather than for the old form to go stale.
        browser.findElement(By.cssSelector("form.aanmelden button[type=submit]")).click();
        WebElement signedIn = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".aangemeld")));
        if (!signedIn.getText().contains(user)) {
            throw new AssertionError("niet aangemeld als " + user + ": " + signedIn.getText());
        }
    }

    /** The whole page, not just the window: Chromium's DevTools capture beyond the viewport. */
    @SuppressWarnings("unchecked")
    public static void screenshot(ChromeDriver browser, String name) throws IOException {
        Map<String, Object> size = (Map<String, Object>) browser.executeCdpCommand("Page.getLayoutMetrics", Map.of())
                .get("cssContentSize");
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of(
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"), "scale", 1)));
        Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    }

    /** The page printed on A4, as a person would print it from the browser. */
    public static void printToPdf(ChromeDriver browser, String name) throws IOException {
        Map<String, Object> pdf = browser.executeCdpCommand("Page.printToPDF",
                Map.of("paperWidth", 8.27, "paperHeight", 11.69, "preferCSSPageSize", true));
        Files.write(SCREENSHOTS.resolve(name + ".pdf"), Base64.getDecoder().decode((String) pdf.get("data")));
    }
}
