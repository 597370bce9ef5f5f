package nl.startklaswijzer.monitor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.startklaswijzer.domein.Peildatum;
import nl.startklaswijzer.opslag.Database;
import org.junit.jupiter.api.Test;

/**
 * The monitor through the API: what recorded advices, decisions and placements add up to, small numbers hidden, the
 * filters, the CSV files, and the reason a decision departs from the advice. Each test counts the children of a
 * municipality of its own, so that what other tests record does not count.
 */
@QuarkusTest
@TestSecurity(user = "monitor-api", roles = {"KNOOPPUNT", "BELEID"})
class MonitorResourceTest {

    @Inject
    Database database;

    private static String referentie() {
        return "MON-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Records an advice for a child of the municipality: a startklas case (with at most one factor, a point of
     * attention), or one whose moederschool covers its needs.
     */
    private static String legVast(String referentie, String gemeente, boolean moederschool, String... factoren) {
        Map<String, Object> kind = new HashMap<>(Map.of("geboortedatum", Peildatum.vandaag().minusYears(4).minusMonths(2).toString(),
                "gemeente", gemeente, "ondersteuningsbehoeften", List.of("SPRAAK_TAAL", "GEDRAG"), "complicerendeFactoren", List.of(factoren)));
        Map<String, Object> casus = new HashMap<>(Map.of("peildatum", Peildatum.vandaag().toString(), "kind", kind,
                "proces", Map.of("knooppuntGehouden", true, "toestemmingOuders", true)));
        if (moederschool) {
            casus.put("moederschool", Map.of("naam", "BS De Wissel", "kanVoorzienIn", List.of("SPRAAK_TAAL", "GEDRAG")));
        }
        given().contentType(ContentType.JSON).body(casus).when().post("/api/v1/dossiers/" + referentie + "/adviezen")
                .then().statusCode(201).body("uitkomst", equalTo(moederschool ? "MOEDERSCHOOL" : "STARTKLAS"));
        return referentie;
    }

    private static ValidatableResponse beslis(String referentie, Map<String, Object> besluit) {
        return given().contentType(ContentType.JSON).body(besluit).when().post("/api/v1/dossiers/" + referentie + "/besluiten").then();
    }

    private static Map<String, Object> besluit(String arrangement, String reden) {
        Map<String, Object> besluit = new HashMap<>(Map.of("versie", 1, "datum", Peildatum.vandaag().toString(), "arrangement", arrangement,
                "aanwezig", List.of("ONDERWIJSADVISEUR", "OUDERS")));
        if (reden != null) {
            besluit.put("afwijkingsreden", reden);
        }
        return besluit;
    }

    private static JsonPath monitor(String gemeente) {
        return given().queryParam("gemeente", gemeente).when().get("/api/v1/monitor").then().statusCode(200)
                .contentType(ContentType.JSON).extract().jsonPath();
    }

    /** The row of a table whose first column has this code. */
    private static Map<String, Object> rij(JsonPath monitor, String tabel, String code) {
        List<Map<String, Object>> rijen = monitor.getList("tabellen.find { it.code == '" + tabel + "' }.rijen");
        return rijen.stream().filter(r -> Objects.equals(code, r.values().iterator().next())).findFirst()
                .orElseThrow(() -> new AssertionError("geen rij " + code + " in " + tabel + ": " + rijen));
    }

    @Test
    void advicesCountPerOutcomeMonthAndMunicipalityWithEveryCountBelowFiveHiddenAndNotDerivable() {
        String gemeente = NieuweGemeente.met("Monitorstad");
        List<String> referenties = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            referenties.add(legVast(referentie(), gemeente.toLowerCase(), false, "NIET_ZINDELIJK"));
        }
        referenties.add(legVast(referentie(), gemeente, true));
        referenties.add(legVast(referentie(), gemeente, true));

