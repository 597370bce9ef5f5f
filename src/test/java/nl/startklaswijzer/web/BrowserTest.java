package nl.startklaswijzer.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import nl.startklaswijzer.beveiliging.OrganisatieSoort;
import nl.startklaswijzer.beveiliging.Rol;
import nl.startklaswijzer.beveiliging.TestGebruikers;
import nl.startklaswijzer.domein.Peildatum;
import nl.startklaswijzer.opslag.Database;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.startklaswijzer.engine.RuleSetSource;
import nl.startklaswijzer.engine.scenario.ScenarioFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives the pages in Debian's headless Chromium as a person would: fill in, submit, read. Screenshots go to
 * target/screenshots/. Without /usr/bin/chromium and /usr/bin/chromedriver the tests are skipped; .ci/run installs them.
 */
@QuarkusTest
class BrowserTest {

    private static ChromeDriver browser;

    @TestHTTPResource("/")
    URL root;

    @Inject
    Database database;

    @BeforeAll
    static void startChromium() throws IOException {
        browser = Chromium.start();
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aKnooppuntMemberEntersACaseAndReadsWhy() throws IOException {
        signIn("knooppunt-browser", Rol.KNOOPPUNT);
        enterTheContractExampleWithAThirdChildNotToiletTrained();

        assertEquals("Advies K-0042 · Startklaswijzer", browser.getTitle());
        assertEquals("Uitkomst: startklas, eerst bespreken in het knooppunt", text(".uitkomst-kop"));
        List<String> decisive = texts("h3 + ul.redenen .reden-tekst");
        assertTrue(decisive.get(0).startsWith("Het schoolondersteuningsprofiel van BS De Wissel voorziet niet in gedrag"), decisive.toString());
        assertTrue(decisive.get(1).startsWith("Er zitten al 2 kinderen in de groep die niet zindelijk zijn"), decisive.toString());
        assertTrue(body().contains("Bron: Plan Passend Onderwijs Cluster Brunssum, bijlage 1 Het kind in de startklas"));
        assertTrue(body().contains("Feiten: aantal: 2"));
        List<String> actions = texts("#wat-te-doen + ul.acties .actie-tekst");
        assertTrue(actions.get(0).startsWith("Plan een knooppuntoverleg"), actions.toString());
        assertTrue(texts("#wat-te-doen + ul.acties .actie-datum").contains("Uiterlijk 1 september 2027"),
                texts("#wat-te-doen + ul.acties .actie-datum").toString());
        assertTrue(text(".regelset").matches("Gemaakt met regelset cluster-brunssum, versie [0-9a-f]{12}, voor peildatum 1 september 2026\\..*"),
                text(".regelset"));
        screenshot("casus-advies");
        printToPdf("casus-advies");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertEquals("none", browser.findElement(By.cssSelector(".kop")).getCssValue("display"));
            screenshot("casus-advies-afdruk");
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void aKnooppuntMemberReadsTheRegionsArrangementsAndWhatWouldChangeTheAdvice() throws IOException {
        signIn("knooppunt-browser", Rol.KNOOPPUNT);
        enterTheContractExampleWithAThirdChildNotToiletTrained();

        assertEquals("Geplande start: 1 september 2026; alle termijnen tellen vanaf die dag.", text(".startdatum"));
        // The catalogue's arrangements, least specialised first, each with its reasons and the steps to get there.
        assertEquals(List.of("Extra ondersteuning op de moederschool bespreken",
                        "Een andere reguliere school met het passende profiel bespreken", "Onderwijs-zorgarrangement bespreken",
                        "Speciaal basisonderwijs (SBO) bespreken", "Speciaal onderwijs (SO) bespreken"),
                texts(".aanbod h3").stream().map(t -> t.replace("\n", " ")).toList());
        WebElement sbo = browser.findElement(By.id("aanbod-SBO")).findElement(By.xpath(".."));
        assertTrue(sbo.getText().contains("Vraag bij het samenwerkingsverband een toelaatbaarheidsverklaring (TLV) aan"), sbo.getText());
        assertTrue(sbo.getText().contains("Wie: De moederschool vraagt aan, samen met de ouders"), sbo.getText());
        assertTrue(text(".niet-in-aanmerking").contains("Voorschoolse dagbehandeling: Voorschoolse dagbehandeling is er voor kinderen jonger dan 4 jaar"),
                text(".niet-in-aanmerking"));
        screenshot("casus-arrangementen");

        // What would change the advice: the startklas fits once the child is toilet trained, or with one child fewer
        // in the group who is not, or in another group; the moederschool fits once its SOP covers behaviour.
        assertEquals(List.of("De moederschool niet passend wordt passend als:", "De startklas bespreken wordt passend als:"),
                texts(".verandering h3").stream().map(t -> t.replace("\n", " ")).toList());
        assertEquals(List.of("Het schoolondersteuningsprofiel van BS De Wissel dekt ook gedrag.", "Het kind is zindelijk.",
                        "Er zit één kind minder in de groep bij wie niet zindelijk speelt.",
                        "Een andere startklasgroep, met plek en zonder kinderen bij wie een complicerende factor speelt."),
                texts(".mogelijkheid-veranderingen"));
        assertTrue(texts(".mogelijkheid-uitkomst").contains("Dan wordt de uitkomst: startklas. Dan gelden:"),
                texts(".mogelijkheid-uitkomst").toString());
        assertTrue(text("#wat-zou-veranderen ~ .geen-verandering").startsWith("Voor Extra ondersteuning op de moederschool,"),
                text("#wat-zou-veranderen ~ .geen-verandering"));
        ((JavascriptExecutor) browser).executeScript("document.getElementById('wat-zou-veranderen').scrollIntoView()");
        screenshot("casus-wat-zou-veranderen");
    }

    @Test
    void anInvalidBirthDateShowsItsMessageAtTheField() throws IOException {
        signIn("knooppunt-browser", Rol.KNOOPPUNT);
        open("casus");
        type("kind.geboortedatum", "15-08-2022");
        submit("main button[type=submit]");

        WebElement field = browser.findElement(By.id("veld-kind-geboortedatum"));
        WebElement wrapper = field.findElement(By.xpath(".."));
        assertEquals("true", field.getAttribute("aria-invalid"));
        assertEquals("Fout: '15-08-2022' is geen geldige datum; gebruik JJJJ-MM-DD.", message(wrapper));
        assertTrue(field.getAttribute("aria-describedby").contains("veld-kind-geboortedatum-fout"));
        assertEquals("15-08-2022", field.getAttribute("value"), "what was typed stays");
        assertEquals("Er is 1 fout in het formulier", text(".foutensamenvatting h2"));
        browser.findElement(By.cssSelector(".foutensamenvatting a")).click();
        assertTrue(browser.getCurrentUrl().endsWith("#veld-kind-geboortedatum"));
        screenshot("casus-fout-geboortedatum");
    }

    @Test
    void aBirthDateAfterThePeildatumShowsItsMessageAtTheField() {
        signIn("knooppunt-browser", Rol.KNOOPPUNT);
        open("casus");
        replace("peildatum", "2026-09-01");
        type("kind.geboortedatum", "2027-01-01");
        type("startklas.aantalLeerlingen", "veel");
        submit("main button[type=submit]");
        WebElement wrapper = browser.findElement(By.id("veld-kind-geboortedatum")).findElement(By.xpath(".."));
        assertEquals("Fout: De geboortedatum ligt na de peildatum (2026-09-01).", message(wrapper));
        WebElement groupWrapper = browser.findElement(By.id("veld-startklas-aantalLeerlingen")).findElement(By.xpath(".."));
        assertTrue(message(groupWrapper).contains("als een getal"), message(groupWrapper));
    }

    @Test
    void voorschoolStaffPreScreenAChild() throws IOException {
        signIn("voorschool-browser", Rol.VOORSCHOOL);
        assertEquals(List.of("Signalering", "Regels"), texts("nav[aria-label=Hoofdmenu] a"), "het menu van de voorschool");
        open("signalering");
        replace("peildatum", "2025-12-01");
        type("kind.referentie", "P-17");
        type("kind.geboortedatum", "2022-08-15");
        check("Spraak-taal");
        check("Wat de voorschool ziet en doet, is vastgelegd");
        submit("main button[type=submit]");

        assertEquals("bespreek het kind in een knooppunt", text(".uitkomst-kop"));
        assertTrue(body().contains("Knooppunt rond\n15 februari 2026") || body().contains("Knooppunt rond 15 februari 2026"), body());
        assertTrue(body().contains("15 maart 2026"));
        List<String> actions = texts(".actie-tekst");
        assertTrue(actions.get(0).startsWith("Nodig de onderwijsadviseur uit"), actions.toString());
        assertTrue(actions.get(1).startsWith("Vraag de ouders om het toestemmingsformulier"), actions.toString());
        screenshot("signalering-uitslag");
    }

    @Test
    void aVoorschoolHandsOverASignalAndTheKnooppuntSeesItOnceConsentIsRecorded() throws IOException {
        String voorschool = TestGebruikers.zorgVoor("voorschool-overdracht-browser",
                TestGebruikers.zorgVoorOrganisatie("psz-browser", OrganisatieSoort.VOORSCHOOL), Rol.VOORSCHOOL);
        String referentie = "P-BR-" + System.nanoTime() % 100000;
        signIn(voorschool, Rol.VOORSCHOOL);
        open("signalering");
        type("kind.referentie", referentie);
        type("kind.geboortedatum", Peildatum.vandaag().minusYears(3).minusMonths(1).withDayOfMonth(15).toString());
        check("Spraak-taal");
        check("Wat de voorschool ziet en doet, is vastgelegd");
        submit("button[formaction='/signalering/vastleggen']");
        assertTrue(text(".melding").startsWith("De signalering is vastgelegd."), text(".melding"));
        assertTrue(body().contains("Nog geen toestemming vastgelegd"));

        signIn("knooppunt-browser", Rol.KNOOPPUNT);
        open("agenda");
        String binnenkomend = browser.findElement(By.xpath("//table[contains(@class,'binnenkomend')]//tr[.//a[normalize-space()='"
                + referentie + "']]")).getText();
        assertTrue(binnenkomend.contains("nog niet vastgelegd"), binnenkomend);
        open("dossiers/" + referentie);
        assertTrue(body().contains("Signalering van Organisatie psz-browser: wacht op de toestemming van de ouders"));

        signIn(voorschool, Rol.VOORSCHOOL);
        open("signalering/vastgelegd/" + referentie);
        check("De ouders of verzorgers samen");
        submit("#veld-toestemming button[type=submit]");
        assertTrue(text(".melding").startsWith("De toestemming van de ouders is vastgelegd"), text(".melding"));
        screenshot("signalering-vastgelegd");

        signIn("knooppunt-browser", Rol.KNOOPPUNT);
        open("dossiers/" + referentie);
        assertTrue(body().contains("Signalering van Organisatie psz-browser: bespreek het kind in een knooppunt"));
        assertTrue(body().contains("Toestemming van de ouders voor de warme overdracht (Organisatie psz-browser)"));
        screenshot("dossier-signalering");
    }

    @Test
    void aPolicyOwnerReadsTheRuleBookAndTriesAChange() throws Exception {
        signIn("beleid-browser", Rol.BELEID);
        assertEquals(List.of("Casus bekijken", "Monitor", "Regels"), texts("nav[aria-label=Hoofdmenu] a"), "het menu van beleid");
        open("regels");
        assertTrue(body().contains("cluster-brunssum (standaard)"));
        screenshot("regels-overzicht");
        WebElement link = browser.findElement(By.linkText("Regelboek"));
        link.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> isGone(link));
        assertTrue(body().contains("startklas-groep-niet-zindelijk"));
        assertTrue(body().contains("Er {aantal|zit al # kind in de groep dat niet zindelijk is|zitten al # kinderen in de groep die niet zindelijk zijn}"));
        assertTrue(body().contains("groepsgrootte"));
        assertTrue(text(".catalogus").contains("Speciaal basisonderwijs (SBO)\nSBO"), text(".catalogus"));
        assertTrue(text(".catalogus").contains("Voorwaarden: een TLV van het samenwerkingsverband en vanaf 4 jaar"), text(".catalogus"));
        screenshot("regels-regelboek");

        open("regels/cluster-brunssum/proberen");
        new Select(browser.findElement(By.id("kies-bestand"))).selectByValue("parameters.yaml");
        submit("main form[method=get] button");
        WebElement content = browser.findElement(By.id("inhoud"));
        String changed = content.getAttribute("value").replace("NIET_ZINDELIJK: 2", "NIET_ZINDELIJK: 1");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", content, changed);
        submit("main form[method=post] button");

        int unchanged = ScenarioFiles.read(RuleSetSource.read(Path.of("rules", "cluster-brunssum"))).size() - 1;
        assertEquals("1 scenario krijgt een ander advies; " + unchanged + " blijven gelijk.", text("#uitslag-sectie > p"));
        assertEquals("Voorbeeld uit het contract", text(".wijziging h3"));
        assertTrue(text(".wijziging").contains("STARTKLAS wordt STARTKLAS_BESPREKEN"));
        assertTrue(text(".foutensamenvatting").contains("Scenario 'Voorbeeld uit het contract' faalt"));
        screenshot("regels-proberen");
    }

    @Test
    void beheerCreatesAUserOnTheBeheerPageAndReadsTheAuditLog() throws IOException {
        signIn("beheer-browser", Rol.BEHEER);
        assertEquals(List.of("Regels", "Beheer"), texts("nav[aria-label=Hoofdmenu] a"), "het menu van beheer");
        open("beheer");
        WebElement form = browser.findElement(By.cssSelector("form[action='/beheer/gebruikers']"));
        form.findElement(By.id("nieuw-gebruikersnaam")).sendKeys("nieuw-via-pagina");
        form.findElement(By.id("nieuw-wachtwoord")).sendKeys("een-wachtwoord-van-de-pagina");
        form.findElement(By.xpath(".//label[normalize-space()='Knooppunt']")).click();
        submit("form[action='/beheer/gebruikers'] button");
        assertEquals("Gebruiker nieuw-via-pagina is aangemaakt.", text(".melding"));
        assertTrue(text("table.tabel tbody").contains("nieuw-via-pagina"));
        assertTrue(body().contains("GEBRUIKER_AANGEMAAKT"), "het auditlog toont de nieuwe gebruiker");
        screenshot("beheer");

        open("casus");
        assertEquals("Geen toegang", text("h1"), "beheer heeft geen toegang tot casussen");
        browser.findElement(By.cssSelector(".uitloggen button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/inloggen"));
        open("beheer");
        assertTrue(browser.getCurrentUrl().endsWith("/inloggen"), "na afmelden terug naar het aanmeldformulier");
        screenshot("inloggen");
    }

    @Test
    void aKnooppuntMemberFollowsAChildFromGroupToAgenda() throws IOException {
        signIn("knooppunt-dossier-browser", Rol.KNOOPPUNT);
        assertEquals(List.of("Casus bekijken", "Dossiers", "Agenda", "Groepen", "Monitor", "Signalering", "Regels"),
                texts("nav[aria-label=Hoofdmenu] a"), "het menu van het knooppunt");
        String vandaag = Peildatum.vandaag().toString();

        open("groepen");
        type("naam", "Startklas Noord");
        type("plaats", "BS De Wissel, Brunssum");
        type("capaciteit", "12");
        submit("form[method=post][action='/groepen'] button");
        assertEquals("Groep Startklas Noord is aangemaakt.", text(".melding"));

        open("casus");
        type("kind.referentie", "K-BROWSER-1");
        replace("peildatum", vandaag);
        type("kind.geboortedatum", Peildatum.vandaag().minusYears(4).minusMonths(2).toString());
        check("Spraak-taal");
        check("Gedrag");
        check("Niet zindelijk");
        new Select(browser.findElement(By.name("startklas.groep"))).selectByValue("Startklas Noord");
        check("De ouders hebben toestemming gegeven voor de warme overdracht");
        screenshot("casus-groep-kiezen");
        submit("main form[action='/casus'] button[type=submit]");
        assertTrue(body().contains("groep Startklas Noord: 0 leerlingen van 12"), body());
        screenshot("casus-advies-opslaan");

        submit("form.opslaan button[type=submit]");
        assertEquals("Dossier K-BROWSER-1", text("h1"));
        assertTrue(text(".melding").startsWith("Het advies (startklas"), text(".melding"));
        assertTrue(text(".tijdlijn").contains("Advies: startklas"), text(".tijdlijn"));

        submit("#veld-besluit button[type=submit]");
        String arrangement = message(browser.findElement(By.id("veld-besluit-arrangement")));
        assertTrue(arrangement.startsWith("Fout: Kies het arrangement"), arrangement);
        assertEquals("Er is 1 fout in het formulier", text(".foutensamenvatting h2"));
        screenshot("dossier-besluit-fout");

        check("De startklas (zoals geadviseerd)");
        replace("besluit.startdatum", vandaag);
        new Select(browser.findElement(By.name("besluit.groep"))).selectByValue("Startklas Noord");
        check("Onderwijsadviseur");
        check("Intern begeleider (IB-er) van de moederschool");
        check("Ouders");
        submit("#veld-besluit button[type=submit]");
        assertEquals("Het besluit voor de startklas is vastgelegd.", text(".melding"));
        List<String> tijdlijn = texts(".tijdlijn h3");
        assertEquals(List.of("Start in de startklas", "Besluit: de startklas"), tijdlijn.subList(0, 2), tijdlijn.toString());
        assertTrue(text("#kop-agenda + table").contains("Evaluatie met de IB-er van de moederschool en de ouders"));
        screenshot("dossier");
        printToPdf("dossier");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertEquals("none", browser.findElement(By.id("veld-besluit")).getCssValue("display"), "formulieren niet op papier");
            screenshot("dossier-afdruk");
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        assertLabelledAndSkippable("dossiers/K-BROWSER-1");

        browser.findElement(By.partialLinkText("Advies bekijken")).click();
        assertEquals("Vastgelegd advies voor K-BROWSER-1", text("h1"));
        assertTrue(body().contains("groep Startklas Noord: 0 leerlingen van 12"), "de groep zoals die toen was");
        screenshot("dossier-advies");
        browser.findElement(By.linkText("Zou het advies nu anders zijn?")).click();
        assertEquals("Nee, het advies zou nu hetzelfde zijn.", text(".uitkomst-kop"));
        screenshot("herbeoordeling");

        // Nothing is overdue on a placement that starts today; the first evaluation is moved back to show how it looks.
        database.update("UPDATE agenda_item SET datum = ? WHERE id = (SELECT MIN(id) FROM agenda_item WHERE referentie = ?)",
                Peildatum.vandaag().minusDays(3), "K-BROWSER-1");
        open("agenda");
        assertEquals("Te laat", text("#kop-te-laat"));
        assertTrue(text("#kop-te-laat + table").contains("K-BROWSER-1"));
        screenshot("agenda");
        submit("#kop-te-laat + table button[type=submit]");
        assertTrue(text(".melding").startsWith("Afgevinkt: Evaluatie met de IB-er"), text(".melding"));
        assertTrue(browser.findElements(By.id("kop-te-laat")).isEmpty(), "niets meer te laat");

        open("dossiers");
        type("referentie", "K-BROWSER-1");
        submit("main form button[type=submit]");
        assertTrue(text("#kop-agenda + table").contains("Gedaan op"), text("#kop-agenda + table"));
        submit("#kop-agenda + table button[type=submit]");
        assertTrue(text(".melding").startsWith("Afgevinkt: Observatie door de moederschool"), text(".melding"));
        screenshot("dossier-agenda-gedaan");

        open("groepen");
        assertEquals("Niet zindelijk 1 2 ruimte", nietZindelijkIn("Startklas Noord"));
        plaatsViaDeApi("knooppunt-dossier-browser", "K-BROWSER-2", "Startklas Noord");
        open("groepen");
        assertEquals("Niet zindelijk 2 2 Grens bereikt", nietZindelijkIn("Startklas Noord"));
        assertTrue(text("table.tabel tbody").contains("Startklas Noord BS De Wissel, Brunssum 12 2 10"), text("table.tabel tbody"));
        screenshot("groepen");

        open("dossiers/K-BROWSER-1/verwijderen");
        assertEquals("Weet u het zeker?", text("h1"));
        screenshot("dossier-wissen");
        submit("main form button[type=submit]");
        assertEquals("Dossier K-BROWSER-1 is gewist.", text(".melding"));
    }

    /** The row of the group's composition for children who are not toilet trained: factor, count, limit, state. */
    private static String nietZindelijkIn(String groep) {
        return browser.findElement(By.xpath("//section[@class='groep'][.//h3[normalize-space()='" + groep + "']]"
                + "//tr[th[normalize-space()='Niet zindelijk']]")).getText();
    }

    /** A second child who is not toilet trained, advised and placed in the group through the API. */
    private static void plaatsViaDeApi(String user, String referentie, String groep) {
        String vandaag = Peildatum.vandaag().toString();
        given().auth().preemptive().basic(user, TestGebruikers.wachtwoord(user)).contentType(ContentType.JSON)
                .body(Map.of("peildatum", vandaag, "startklas", Map.of("groep", groep), "kind", Map.of(
                        "geboortedatum", Peildatum.vandaag().minusYears(4).minusMonths(1).toString(),
                        "ondersteuningsbehoeften", List.of("GEDRAG", "SPRAAK_TAAL"),
                        "complicerendeFactoren", List.of("NIET_ZINDELIJK"))))
                .when().post("/api/v1/dossiers/" + referentie + "/adviezen")
                .then().statusCode(201);
        given().auth().preemptive().basic(user, TestGebruikers.wachtwoord(user)).contentType(ContentType.JSON)
                .body(Map.of("versie", 1, "datum", vandaag, "arrangement", "STARTKLAS", "startdatum", vandaag, "groep", groep,
                        "aanwezig", List.of("ONDERWIJSADVISEUR")))
                .when().post("/api/v1/dossiers/" + referentie + "/besluiten")
                .then().statusCode(201);
    }

    @Test
    void everyPageIsDutchLabelledAndKeyboardFriendly() {
        signIn("alle-rollen-browser", Rol.KNOOPPUNT, Rol.VOORSCHOOL, Rol.BELEID, Rol.BEHEER);
        for (String page : List.of("", "casus", "signalering", "regels", "regels/cluster-brunssum", "regels/cluster-brunssum/proberen",
                "beheer", "dossiers", "agenda", "groepen", "monitor", "inloggen")) {
            assertLabelledAndSkippable(page);
        }
    }

    /** The contract's example on the form, with a group of 5 of whom 2 are not toilet trained, submitted. */
    private void enterTheContractExampleWithAThirdChildNotToiletTrained() {
        open("casus");
        type("kind.referentie", "K-0042");
        replace("peildatum", "2026-09-01");
        type("kind.geboortedatum", "2022-08-15");
        type("kind.gemeente", "Brunssum");
        check("Spraak-taal");
        check("Gedrag");
        check("Niet zindelijk");
        type("moederschool.naam", "BS De Wissel");
        check("Ja, ik weet wat het SOP dekt");
        browser.findElement(By.id("veld-moederschool-kanVoorzienIn-SPRAAK_TAAL")).click();
        type("startklas.aantalLeerlingen", "5");
        type("startklas.aantal.NIET_ZINDELIJK", "2");
        check("De ouders hebben toestemming gegeven voor de warme overdracht");
        submit("main button[type=submit]");
    }

    /** The page says it is Dutch, every field has a label, and the first Tab offers to skip to the content. */
    private void assertLabelledAndSkippable(String page) {
        open(page);
        assertEquals("nl", browser.findElement(By.tagName("html")).getAttribute("lang"), page);
        Object unlabelled = ((JavascriptExecutor) browser).executeScript(
                "return [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]"
                        + ".filter(e => e.labels.length === 0).map(e => e.name);");
        assertEquals(List.of(), unlabelled, page + ": velden zonder label");
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertEquals("Naar de inhoud", browser.switchTo().activeElement().getText(), page + ": eerste tab");
    }

    /** Clicks a submit button and waits until the next page has replaced this one, as a person waits to read it. */
    private static void submit(String css) {
        WebElement button = browser.findElement(By.cssSelector(css));
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> isGone(button));
    }

