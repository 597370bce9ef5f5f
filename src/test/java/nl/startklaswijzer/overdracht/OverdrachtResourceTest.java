package nl.startklaswijzer.overdracht;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.startklaswijzer.beveiliging.OrganisatieSoort;
import nl.startklaswijzer.beveiliging.Rol;
import nl.startklaswijzer.beveiliging.TestGebruikers;
import nl.startklaswijzer.domein.Peildatum;
import nl.startklaswijzer.dossier.Bewaartermijn;
import nl.startklaswijzer.opslag.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The warm handover through the API, signed in for real as users of two voorschools and of the knooppunt: recording a
 * signal, consent first, the knooppunt's agenda, each voorschool reading only its own, and every refusal leaving the
 * dossier as it was. Each test uses references of its own.
 */
@QuarkusTest
class OverdrachtResourceTest {

    private static final String KLIMOP = "psz-klimop-test";
    private static final String VLINDER = "kdv-vlinder-test";

    @Inject
    Database database;

    @Inject
    Bewaartermijn bewaartermijn;

    private String klimop;
    private String vlinder;
    private String knooppunt;

    @BeforeEach
    void usersOfTwoVoorschoolsAndTheKnooppunt() {
        TestGebruikers.zorgVoorOrganisatie(KLIMOP, OrganisatieSoort.VOORSCHOOL);
        TestGebruikers.zorgVoorOrganisatie(VLINDER, OrganisatieSoort.VOORSCHOOL);
        klimop = TestGebruikers.zorgVoor("overdracht-klimop", KLIMOP, Rol.VOORSCHOOL);
        vlinder = TestGebruikers.zorgVoor("overdracht-vlinder", VLINDER, Rol.VOORSCHOOL);
        knooppunt = TestGebruikers.zorgVoor("overdracht-knooppunt", Rol.KNOOPPUNT);
    }

    private static RequestSpecification als(String user) {
        return given().auth().preemptive().basic(user, TestGebruikers.wachtwoord(user)).contentType(ContentType.JSON);
    }

