package nl.startklaswijzer.dossier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.startklaswijzer.domein.Peildatum;
import nl.startklaswijzer.opslag.Database;
import org.junit.jupiter.api.Test;

/** The knooppunt's dossier through the API: recording, deciding, the placement's course, the agenda and erasure. */
@QuarkusTest
@TestSecurity(user = "knooppunt", roles = "KNOOPPUNT")
class DossiersResourceTest {

    @Inject
    Database database;

    @Inject
    Bewaartermijn bewaartermijn;

    private static String casus(String referentie, String groep, String... factoren) {
        String startklas = groep == null ? "" : ", \"startklas\": {\"groep\": \"" + groep + "\"}";
        return """
                {"peildatum": "%s", "kind": {%s"geboortedatum": "2022-08-15", "gemeente": "Brunssum",
                 "ondersteuningsbehoeften": ["SPRAAK_TAAL", "GEDRAG"], "complicerendeFactoren": [%s]},
                 "moederschool": {"naam": "BS De Wissel", "kanVoorzienIn": ["SPRAAK_TAAL"]}%s,
                 "proces": {"knooppuntGehouden": true, "toestemmingOuders": true}}
                """.formatted(Peildatum.vandaag().plusWeeks(2), referentie == null ? "" : "\"referentie\": \"" + referentie + "\", ",
                String.join(", ", List.of(factoren).stream().map(f -> "\"" + f + "\"").toList()), startklas);
    }

    private static String nieuweReferentie() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static ValidatableResponse legVast(String referentie, String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/dossiers/" + referentie + "/adviezen").then();
    }

    private static ValidatableResponse besluit(String referentie, Map<String, Object> besluit) {
        return given().contentType(ContentType.JSON).body(besluit).when().post("/api/v1/dossiers/" + referentie + "/besluiten").then();
    }

    private static String groep(int capaciteit) {
        String naam = "Groep " + UUID.randomUUID().toString().substring(0, 6);
        given().contentType(ContentType.JSON).body(Map.of("naam", naam, "plaats", "BS De Wissel", "capaciteit", capaciteit))
                .when().post("/api/v1/groepen").then().statusCode(201);
        return naam;
    }

    private static Map<String, Object> startklasBesluit(int versie, LocalDate start, String groep) {
        return Map.of("versie", versie, "datum", Peildatum.vandaag().toString(), "arrangement", "STARTKLAS",
                "startdatum", start.toString(), "groep", groep, "aanwezig", List.of("ONDERWIJSADVISEUR", "IB_MOEDERSCHOOL", "OUDERS"));
    }

    @Test
    void aRecordedAdviceIsInTheDossierWithItsRuleSetVersionTimeAndUserAndCanBeShownAgain() {
        String ref = nieuweReferentie();
        legVast(ref, casus(null, null)).statusCode(201).body("uitkomst", equalTo("STARTKLAS")).body("referentie", equalTo(ref));
        given().when().get("/api/v1/dossiers/" + ref).then().statusCode(200)
                .body("referentie", equalTo(ref))
                .body("versie", equalTo(1))
                .body("adviezen", hasSize(1))
                .body("adviezen[0].uitkomst", equalTo("STARTKLAS"))
                .body("adviezen[0].regelset.naam", equalTo("cluster-brunssum"))
                .body("adviezen[0].regelset.versie", notNullValue())
                .body("adviezen[0].tijdstip", notNullValue())
                .body("adviezen[0].gebruiker", equalTo("knooppunt"))
                .body("besluiten", hasSize(0))
                .body("bewarenTot", equalTo(Peildatum.vandaag().plusYears(2).toString()));
        int id = given().when().get("/api/v1/dossiers/" + ref).then().extract().path("adviezen[0].id");
        given().when().get("/api/v1/dossiers/" + ref + "/adviezen/" + id).then().statusCode(200)
                .body("casus.kind.ondersteuningsbehoeften", contains("SPRAAK_TAAL", "GEDRAG"))
                .body("advies.uitkomst", equalTo("STARTKLAS"))
                .body("advies.redenen.regel", hasItem("startklas-meerdere-ontwikkelingsgebieden"));
        given().when().get("/api/v1/dossiers/" + ref + "/adviezen/" + id + "/herbeoordeling").then().statusCode(200)
                .body("herhaaldGelijk", equalTo(true))
                .body("uitkomstNu", equalTo("STARTKLAS"))
                .body("verschil", nullValue());
    }

    @Test
    void unknownDossiersAndBadReferencesAreRefusedWithTheFieldNamed() {
        given().when().get("/api/v1/dossiers/bestaat-niet").then().statusCode(404).body("fouten[0].veld", equalTo("referentie"));
        legVast("123456789", casus(null, null)).statusCode(400).body("fouten[0].veld", equalTo("referentie"));
        legVast("T-een", casus("T-ander", null)).statusCode(400).body("fouten[0].veld", equalTo("kind.referentie"));
        legVast("T-geen-geboortedatum", "{\"kind\": {}}").statusCode(400).body("fouten[0].veld", equalTo("kind.geboortedatum"));
        given().when().get("/api/v1/dossiers/T-geen-geboortedatum").then().statusCode(404);
        besluit("bestaat-niet", startklasBesluit(1, Peildatum.vandaag(), "x")).statusCode(404);
    }

