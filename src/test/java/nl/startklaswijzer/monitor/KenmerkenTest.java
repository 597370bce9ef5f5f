package nl.startklaswijzer.monitor;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.startklaswijzer.domein.Peildatum;
import nl.startklaswijzer.opslag.Database;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * What the monitor counts by is kept beside every recorded advice, decision and placement; for those recorded before the
 * monitor existed, the migration V5_1 fills it in from the recorded case.
 */
@QuarkusTest
@TestSecurity(user = "monitor-kenmerken", roles = "KNOOPPUNT")
class KenmerkenTest {

    @Inject
    Database database;

    @Inject
    @DataSource("h2")
    Instance<AgroalDataSource> h2;

    @Inject
    @DataSource("postgresql")
    Instance<AgroalDataSource> postgresql;

    @ConfigProperty(name = "quarkus.datasource.postgresql.active", defaultValue = "false")
    boolean postgresqlActief;

    @Test
    void recordingKeepsTheMunicipalityAndFactorsAndTheMigrationFillsThemForWhatWasRecordedBefore() throws Exception {
        String referentie = "KEN-" + UUID.randomUUID().toString().substring(0, 8);
        String groep = "Kenmerkgroep " + UUID.randomUUID().toString().substring(0, 6);
        given().contentType(ContentType.JSON).body(Map.of("naam", groep, "plaats", "Brunssum", "capaciteit", 12))
                .when().post("/api/v1/groepen").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("kind", Map.of("geboortedatum", Peildatum.vandaag().minusYears(4).toString(),
                        "gemeente", " sittard-GELEEN ", "ondersteuningsbehoeften", List.of("SPRAAK_TAAL", "GEDRAG"),
                        "complicerendeFactoren", List.of("TRAUMA", "WEGLOPEN"))))
                .when().post("/api/v1/dossiers/" + referentie + "/adviezen").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("versie", 1, "datum", Peildatum.vandaag().toString(), "arrangement", "STARTKLAS",
                        "startdatum", Peildatum.vandaag().toString(), "groep", groep, "aanwezig", List.of("OUDERS"),
                        "motivatie", "Twee factoren, gewogen in het knooppunt."))
                .when().post("/api/v1/dossiers/" + referentie + "/besluiten").then().statusCode(201);
        String vastgelegd = kenmerken(referentie);
        assertEquals("Sittard-Geleen 2 [TRAUMA, WEGLOPEN] | Sittard-Geleen STARTKLAS_BESPREKEN cluster-brunssum | Sittard-Geleen",
                vastgelegd);

        // As if recorded before V5: the monitor's columns empty, then the migration's work again.
        database.update("DELETE FROM dossier_advies_factor WHERE advies_id IN (SELECT id FROM dossier_advies WHERE referentie = ?)", referentie);
        database.update("UPDATE dossier_advies SET gemeente = NULL, aantal_factoren = NULL WHERE referentie = ?", referentie);
        database.update("UPDATE besluit SET gemeente = NULL, regelset = NULL, advies_uitkomst = NULL WHERE referentie = ?", referentie);
        database.update("UPDATE plaatsing SET gemeente = NULL WHERE referentie = ?", referentie);
        try (Connection verbinding = (postgresqlActief ? postgresql : h2).get().getConnection()) {
            Kenmerken.vulAan(verbinding);
        }
        assertEquals(vastgelegd, kenmerken(referentie));
    }

    @Test
    void aCaseThatNamesNoMunicipalityCountsAsUnknown() {
        String referentie = "KEN-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON).body(Map.of("kind", Map.of("geboortedatum", Peildatum.vandaag().minusYears(4).toString(),
                        "ondersteuningsbehoeften", List.of("SPRAAK_TAAL", "GEDRAG"))))
                .when().post("/api/v1/dossiers/" + referentie + "/adviezen").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("versie", 1, "datum", Peildatum.vandaag().toString(), "arrangement", "MOEDERSCHOOL",
                        "aanwezig", List.of("OUDERS"), "motivatie", "Uitzondering.", "afwijkingsreden", "ANDERS"))
                .when().post("/api/v1/dossiers/" + referentie + "/besluiten").then().statusCode(201);
        assertEquals("null 0 [] | null STARTKLAS cluster-brunssum", kenmerkenZonderPlaatsing(referentie));
    }

    private String kenmerkenZonderPlaatsing(String referentie) {
        String advies = database.one("SELECT gemeente, aantal_factoren FROM dossier_advies WHERE referentie = ?",
                row -> row.getString(1) + " " + row.getInt(2), referentie).orElseThrow();
        String besluit = database.one("SELECT gemeente, advies_uitkomst, regelset FROM besluit WHERE referentie = ?",
                row -> row.getString(1) + " " + row.getString(2) + " " + row.getString(3), referentie).orElseThrow();
        return advies + " " + factoren(referentie) + " | " + besluit;
    }

    private List<String> factoren(String referentie) {
        return database.query("SELECT f.factor FROM dossier_advies_factor f JOIN dossier_advies a ON a.id = f.advies_id "
                + "WHERE a.referentie = ? ORDER BY f.factor", row -> row.getString(1), referentie);
    }

    /** The advice's municipality, number of factors and factors; the decision's copy; the placement's municipality. */
    private String kenmerken(String referentie) {
        String plaatsing = database.one("SELECT gemeente FROM plaatsing WHERE referentie = ?", row -> row.getString(1), referentie)
                .orElseThrow();
        return kenmerkenZonderPlaatsing(referentie) + " | " + plaatsing;
    }
}