        JsonPath monitor = monitor(gemeente.toUpperCase());
        assertEquals(Gemeentenaam.normaliseer(gemeente), monitor.getString("filters.gemeente"), "one spelling, however typed");
        String maand = YearMonth.from(Peildatum.vandaag()).toString();
        Map<String, Object> dezeMaand = rij(monitor, "adviezen-per-maand", maand);
        assertEquals("<5", dezeMaand.get("MOEDERSCHOOL"), "2 advices for the moederschool");
        assertEquals("x", dezeMaand.get("STARTKLAS"), "7 = 9 - 2 would give the 2 away");
        assertEquals(9, dezeMaand.get("totaal"));
        assertEquals(0, dezeMaand.get("SPECIALISTISCH"));
        assertEquals(9, rij(monitor, "kerncijfers", "ADVIEZEN").get("aantal"));
        assertEquals(9, rij(monitor, "kerncijfers", "KINDEREN").get("aantal"));
        assertEquals("x", rij(monitor, "complicerende-factoren", "NIET_ZINDELIJK").get("adviezen"), "7 with it give away the 2 without");
        assertEquals(0, rij(monitor, "complicerende-factoren", "WEGLOPEN").get("adviezen"));
        assertEquals("<5", rij(monitor, "combinaties-van-factoren", "0").get("adviezen"));
        Map<String, Object> perGemeente = rij(monitor, "adviezen-per-gemeente", Gemeentenaam.normaliseer(gemeente));
        assertEquals("<5", perGemeente.get("MOEDERSCHOOL"));
        assertEquals("x", perGemeente.get("STARTKLAS"));
        assertEquals(9, perGemeente.get("totaal"));
        String json = given().queryParam("gemeente", gemeente).when().get("/api/v1/monitor").asString();
        referenties.forEach(r -> assertFalse(json.contains(r), "no reference in the monitor"));
    }

    @Test
    void theChildrenWithoutAFactorAreGuardedToo() {
        String gemeente = NieuweGemeente.met("Monitorstad");
        for (int i = 0; i < 8; i++) {
            legVast(referentie(), gemeente, false, i < 6 ? new String[] {"TRAUMA"} : new String[0]);
        }
        JsonPath monitor = monitor(gemeente);
        assertEquals("x", rij(monitor, "complicerende-factoren", "TRAUMA").get("adviezen"), "6 of 8: the 2 without would follow");
        assertEquals("x", rij(monitor, "complicerende-factoren", "TRAUMA").get("procent"));
        assertEquals(8, rij(monitor, "kerncijfers", "ADVIEZEN").get("aantal"));
    }

    @Test
    void decisionsCountAsFollowedOrDepartedWithTheirReasonsAndTheShareForRegularEducation() {
        String gemeente = NieuweGemeente.met("Monitorstad");
        for (int i = 0; i < 12; i++) {
            String ref = legVast(referentie(), gemeente, false);
            if (i < 6) {
                beslis(ref, besluit("REGULIER_MET_ARRANGEMENT", "WENS_OUDERS")).statusCode(400).body("fouten[0].veld", equalTo("motivatie"));
                Map<String, Object> afwijkend = besluit("REGULIER_MET_ARRANGEMENT", "WENS_OUDERS");
                afwijkend.put("motivatie", "De ouders kiezen de school om de hoek.");
                beslis(ref, afwijkend).statusCode(201).body("afwijkingsreden", equalTo("WENS_OUDERS"));
            } else {
                beslis(ref, besluit("SPECIALISTISCH", null)).statusCode(400);
                Map<String, Object> afwijkend = besluit("SPECIALISTISCH", null);
                afwijkend.put("motivatie", "Een onderwijs-zorgarrangement past beter.");
                beslis(ref, afwijkend).statusCode(201).body("afwijkingsreden", equalTo(null));
            }
        }
        JsonPath monitor = monitor(gemeente);
        Map<String, Object> startklas = rij(monitor, "besluiten-en-advies", "STARTKLAS");
        assertEquals(0, startklas.get("gevolgd"));
        assertEquals(12, startklas.get("afgeweken"));
        assertEquals(6, rij(monitor, "afwijkingen-per-reden", "WENS_OUDERS").get("besluiten"));
        assertEquals(6, rij(monitor, "afwijkingen-per-reden", null).get("besluiten"), "without a reason");
        assertEquals(12, rij(monitor, "kerncijfers", "BESLUITEN").get("aantal"));
        assertEquals(6, rij(monitor, "kerncijfers", "REGULIER").get("aantal"));
        assertEquals(50.0f, ((Number) rij(monitor, "kerncijfers", "REGULIER").get("procent")).floatValue());
        Map<String, Object> perGemeente = rij(monitor, "gemeenten", Gemeentenaam.normaliseer(gemeente));
        assertEquals(12, perGemeente.get("besluiten"));
        assertEquals(50.0f, ((Number) perGemeente.get("procentRegulier")).floatValue());
    }

    @Test
    void aReasonIsOneOfTheListAndOnlyForADecisionThatDeparts() {
        String ref = legVast(referentie(), NieuweGemeente.met("Monitorstad"), false);
        Map<String, Object> onbekend = besluit("MOEDERSCHOOL", "GEEN_ZIN");
        onbekend.put("motivatie", "Uitzondering.");
        beslis(ref, onbekend).statusCode(400).body("fouten[0].veld", equalTo("afwijkingsreden"))
                .body("fouten[0].melding", containsString("WENS_OUDERS"));
        Map<String, Object> gevolgd = besluit("STARTKLAS", "WENS_OUDERS");
        beslis(ref, gevolgd).statusCode(400).body("fouten[0].veld", equalTo("afwijkingsreden"))
                .body("fouten[0].melding", containsString("volgt het laatste advies"));
    }

    @Test
    void placementsThatEndedCountTheirReturnWithinTwelveMonthsAndTheirTlvRequests() {
        String gemeente = NieuweGemeente.met("Monitorstad");
        String groep = "Monitorgroep " + UUID.randomUUID().toString().substring(0, 6);
        given().contentType(ContentType.JSON).body(Map.of("naam", groep, "plaats", "BS De Wissel", "capaciteit", 12))
                .when().post("/api/v1/groepen").then().statusCode(201);
        LocalDate vandaag = Peildatum.vandaag();
        List<String> geplaatst = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            String ref = legVast(referentie(), gemeente, false);
            Map<String, Object> besluit = besluit("STARTKLAS", null);
            besluit.put("startdatum", vandaag.toString());
            besluit.put("groep", groep);
            beslis(ref, besluit).statusCode(201);
            geplaatst.add(ref);
        }
        // Six returned after 8 months, five were still there after 12 (and one of them got a TLV request): started
        // 14 months ago, so the placements ended in the last two months.
        LocalDate start = vandaag.minusMonths(14);
        for (int i = 0; i < geplaatst.size(); i++) {
            database.update("UPDATE plaatsing SET startdatum = ?, teruggeplaatst_op = ?, tlv_aangevraagd_op = ? WHERE referentie = ?",
                    start, i < 6 ? start.plusMonths(8) : null, i == 6 ? vandaag.minusDays(3) : null, geplaatst.get(i));
        }
        JsonPath monitor = given().queryParam("gemeente", gemeente).queryParam("van", start.toString()).when().get("/api/v1/monitor")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> totaal = rij(monitor, "terugplaatsing", "TOTAAL");
        assertEquals(6, totaal.get("TERUG"));
        assertEquals(5, totaal.get("NIET_TERUG"));
        assertEquals(11, totaal.get("afgerond"));
        assertEquals(54.5f, ((Number) totaal.get("procentTerug")).floatValue());
        assertEquals("<5", rij(monitor, "kerncijfers", "TLV_NA_STARTKLAS").get("aantal"));
        assertEquals(11, rij(monitor, "kerncijfers", "GESTART").get("aantal"));
        Map<String, Object> eersteDag = rij(monitor, "bezetting", start.withDayOfMonth(1).plusMonths(1).toString());
        assertEquals(11, eersteDag.get(groep));
        Map<String, Object> laatsteDag = rij(monitor, "bezetting", vandaag.withDayOfMonth(1).toString());
        assertEquals(5, laatsteDag.get(groep), "the five that did not return are still there");
    }

    @Test
    void everyTableDownloadsAsACsvFileThatASpreadsheetOpens() {
        String gemeente = "=som(1;2)";
        for (int i = 0; i < 5; i++) {
            legVast(referentie(), gemeente, false, "NIET_ZINDELIJK");
        }
        Response csv = given().queryParam("formaat", "csv").queryParam("tabel", "adviezen-per-gemeente").queryParam("gemeente", gemeente)
                .when().get("/api/v1/monitor");
        assertEquals(200, csv.statusCode());
        assertEquals("text/csv; charset=UTF-8; header=present", csv.contentType());
        assertTrue(csv.header("Content-Disposition").matches("attachment; filename=\"startklaswijzer-monitor-adviezen-per-gemeente-"
                + "\\d{4}-\\d{2}-\\d{2}-tot-\\d{4}-\\d{2}-\\d{2}-som-1-2\\.csv\""), csv.header("Content-Disposition"));
        byte[] bytes = csv.asByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]), "UTF-8 with a BOM");
        String tekst = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        String[] regels = tekst.split("\r\n");
        assertEquals("Gemeente;Moederschool;Regulier onderwijs met een arrangement;Startklas;"
                + "Startklas, eerst bespreken in het knooppunt;Specialistische route;Totaal", regels[0]);
        assertEquals("\"'=som(1;2)\";0;0;5;0;0;5", regels[1], "quoted for its ';', and never a formula");
        assertEquals("Totaal;0;0;5;0;0;5", regels[2]);
        assertTrue(tekst.endsWith("\r\n"));

        String perMaand = new String(given().queryParam("formaat", "CSV").queryParam("tabel", "kerncijfers")
                .queryParam("gemeente", gemeente).when().get("/api/v1/monitor").asByteArray(), StandardCharsets.UTF_8);
        assertTrue(perMaand.contains("\r\nVastgelegde adviezen;5;;\r\n"), perMaand);
    }

    @Test
    void badFiltersAreRefusedNamingTheField() {
        given().queryParam("van", "01-01-2026").when().get("/api/v1/monitor").then().statusCode(400)
                .body("fouten[0].veld", equalTo("van")).body("fouten[0].melding", containsString("JJJJ-MM-DD"));
        given().queryParam("van", "2026-06-01").queryParam("tot", "2026-01-01").when().get("/api/v1/monitor").then().statusCode(400)
                .body("fouten[0].veld", equalTo("tot"));
        given().queryParam("van", "2000-01-01").queryParam("tot", "2026-01-01").when().get("/api/v1/monitor").then().statusCode(400)
                .body("fouten[0].veld", equalTo("van"));
        given().queryParam("regelset", "../geheim").when().get("/api/v1/monitor").then().statusCode(400)
                .body("fouten[0].veld", equalTo("regelset"));
        given().queryParam("formaat", "xml").when().get("/api/v1/monitor").then().statusCode(400)
                .body("fouten[0].veld", equalTo("formaat"));
        given().queryParam("formaat", "csv").when().get("/api/v1/monitor").then().statusCode(400)
                .body("fouten[0].veld", equalTo("tabel")).body("fouten[0].melding", containsString("adviezen-per-maand"));
        given().queryParam("formaat", "csv").queryParam("tabel", "dossiers").when().get("/api/v1/monitor").then().statusCode(400)
                .body("fouten[0].veld", equalTo("tabel"));
    }

    @Test
    void theAnswerSaysWhatItCoversAndLinksEachTableToItsCsvFile() {
        JsonPath monitor = given().queryParam("van", "2026-01-01").queryParam("tot", "2026-03-31").queryParam("regelset", "cluster-brunssum")
                .when().get("/api/v1/monitor").then().statusCode(200)
                .body("drempel", equalTo(5))
                .body("tekens.'<5'", startsWith("1 tot en met 4"))
                .body("tabellen[1].csv", equalTo("/api/v1/monitor?van=2026-01-01&tot=2026-03-31&regelset=cluster-brunssum"
                        + "&formaat=csv&tabel=adviezen-per-maand"))
                .extract().jsonPath();
        assertEquals(List.of("kerncijfers", "adviezen-per-maand", "complicerende-factoren", "combinaties-van-factoren",
                "besluiten-en-advies", "afwijkingen-per-reden", "regulier-per-kwartaal", "bezetting", "terugplaatsing",
                "tlv-na-startklas", "adviezen-per-gemeente", "gemeenten"), monitor.getList("tabellen.code"));
        assertEquals(List.of("2026-01", "2026-02", "2026-03", "TOTAAL"),
                monitor.getList("tabellen.find { it.code == 'adviezen-per-maand' }.rijen.maand"));
        assertEquals(List.of("2026-01-01", "2026-02-01", "2026-03-01"),
                monitor.getList("tabellen.find { it.code == 'bezetting' }.rijen.dag"));
        assertEquals("aantal", monitor.getString("tabellen[1].kolommen[1].soort"));
    }
}
