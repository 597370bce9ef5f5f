package nl.startklaswijzer.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.startklaswijzer.beveiliging.Rol;
import nl.startklaswijzer.bench.MonitorDataGenerator;
import nl.startklaswijzer.domein.Peildatum;
import nl.startklaswijzer.engine.RuleSetRegistry;
import nl.startklaswijzer.opslag.Database;
import nl.startklaswijzer.web.Chromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A policy owner reads the Monitor page in Debian's headless Chromium, over two years of a region's recorded dossiers
 * (made by the benchmark's generator), filters it to one municipality, and prints it. Screenshots and the A4 PDF go to
 * target/screenshots/monitor*.
 */
@QuarkusTest
class MonitorBrowserTest {

    @RegisterExtension
    static final Chromium.Sessie CHROMIUM = new Chromium.Sessie();

    @TestHTTPResource("/")
    URL root;

    @Inject
    Database database;

    @Inject
    RuleSetRegistry registry;

    @Test
    void aPolicyOwnerReadsTheMonitorFiltersItToOneMunicipalityAndPrintsIt() throws IOException {
        ChromeDriver browser = CHROMIUM.browser();
        String voorvoegsel = "BT" + UUID.randomUUID().toString().substring(0, 4);
        MonitorDataGenerator generator = new MonitorDataGenerator(7, registry.get(null), Peildatum.vandaag(), voorvoegsel);
        database.transaction(tx -> generator.vul(900, tx::update, sql -> tx.one(sql, row -> row.getLong(1)).orElse(0L)));

        Chromium.signIn(browser, root.toString(), "beleid-monitor-browser", Rol.BELEID);
        assertTrue(texts("nav[aria-label=Hoofdmenu] a").contains("Monitor"), "het menu van beleid noemt de monitor");
        browser.findElement(By.linkText("Monitor")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.titleIs("Monitor · Startklaswijzer"));

        assertEquals("Monitor", text("h1"));
        assertEquals(List.of("Kerncijfers", "Adviezen per uitkomst per maand", "Complicerende factoren", "Combinaties van factoren",
                "Besluiten en het advies", "Afwijkingen naar reden", "Besluiten voor regulier onderwijs", "Bezetting van de startklas",
                "Terug naar de moederschool", "TLV-aanvragen na de startklas", "Adviezen per gemeente", "Per gemeente"),
                texts(".monitor-onderdeel h2"));
        List<WebElement> grafieken = browser.findElements(By.cssSelector("svg.grafiek[role=img]"));
        assertEquals(10, grafieken.size());
        for (WebElement grafiek : grafieken) {
            assertTrue(grafiek.getSize().getWidth() > 600, "de grafiek is zo breed als de tekst");
            String[] labels = grafiek.getAttribute("aria-labelledby").split(" ");
            assertEquals("title", browser.findElement(By.id(labels[0])).getTagName());
            assertEquals("desc", browser.findElement(By.id(labels[1])).getTagName());
        }
        String kerncijfers = text("#kerncijfers table");
        assertTrue(kerncijfers.contains("Ambitie 2028: 97%") && kerncijfers.contains("Pilot: 75% effectief"), kerncijfers);
        assertTrue(browser.findElements(By.xpath("//td[normalize-space()='<5']")).size() > 0, "kleine aantallen staan er als <5");
        assertTrue(browser.findElement(By.cssSelector("#adviezen-per-maand .download a")).getAttribute("href")
                .endsWith("&formaat=csv&tabel=adviezen-per-maand"));
        Chromium.screenshot(browser, "monitor");

        new Select(browser.findElement(By.name("gemeente"))).selectByVisibleText("Brunssum");
        WebElement knop = browser.findElement(By.cssSelector("form.filters button[type=submit]"));
        knop.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(knop));
        assertTrue(text(".periode").endsWith("alle regelsets, gemeente Brunssum."), text(".periode"));
        assertEquals(List.of("Brunssum", "Totaal"), texts("#gemeenten tbody th"));
        Chromium.screenshot(browser, "monitor-brunssum");

        Chromium.printToPdf(browser, "monitor");
        // As on paper: print styles, and the width of A4 within its margins (178 mm at 96 dpi).
        Dimension scherm = browser.manage().window().getSize();
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        browser.manage().window().setSize(new Dimension(673 + scherm.getWidth() - ((Number) browser.executeScript(
                "return document.documentElement.clientWidth")).intValue(), scherm.getHeight()));
        try {
            // A resize takes effect asynchronously; on a busy machine the layout may not have followed yet.
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> ((Number) browser.executeScript(
                    "return document.documentElement.clientWidth")).intValue() <= 673);
            assertEquals("none", browser.findElement(By.cssSelector("form.filters")).getCssValue("display"), "geen formulier op papier");
            assertEquals("block", grafieken(0).getCssValue("display"), "de grafieken wel");
            assertTrue(((Number) browser.executeScript("return document.documentElement.scrollWidth")).intValue() <= 673,
                    "niets steekt buiten de breedte van A4");
            Chromium.screenshot(browser, "monitor-afdruk");
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            browser.manage().window().setSize(scherm);
        }
    }

    private static WebElement grafieken(int i) {
        return CHROMIUM.browser().findElements(By.cssSelector("svg.grafiek")).get(i);
    }

    private static String text(String css) {
        return CHROMIUM.browser().findElement(By.cssSelector(css)).getText();
    }

    private static List<String> texts(String css) {
        return CHROMIUM.browser().findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }
}