    private static String nieuweReferentie() {
        return "P-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A child of about 3 years and 1 month today, born on the 15th so that every month has its birth day. */
    private static LocalDate geboortedatum() {
        return geboren(3, 1);
    }

    private static LocalDate geboren(int jaren, int maanden) {
        return Peildatum.vandaag().minusYears(jaren).minusMonths(maanden).withDayOfMonth(15);
    }

    private static String signalering(LocalDate geboren, String extra) {
        return """
                {"kind": {"geboortedatum": "%s", "ondersteuningsbehoeften": ["SPRAAK_TAAL"], "complicerendeFactoren": []},
                 "voorziening": "PEUTERSPEELZAAL", "verslaglegging": true%s}
                """.formatted(geboren, extra);
    }

    private static String toestemming() {
        return """
                {"gegevenDoor": "OUDERS", "datum": "%s", "voor": ["WARME_OVERDRACHT", "VERSLAGLEGGING_DELEN"]}
                """.formatted(Peildatum.vandaag());
    }

    private ValidatableResponse legVast(String user, String referentie, String body) {
        return als(user).body(body).when().post("/api/v1/dossiers/" + referentie + "/signaleringen").then();
    }

    /** What a refusal must leave as it was: the dossier's version, its records, agenda and audit entries. */
    private String stand(String referentie) {
        return List.of("SELECT COALESCE(MAX(versie), 0) FROM dossier WHERE referentie = ?",
                        "SELECT COUNT(*) FROM signalering WHERE referentie = ?",
                        "SELECT COUNT(*) FROM toestemming WHERE referentie = ? AND ingetrokken_op IS NULL",
                        "SELECT COUNT(*) FROM agenda_item WHERE referentie = ?",
                        "SELECT COUNT(*) FROM audit WHERE betreft = ? AND handeling <> 'DOSSIER_GELEZEN'").stream()
                .map(sql -> String.valueOf(database.query(sql, row -> row.getLong(1), referentie).get(0)))
                .reduce((a, b) -> a + "/" + b).orElseThrow();
    }

    @Test
    void aSignalIsRecordedWithItsVoorzieningDateSignalAndRuleSetVersionAndWhoRecordedIt() {
        String ref = nieuweReferentie();
        LocalDate geboren = geboortedatum();
        var vastgelegd = legVast(klimop, ref, signalering(geboren, ""))
                .statusCode(201)
                .body("referentie", equalTo(ref))
                .body("voorschool.code", equalTo(KLIMOP))
                .body("gebruiker", equalTo(klimop))
                .body("peildatum", equalTo(Peildatum.vandaag().toString()))
                .body("voorziening", equalTo("PEUTERSPEELZAAL"))
                .body("signaal", equalTo("BESPREKEN_IN_KNOOPPUNT"))
                .body("knooppuntRond", equalTo(geboren.plusMonths(42).toString()))
                .body("inschrijvenNietVoor", equalTo(geboren.plusMonths(43).toString()))
                .body("regelset.naam", equalTo("cluster-brunssum"))
                .body("regelset.versie", notNullValue())
                .body("signalering.kind.referentie", equalTo(ref))
                .body("signalering.toestemmingOuders", equalTo(false))
                .body("uitslag.signaal", equalTo("BESPREKEN_IN_KNOOPPUNT"))
                .body("uitslag.acties.code", contains("ONDERWIJSADVISEUR_UITNODIGEN", "TOESTEMMING_OUDERS"))
                .extract();
        int id = vastgelegd.path("id");
        assertTrue(vastgelegd.header("Location").endsWith("/api/v1/dossiers/" + ref + "/signaleringen/" + id));

        als(klimop).when().get("/api/v1/dossiers/" + ref + "/signaleringen/" + id).then().statusCode(200)
                .body("uitslag.redenen.regel", hasItem("signalering-ondersteuningsbehoefte"));
        als(klimop).when().get("/api/v1/dossiers/" + ref + "/signaleringen").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].volledig", equalTo(true))
                .body("[0].signaleringen.id", contains(id))
                .body("[0].acties.code", contains("TOESTEMMING_OUDERS"));
        assertEquals(1, database.query("SELECT COUNT(*) FROM regelset_versie WHERE naam = 'cluster-brunssum' AND versie = ?",
                row -> row.getInt(1), (String) vastgelegd.path("regelset.versie")).get(0), "de regelsetversie van de signalering is bewaard");
        List<String> audit = database.query("SELECT handeling FROM audit WHERE betreft = ? ORDER BY id", row -> row.getString(1), ref);
        assertEquals(List.of("SIGNALERING_VASTGELEGD", "DOSSIER_GELEZEN", "DOSSIER_GELEZEN"), audit);
    }

    @Test
    void withoutConsentTheKnooppuntSeesOnlyThatASignalExistsAndWhenTheKnooppuntIsDue() {
        String ref = nieuweReferentie();
        LocalDate geboren = geboortedatum();
        int id = legVast(klimop, ref, signalering(geboren, "")).statusCode(201).extract().path("id");

        als(knooppunt).when().get("/api/v1/dossiers/" + ref + "/signaleringen").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].referentie", equalTo(ref))
                .body("[0].volledig", equalTo(false))
                .body("[0].knooppuntRond", equalTo(geboren.plusMonths(42).toString()))
                .body("[0].acties.code", contains("TOESTEMMING_OUDERS"))
                .body("[0].acties[0].uiterlijk", equalTo(geboren.plusMonths(42).toString()))
                .body("[0].signaal", nullValue())
                .body("[0].inschrijvenNietVoor", nullValue())
                .body("[0].signaleringen", nullValue());
        als(knooppunt).when().get("/api/v1/dossiers/" + ref + "/signaleringen/" + id).then().statusCode(404)
                .body("fouten[0].veld", equalTo("id"));
        als(knooppunt).queryParam("tot", geboren.plusMonths(44).toString()).when().get("/api/v1/agenda").then().statusCode(200)
                .body("findAll { it.referentie == '" + ref + "' }.soort", contains("KNOOPPUNT_PLANNEN", "NIET_INSCHRIJVEN_VOOR"))
                .body("findAll { it.referentie == '" + ref + "' }.datum",
                        contains(geboren.plusMonths(42).toString(), geboren.plusMonths(43).toString()));
        als(knooppunt).when().get("/api/v1/overdrachten").then().statusCode(200)
                .body("find { it.referentie == '" + ref + "' }.volledig", equalTo(false))
                .body("find { it.referentie == '" + ref + "' }.voorschool.code", equalTo(KLIMOP));