    /**
     * Whether the element belongs to a page that was replaced. While the next page loads, Chromium may also answer
     * that the node "does not belong to the document", which Selenium's stalenessOf does not count as stale.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    private void open(String page) {
        browser.get(root.toString() + page);
    }

    /** Signs in through the sign-in form as a user holding these roles, after signing out whoever was signed in. */
    private void signIn(String user, Rol... roles) {
        Chromium.signIn(browser, root.toString(), user, roles);
    }

    private static void type(String name, String text) {
        browser.findElement(By.name(name)).sendKeys(text);
    }

    private static void replace(String name, String text) {
        WebElement field = browser.findElement(By.name(name));
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks a checkbox or radio button by its visible label, as a person would. */
    private static void check(String label) {
        browser.findElement(By.xpath("//label[normalize-space()=\"" + label + "\"]")).click();
    }

    /** The error message in a field's wrapper as a screen reader reads it, "Fout: " included. */
    private static String message(WebElement wrapper) {
        return wrapper.findElement(By.cssSelector(".foutmelding")).getAttribute("textContent").trim();
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private static List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private static String body() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private static void screenshot(String name) throws IOException {
        Chromium.screenshot(browser, name);
    }

    private static void printToPdf(String name) throws IOException {
        Chromium.printToPdf(browser, name);
    }
}
