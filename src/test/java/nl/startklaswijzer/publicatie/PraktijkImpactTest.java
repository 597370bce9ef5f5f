package nl.startklaswijzer.publicatie;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.startklaswijzer.domein.Casus;
import nl.startklaswijzer.dossier.DossierDienst;
import org.junit.jupiter.api.Test;

/**
 * Beside the scenarios, a draft is tried on the advices recorded in the last months: how many change, in which
 * direction, the counts per outcome before and after, the rules that apply more or less often, and examples by
 * pseudonymous reference.
 */
@QuarkusTest
@TestSecurity(user = "beleid", roles = "BELEID")
class PraktijkImpactTest {

    @Inject
    DossierDienst dossiers;

    @Inject
    ObjectMapper mapper;

    private Casus casus(String referentie, int leerlingen) throws Exception {
        return mapper.readValue("""
                { "peildatum": "2026-09-01",
                  "kind": { "referentie": "%s", "geboortedatum": "2022-03-15", "gemeente": "Heerlen",
                            "ondersteuningsbehoeften": ["SPRAAK_TAAL", "GEDRAG"] },
                  "moederschool": { "kanVoorzienIn": [] },
                  "startklas": { "leerlingen": [ %s ] },
                  "proces": { "knooppuntGehouden": true, "toestemmingOuders": true } }
                """.formatted(referentie, String.join(", ", java.util.Collections.nCopies(leerlingen, "{}"))), Casus.class);
    }

    @Test
    void aSmallerGroupSizeIsTriedOnTheRecordedCaseload() throws Exception {
        // Three children would find a group of 4 with 3 places taken full; two would still find a place.
        for (int i = 1; i <= 3; i++) {
            dossiers.legAdviesVast("knooppunt", "PRAKTIJK-VOL-" + i, casus("PRAKTIJK-VOL-" + i, 4));
        }
        for (int i = 1; i <= 2; i++) {
            dossiers.legAdviesVast("knooppunt", "PRAKTIJK-PLEK-" + i, casus("PRAKTIJK-PLEK-" + i, 1));
        }
        String parameters = Files.readString(Path.of("rules", "cluster-brunssum", "parameters.yaml"))
                .replace("waarde: 12", "waarde: 4");
        given().contentType(ContentType.JSON).body(Map.of("bestanden", Map.of("parameters.yaml", parameters), "maanden", 1))
                .post("/api/v1/regelsets/cluster-brunssum/impact")
                .then().statusCode(200)
                .body("praktijk.maanden", is(1))
                .body("praktijk.casussen", greaterThanOrEqualTo(5))
                .body("praktijk.veranderd", greaterThanOrEqualTo(5))
                .body("praktijk.richtingen.find { it.van == 'STARTKLAS' && it.naar == 'STARTKLAS_BESPREKEN' }.aantal",
                        greaterThanOrEqualTo(3))
                .body("praktijk.voorbeelden.referentie", hasItems("PRAKTIJK-VOL-1", "PRAKTIJK-VOL-2", "PRAKTIJK-VOL-3"))
                .body("praktijk.perUitkomst.naam", hasItem("STARTKLAS_BESPREKEN"))
                .body("praktijk.perRegel.naam", hasItems("startklas-groep-vol", "startklas-plaats-vrij"));
    }

    @Test
    void aChangeThatAltersNoRecordedAdviceSaysSo() throws Exception {
        dossiers.legAdviesVast("knooppunt", "PRAKTIJK-GELIJK", casus("PRAKTIJK-GELIJK", 1));
        String parameters = Files.readString(Path.of("rules", "cluster-brunssum", "parameters.yaml"))
                .replace("omschrijving: Het aantal plaatsen", "omschrijving: Plaatsen");
        given().contentType(ContentType.JSON).body(Map.of("bestanden", Map.of("parameters.yaml", parameters)))
                .post("/api/v1/regelsets/cluster-brunssum/impact")
                .then().statusCode(200)
                .body("praktijk.maanden", is(Praktijktoets.STANDAARD_MAANDEN))
                .body("praktijk.veranderd", is(0))
                .body("praktijk.richtingen.size()", is(0));
    }
}