        // With consent the knooppunt reads the signal in full; after its withdrawal only the notice again.
        als(klimop).body(toestemming()).when().post("/api/v1/dossiers/" + ref + "/toestemming").then().statusCode(201)
                .body("gegevenDoor", equalTo("OUDERS"))
                .body("datum", equalTo(Peildatum.vandaag().toString()))
                .body("voor", contains("WARME_OVERDRACHT", "VERSLAGLEGGING_DELEN"))
                .body("vastgelegdDoor", equalTo(klimop))
                .body("vastgelegdOp", notNullValue())
                .body("actief", equalTo(true));
        als(knooppunt).when().get("/api/v1/dossiers/" + ref + "/signaleringen").then().statusCode(200)
                .body("[0].volledig", equalTo(true))
                .body("[0].signaal", equalTo("BESPREKEN_IN_KNOOPPUNT"))
                .body("[0].inschrijvenNietVoor", equalTo(geboren.plusMonths(43).toString()))
                .body("[0].toestemming.gegevenDoor", equalTo("OUDERS"))
                .body("[0].acties", emptyIterable())
                .body("[0].signaleringen[0].uitslag.redenen.regel", hasItem("signalering-ondersteuningsbehoefte"))
                .body("[0].signaleringen[0].gebruiker", equalTo(klimop));
        als(knooppunt).when().get("/api/v1/dossiers/" + ref + "/signaleringen/" + id).then().statusCode(200)
                .body("signaal", equalTo("BESPREKEN_IN_KNOOPPUNT"));