    @Test
    void aDecisionThatDepartsFromTheAdviceNeedsAMotivationAndASecondDeciderGets409() {
        String ref = nieuweReferentie();
        legVast(ref, casus(null, null)).statusCode(201);
        Map<String, Object> anders = Map.of("versie", 1, "datum", Peildatum.vandaag().toString(), "arrangement", "MOEDERSCHOOL",
                "aanwezig", List.of("ONDERWIJSADVISEUR", "OUDERS"));
        besluit(ref, anders).statusCode(400).body("fouten[0].veld", equalTo("motivatie"));
        Map<String, Object> gemotiveerd = new java.util.HashMap<>(anders);
        gemotiveerd.put("motivatie", "Uitzondering in het belang van het kind: de moederschool zet extra begeleiding in.");
        besluit(ref, gemotiveerd).statusCode(201).body("wijktAfVanAdvies", equalTo(true)).body("arrangement", equalTo("MOEDERSCHOOL"));
        besluit(ref, gemotiveerd).statusCode(409).body("fouten[0].veld", equalTo("versie"));
        given().when().get("/api/v1/dossiers/" + ref).then().body("besluiten", hasSize(1)).body("versie", equalTo(2));
    }

    @Test
    void aPlacementNeedsAKnownGroupAStartAfterTheAdviceAndAMotivationBeyondCapacity() {
        String groep = groep(1);
        String eerste = nieuweReferentie();
        legVast(eerste, casus(null, null)).statusCode(201);
        besluit(eerste, startklasBesluit(1, Peildatum.vandaag().minusDays(1), groep)).statusCode(400).body("fouten[0].veld", equalTo("startdatum"));
        besluit(eerste, startklasBesluit(1, Peildatum.vandaag(), "Geen groep")).statusCode(400).body("fouten[0].veld", equalTo("groep"));
        besluit(eerste, startklasBesluit(1, Peildatum.vandaag(), groep)).statusCode(201);

        String tweede = nieuweReferentie();
        legVast(tweede, casus(null, null)).statusCode(201);
        besluit(tweede, startklasBesluit(1, Peildatum.vandaag(), groep)).statusCode(400).body("fouten[0].veld", equalTo("motivatie"))
                .body("fouten[0].melding", org.hamcrest.Matchers.containsString("vol (1 van 1 plaatsen)"));
        Map<String, Object> boven = new java.util.HashMap<>(startklasBesluit(1, Peildatum.vandaag(), groep));
        boven.put("motivatie", "Tijdelijk boven de capaciteit: een leerling keert over twee weken terug.");
        besluit(tweede, boven).statusCode(201);
        given().when().get("/api/v1/groepen/" + groep).then().statusCode(200).body("bezet", equalTo(2)).body("vrij", equalTo(0));
    }

    @Test
    void aCaseThatNamesAGroupIsJudgedWithTheChildrenPlacedThere() {
        String groep = groep(12);
        for (int i = 0; i < 2; i++) {
            String ref = nieuweReferentie();
            legVast(ref, casus(null, null, "NIET_ZINDELIJK")).statusCode(201);
            besluit(ref, startklasBesluit(1, Peildatum.vandaag(), groep)).statusCode(201);
        }
        given().contentType(ContentType.JSON).body(casus(null, groep, "NIET_ZINDELIJK")).when().post("/api/v1/adviezen")
                .then().statusCode(200)
                .body("uitkomst", equalTo("STARTKLAS_BESPREKEN"))
                .body("redenen.regel", hasItem("startklas-groep-niet-zindelijk"));
        given().contentType(ContentType.JSON).body(casus(null, groep)).when().post("/api/v1/adviezen")
                .then().statusCode(200).body("redenen.regel", not(hasItem("startklas-groep-niet-zindelijk")));
        given().contentType(ContentType.JSON).body(casus(null, "Onbekende groep")).when().post("/api/v1/adviezen")
                .then().statusCode(400).body("fouten[0].veld", equalTo("startklas.groep"));
        given().when().get("/api/v1/groepen/" + groep).then().statusCode(200)
                .body("samenstelling.find { it.factor == 'NIET_ZINDELIJK' }.aantal", equalTo(2))
                .body("samenstelling.find { it.factor == 'NIET_ZINDELIJK' }.grensBereikt", equalTo(true));
    }

