package nl.startklaswijzer.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Every page renders, and a form's errors come back beside their fields; the browser tests go further. */
@QuarkusTest
@TestSecurity(user = "allesrollen", roles = {"KNOOPPUNT", "VOORSCHOOL", "BELEID"})
class PaginasTest {

    @Test
    void everyPageRendersInDutch() {
        for (String page : new String[] {"/", "/casus", "/signalering", "/regels", "/regels/cluster-brunssum",
                "/regels/voorbeeldregio", "/regels/cluster-brunssum/proberen?bestand=leeftijd.drl"}) {
            given().when().get(page)
                    .then().statusCode(200)
                    .contentType(ContentType.HTML)
                    .body(containsString("<html lang=\"nl\">"));
        }
    }

    @Test
    void aFormWithAnErrorComesBackWithTheMessageAtTheFieldAndWhatWasTyped() {
        Formulieren.vanPagina("/casus")
                .formParam("kind.geboortedatum", "2022-02-30")
                .formParam("kind.referentie", "K-9")
                .formParam("kind.ondersteuningsbehoeften", "GEDRAG")
                .when().post("/casus")
                .then().statusCode(400)
                .body(containsString("<p class=\"foutmelding\" id=\"veld-kind-geboortedatum-fout\"><span class=\"visueel-verborgen\">Fout: </span>&#39;2022-02-30&#39; is geen geldige datum; gebruik JJJJ-MM-DD.</p>"))
                .body(containsString("value=\"K-9\""))
                .body(containsString("value=\"GEDRAG\" checked"));
    }

    @Test
    void valuesAreEscaped() {
        Formulieren.vanPagina("/signalering")
                .formParam("kind.geboortedatum", "<script>alert(1)</script>")
                .when().post("/signalering")
                .then().statusCode(400)
                .body(not(containsString("<script>alert(1)</script>")))
                .body(containsString("&lt;script&gt;"));
    }

    @Test
    void anAdviceShowsTheRegionsArrangementsAndWhatWouldChangeIt() {
        Formulieren.vanPagina("/casus")
                .formParam("peildatum", "2026-09-01")
                .formParam("kind.geboortedatum", "2022-08-15")
                .formParam("kind.ondersteuningsbehoeften", "SPRAAK_TAAL", "GEDRAG")
                .formParam("moederschool.naam", "BS De Wissel")
                .formParam("moederschool.sopBekend", "ja")
                .formParam("moederschool.kanVoorzienIn", "SPRAAK_TAAL")
                .when().post("/casus")
                .then().statusCode(200)
                .body(containsString("Geplande start: <strong>1 september 2026</strong>"))
                .body(containsString("<h2 id=\"arrangementen\">Arrangementen in de regio</h2>"))
                .body(containsString("<h3 id=\"aanbod-SBO\">Speciaal basisonderwijs (SBO)"))
                .body(containsString("Vraag bij het samenwerkingsverband een toelaatbaarheidsverklaring (TLV) aan"))
                .body(containsString("<h2 id=\"wat-zou-veranderen\">Wat zou het advies veranderen?</h2>"))
                .body(containsString("Het schoolondersteuningsprofiel van BS De Wissel dekt ook gedrag."));
    }

    @Test
    void aPreScreenAnswersWithTheDates() {
        Formulieren.vanPagina("/signalering")
                .formParam("peildatum", "2025-12-01")
                .formParam("kind.geboortedatum", "2022-08-15")
                .formParam("kind.ondersteuningsbehoeften", "SPRAAK_TAAL")
                .formParam("voorziening", "PEUTERSPEELZAAL")
                .when().post("/signalering")
                .then().statusCode(200)
                .body(containsString("15 februari 2026"))
                .body(containsString("15 maart 2026"));
    }
}