        als(klimop).body("{\"datum\": \"" + Peildatum.vandaag() + "\"}").when()
                .post("/api/v1/dossiers/" + ref + "/toestemming/intrekking").then().statusCode(200)
                .body("ingetrokkenOp", equalTo(Peildatum.vandaag().toString()))
                .body("ingetrokkenDoor", equalTo(klimop))
                .body("actief", equalTo(false));
        als(knooppunt).when().get("/api/v1/dossiers/" + ref + "/signaleringen").then().statusCode(200)
                .body("[0].volledig", equalTo(false))
                .body("[0].signaal", nullValue())
                .body("[0].toestemming", nullValue())
                .body("[0].toestemmingen[0].ingetrokkenOp", equalTo(Peildatum.vandaag().toString()))
                .body("[0].acties.code", contains("TOESTEMMING_OUDERS"));
        als(knooppunt).when().get("/api/v1/dossiers/" + ref + "/signaleringen/" + id).then().statusCode(404);
        List<String> audit = database.query("SELECT handeling FROM audit WHERE betreft = ? AND handeling <> 'DOSSIER_GELEZEN' "
                + "ORDER BY id", row -> row.getString(1), ref);
        assertEquals(List.of("SIGNALERING_VASTGELEGD", "TOESTEMMING_VASTGELEGD", "TOESTEMMING_INGETROKKEN"), audit);
    }

    @Test
    void consentRecordedWithTheSignalShowsItAtOnceAndAnAdviceMovesTheAgendaToDone() {
        String ref = nieuweReferentie();
        LocalDate geboren = geboortedatum();
        legVast(klimop, ref, signalering(geboren, ", \"toestemmingOuders\": true, \"toestemming\": " + toestemming()))
                .statusCode(201)
                .body("signalering.toestemmingOuders", equalTo(true))
                .body("signalering.toestemming", nullValue())
                .body("uitslag.acties.code", not(hasItem("TOESTEMMING_OUDERS")));
        als(knooppunt).when().get("/api/v1/overdrachten").then().statusCode(200)
                .body("find { it.referentie == '" + ref + "' }.volledig", equalTo(true))
                .body("find { it.referentie == '" + ref + "' }.signaleringen", nullValue());

        als(knooppunt).body("""
                        {"kind": {"geboortedatum": "%s", "ondersteuningsbehoeften": ["SPRAAK_TAAL", "GEDRAG"]},
                         "proces": {"knooppuntGehouden": true, "toestemmingOuders": true}}
                        """.formatted(geboren))
                .when().post("/api/v1/dossiers/" + ref + "/adviezen").then().statusCode(201);
        List<String> gedaanDoor = database.query("SELECT gedaan_door FROM agenda_item WHERE referentie = ? ORDER BY datum",
                row -> row.getString(1), ref);
        assertEquals(List.of(knooppunt, knooppunt), gedaanDoor, "de agendapunten van de signalering zijn gedaan");
        als(knooppunt).when().get("/api/v1/overdrachten").then().statusCode(200)
                .body("referentie", not(hasItem(ref)));
        als(knooppunt).queryParam("open", false).when().get("/api/v1/overdrachten").then().statusCode(200)
                .body("find { it.referentie == '" + ref + "' }.opgevolgd", equalTo(true));
    }

    @Test
    void aSecondVoorschoolGets404ForTheFirstOnesSignalAndCannotWriteToItsReference() {
        String ref = nieuweReferentie();
        int id = legVast(klimop, ref, signalering(geboortedatum(), "")).statusCode(201).extract().path("id");
        String voor = stand(ref);

        als(vlinder).when().get("/api/v1/dossiers/" + ref + "/signaleringen/" + id).then().statusCode(404)
                .body("fouten[0].veld", equalTo("id"));
        als(vlinder).when().get("/api/v1/dossiers/" + ref + "/signaleringen").then().statusCode(404)
                .body("fouten[0].veld", equalTo("referentie"));
        als(vlinder).when().get("/api/v1/overdrachten?open=false").then().statusCode(200)
                .body("referentie", not(hasItem(ref)));
        legVast(vlinder, ref, signalering(geboortedatum(), "")).statusCode(404)
                .body("fouten[0].veld", equalTo("referentie"))
                .body("fouten[0].melding", containsString("in gebruik bij een andere organisatie"));
        als(vlinder).body(toestemming()).when().post("/api/v1/dossiers/" + ref + "/toestemming").then().statusCode(404)
                .body("fouten[0].veld", equalTo("referentie"));
        als(vlinder).body("{}").when().post("/api/v1/dossiers/" + ref + "/toestemming/intrekking").then().statusCode(404);
        assertEquals(voor, stand(ref), "niets is veranderd");
        als(klimop).when().get("/api/v1/dossiers/" + ref + "/signaleringen/" + id).then().statusCode(200);
    }

    @Test
    void badInputIsRefusedWithTheFieldNamedAndChangesNothing() {
        // A child of 4 is older than the pre-screen is for: no dossier is made.
        String oud = nieuweReferentie();
        legVast(klimop, oud, signalering(Peildatum.vandaag().minusYears(4), "")).statusCode(400)
                .body("fouten[0].veld", equalTo("kind.geboortedatum"))
                .body("fouten[0].melding", containsString("jonger dan 4 jaar"));
        assertEquals("0/0/0/0/0", stand(oud));

        String ref = nieuweReferentie();
        legVast(klimop, ref, signalering(geboortedatum(), ", \"toestemming\": " + toestemming())).statusCode(201);
        String voor = stand(ref);
        als(klimop).body(toestemming()).when().post("/api/v1/dossiers/" + ref + "/toestemming").then().statusCode(400)
                .body("fouten[0].veld", equalTo("gegevenDoor"))
                .body("fouten[0].melding", containsString("is al vastgelegd"));
        legVast(klimop, ref, signalering(geboortedatum(), ", \"toestemming\": " + toestemming())).statusCode(400)
                .body("fouten[0].veld", equalTo("toestemming"));
        legVast(klimop, ref, signalering(Peildatum.vandaag().minusYears(5), "")).statusCode(400);
        legVast(klimop, ref, "{\"peildatum\": \"" + Peildatum.vandaag().plusDays(1) + "\", \"kind\": {\"geboortedatum\": \""
                + geboortedatum() + "\"}}").statusCode(400).body("fouten[0].veld", equalTo("peildatum"));
        legVast(klimop, ref, "{\"kind\": {\"referentie\": \"ander\", \"geboortedatum\": \"" + geboortedatum() + "\"}}")
                .statusCode(400).body("fouten[0].veld", equalTo("kind.referentie"));
        assertEquals(voor, stand(ref), "niets is veranderd");

        String zonder = nieuweReferentie();
        legVast(klimop, zonder, signalering(geboortedatum(), ", \"toestemmingOuders\": true")).statusCode(400)
                .body("fouten[0].veld", equalTo("toestemming"));
        legVast(klimop, zonder, signalering(geboortedatum(), ", \"toestemming\": {\"gegevenDoor\": \"OUDERS\", \"datum\": \""
                + Peildatum.vandaag() + "\", \"voor\": [\"VERSLAGLEGGING_DELEN\"]}")).statusCode(400)
                .body("fouten[0].veld", equalTo("toestemming.voor"));
        legVast(klimop, zonder, signalering(geboortedatum(), ", \"toestemming\": {\"gegevenDoor\": \"Mevrouw Jansen\"}"))
                .statusCode(400).body("fouten[0].veld", equalTo("toestemming.gegevenDoor"));
        als(klimop).body("{}").when().post("/api/v1/dossiers/" + zonder + "/toestemming/intrekking").then().statusCode(404);
        assertEquals("0/0/0/0/0", stand(zonder));
    }

    @Test
    void aVoorschoolUserWithoutAVoorschoolCannotRecord() {
        String zonder = TestGebruikers.zorgVoor("overdracht-zonder-organisatie", Rol.VOORSCHOOL);
        String ref = nieuweReferentie();
        legVast(zonder, ref, signalering(geboortedatum(), "")).statusCode(400).body("fouten[0].veld", equalTo("organisatie"));
        als(zonder).when().get("/api/v1/overdrachten").then().statusCode(200).body("", emptyIterable());
        assertEquals("0/0/0/0/0", stand(ref));
    }

    @Test
    void aSignalNothingFollowedIsKeptAYearAfterItsKnooppuntAndThenErased() {
        String jong = nieuweReferentie();
        LocalDate geboren = geboren(2, 0);
        legVast(klimop, jong, signalering(geboren, "")).statusCode(201);
        assertEquals(geboren.plusMonths(42).plusYears(1), bewarenTot(jong), "een jaar na het knooppunt waarom zij vroeg");

        String laat = nieuweReferentie();
        legVast(klimop, laat, signalering(geboren(3, 9), "")).statusCode(201);
        assertEquals(Peildatum.vandaag().plusYears(1), bewarenTot(laat), "een jaar na de signalering, als het knooppunt al was");

        database.update("UPDATE dossier SET bewaren_tot = ? WHERE referentie = ?", Peildatum.vandaag().minusDays(1), laat);
        bewaartermijn.ruimOp();
        assertEquals("0/0/0/0", stand(laat).substring(0, stand(laat).lastIndexOf('/')), "het dossier en zijn signalering zijn gewist");
        assertEquals(1, database.query("SELECT COUNT(*) FROM audit WHERE betreft = ? AND handeling = 'DOSSIER_VERLOPEN'",
                row -> row.getInt(1), laat).get(0));
    }

    private LocalDate bewarenTot(String referentie) {
        return database.query("SELECT bewaren_tot FROM dossier WHERE referentie = ?", row -> Database.date(row, "bewaren_tot"),
                referentie).get(0);
    }
}