    @Test
    void aStartedPlacementPutsItsFollowUpOnTheAgendaAndAReturnReplansIt() {
        String groep = groep(12);
        String ref = nieuweReferentie();
        LocalDate start = Peildatum.vandaag().plusWeeks(1);
        legVast(ref, casus(null, null)).statusCode(201);
        besluit(ref, startklasBesluit(1, start, groep)).statusCode(201);
        given().when().get("/api/v1/dossiers/" + ref).then().statusCode(200)
                .body("plaatsing.groep", equalTo(groep))
                .body("bewarenTot", nullValue())
                .body("agenda.findAll { it.soort == 'EVALUATIE_IB' }.datum",
                        contains(start.plusWeeks(16).toString(), start.plusWeeks(32).toString(), start.plusWeeks(48).toString()))
                .body("agenda.findAll { it.soort == 'OBSERVATIE_MOEDERSCHOOL' }", hasSize(2))
                .body("agenda.find { it.soort == 'TERUGPLAATSING' }.datum", equalTo(start.plusMonths(12).toString()));

        LocalDate terug = start.plusWeeks(20);
        given().contentType(ContentType.JSON).body(Map.of("versie", 2, "soort", "TERUGGEPLAATST", "datum", terug.toString()))
                .when().post("/api/v1/dossiers/" + ref + "/verloop").then().statusCode(200)
                .body("plaatsing.teruggeplaatstOp", equalTo(terug.toString()))
                .body("agenda.findAll { it.soort == 'EVALUATIE_IB' }.datum", contains(start.plusWeeks(16).toString()))
                .body("agenda.find { it.soort == 'NAZORG' }.datum", equalTo(terug.plusWeeks(8).toString()))
                .body("agenda.findAll { it.soort == 'TERUGPLAATSING' }", hasSize(0))
                .body("bewarenTot", equalTo(terug.plusYears(2).toString()));

        int item = given().queryParam("tot", terug.plusWeeks(9).toString()).when().get("/api/v1/agenda").then().statusCode(200)
                .body("findAll { it.referentie == '" + ref + "' }.soort", contains("EVALUATIE_IB", "OBSERVATIE_MOEDERSCHOOL", "NAZORG"))
                .extract().path("find { it.referentie == '" + ref + "' }.id");
        given().when().post("/api/v1/agenda/" + item + "/gedaan").then().statusCode(200).body("gedaanDoor", equalTo("knooppunt"));
        given().queryParam("tot", terug.plusWeeks(9).toString()).when().get("/api/v1/agenda").then()
                .body("findAll { it.referentie == '" + ref + "' }.soort", contains("OBSERVATIE_MOEDERSCHOOL", "NAZORG"));
        given().contentType(ContentType.JSON).body(Map.of("versie", 3, "soort", "BEEINDIGD", "datum", start.minusDays(1).toString()))
                .when().post("/api/v1/dossiers/" + ref + "/verloop").then().statusCode(400).body("fouten[0].veld", equalTo("datum"));
    }

    @Test
    void anErasureRequestAndAnExpiredRetentionPeriodRemoveTheDossierAndTheAuditLogSaysSoWithoutContents() {
        String gewist = nieuweReferentie();
        legVast(gewist, casus(null, null)).statusCode(201);
        given().when().get("/api/v1/dossiers/" + gewist).then().statusCode(200);
        given().when().delete("/api/v1/dossiers/" + gewist).then().statusCode(204);
        given().when().get("/api/v1/dossiers/" + gewist).then().statusCode(404);
        given().when().delete("/api/v1/dossiers/" + gewist).then().statusCode(404);

        String verlopen = nieuweReferentie();
        legVast(verlopen, casus(null, null)).statusCode(201);
        database.update("UPDATE dossier SET bewaren_tot = ? WHERE referentie = ?", Peildatum.vandaag().minusDays(1), verlopen);
        assertEquals(1, bewaartermijn.ruimOp());
        given().when().get("/api/v1/dossiers/" + verlopen).then().statusCode(404);

        List<String> audit = database.query("SELECT handeling || ' ' || COALESCE(betreft, '') || ' ' || COALESCE(toelichting, '') "
                + "FROM audit WHERE betreft IN (?, ?)", row -> row.getString(1), gewist, verlopen);
        assertEquals(List.of(true, true, true, true), List.of(
                audit.stream().anyMatch(r -> r.startsWith("ADVIES_VASTGELEGD " + gewist)),
                audit.stream().anyMatch(r -> r.startsWith("DOSSIER_GELEZEN " + gewist)),
                audit.stream().anyMatch(r -> r.startsWith("DOSSIER_VERWIJDERD " + gewist)),
                audit.stream().anyMatch(r -> r.startsWith("DOSSIER_VERLOPEN " + verlopen))), audit.toString());
        assertFalse(audit.stream().anyMatch(r -> r.contains("SPRAAK_TAAL") || r.contains("2022-08-15") || r.contains("Wissel")),
                "het auditlog bevat geen inhoud van de casus");
    }
}
