package nl.startklaswijzer.monitor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.startklaswijzer.domein.Peildatum;
import org.junit.jupiter.api.Test;

/** The Monitor page over HTTP: every part with an accessible chart and its table, the filters, and the CSV links. */
@QuarkusTest
@TestSecurity(user = "monitor-pagina", roles = {"BELEID", "KNOOPPUNT"})
class MonitorPaginaTest {

    private static final Pattern SVG = Pattern.compile("<svg [^>]*>");

    @Test
    void everyChartIsAnImageWithATitleADescriptionAndItsTableBesideIt() {
        String html = given().when().get("/monitor").then().statusCode(200).contentType(ContentType.HTML)
                .body(containsString("<h1>Monitor</h1>"))
                .body(containsString("href=\"/monitor\">Monitor</a>"))
                .extract().asString();
        Matcher svg = SVG.matcher(html);
        int grafieken = 0;
        while (svg.find()) {
            String open = svg.group();
            assertTrue(open.contains("role=\"img\""), open);
            Matcher id = Pattern.compile("aria-labelledby=\"(grafiek-[a-z-]+)-titel (grafiek-[a-z-]+)-beschrijving\"").matcher(open);
            assertTrue(id.find(), open);
            assertTrue(html.contains("<title id=\"" + id.group(1) + "-titel\">"), id.group(1));
            assertTrue(html.contains("<desc id=\"" + id.group(1) + "-beschrijving\">"), id.group(1));
            grafieken++;
        }
        assertEquals(10, grafieken, "every part but the key figures has a chart");
        assertEquals(12, html.split("<table class=\"tabel monitor-tabel\">", -1).length - 1, "every part has its table");
        assertTrue(html.contains("<th scope=\"col\" class=\"getal\">Totaal</th>"));
        assertTrue(html.contains("Ambitie 2028: 97%") && html.contains("Pilot: 75%"), "the reference lines are drawn and named");
        assertTrue(html.contains("href=\"/monitor?van="), "CSV links on the page keep the filters");
        assertTrue(html.contains("&amp;formaat=csv&amp;tabel=adviezen-per-maand\" download>"));
        assertTrue(!html.contains("<script>") && !html.contains(" style=\""), "no inline script or style: the CSP forbids them");
    }

    @Test
    void aSmallNumberShowsAsLessThanFiveOnThePageAndInItsCsvFile() {
        String gemeente = NieuweGemeente.met("Paginadorp");
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON).body(Map.of("kind", Map.of("geboortedatum", Peildatum.vandaag().minusYears(4).toString(),
                            "gemeente", gemeente, "ondersteuningsbehoeften", List.of("SPRAAK_TAAL", "GEDRAG"))))
                    .when().post("/api/v1/dossiers/PAG-" + UUID.randomUUID().toString().substring(0, 8) + "/adviezen").then().statusCode(201);
        }
        String naam = Gemeentenaam.normaliseer(gemeente);
        given().queryParam("gemeente", gemeente).when().get("/monitor").then().statusCode(200)
                .body(containsString("<option value=\"" + naam + "\" selected>" + naam + "</option>"))
                .body(containsString("<th scope=\"row\">Vastgelegde adviezen</th>\n          <td class=\"getal\">&lt;5</td>"))
                .body(not(containsString("PAG-")));
        byte[] csv = given().queryParam("gemeente", gemeente).queryParam("formaat", "csv").queryParam("tabel", "kerncijfers")
                .when().get("/monitor").then().statusCode(200).contentType("text/csv").extract().asByteArray();
        assertTrue(new String(csv, StandardCharsets.UTF_8).contains("\r\nVastgelegde adviezen;<5;;\r\n"));
    }

    @Test
    void aBadFilterIsShownAtItsFieldAndAnUnknownTableSaysWhichThereAre() {
        given().queryParam("van", "gisteren").when().get("/monitor").then().statusCode(400)
                .body(containsString("id=\"veld-van-fout\""))
                .body(containsString("&#39;gisteren&#39; is geen geldige datum"))
                .body(containsString("value=\"gisteren\""))
                .body(not(containsString("monitor-onderdeel")));
        given().queryParam("formaat", "csv").queryParam("tabel", "alles").when().get("/monitor").then().statusCode(400)
                .body(containsString("Onbekende tabel &#39;alles&#39;. Kies uit: kerncijfers"));
    }
}
