package nl.startklaswijzer.publicatie;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.startklaswijzer.api.RuleFolders;
import org.junit.jupiter.api.Test;

/**
 * Policy owners publish from the web: a change passes the same gate as a file, is written into the set's folder and
 * serves at once, with its author and note in the history. A refused change writes nothing, and a change made on a
 * version that no longer serves is refused with what changed in between. Changes to a base reach the sets built on
 * it, or are refused when they break one.
 */
@QuarkusTest
@TestSecurity(user = "beleid", roles = "BELEID")
@TestProfile(PubliceerTest.WithWritableRules.class)
class PubliceerTest {

    static final Path FOLDER = Path.of("target", "regelsets-publicatie");
    static final Path BASIS = FOLDER.resolve("cluster-brunssum");
    static final Path AFGELEID = FOLDER.resolve("voorbeeldregio");

    public static class WithWritableRules implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            RuleFolders.freshCopy(FOLDER.getFileName().toString());
            // The watcher stays off: what serves here comes from publications, not from the folder.
            return Map.of("startklaswijzer.regels.map", FOLDER.toString(),
                    "startklaswijzer.regels.controle-interval", "off");
        }
    }

    private static String versie(String set) {
        return given().get("/api/v1/regelsets").then().statusCode(200)
                .extract().path("find { it.naam == '" + set + "' }.versie");
    }

    private static ValidatableResponse publiceer(String set, Map<String, String> bestanden, String basisVersie) {
        Map<String, Object> body = new HashMap<>();
        body.put("bestanden", bestanden);
        body.put("toelichting", "Besluit van het bestuur, 1 november");
        body.put("basisVersie", basisVersie);
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/regelsets/" + set + "/publicaties").then();
    }

    private static String parameters(Path set) throws IOException {
        return Files.readString(set.resolve("parameters.yaml"));
    }

    private static Map<String, String> snapshot() throws IOException {
        Map<String, String> files = new HashMap<>();
        try (Stream<Path> paths = Files.walk(FOLDER)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                files.put(p.toString(), Files.readString(p));
            }
        }
        return files;
    }

    @Test
    void aPublishedChangeServesAtOnceIsWrittenAndKeptInTheHistoryWithWhatChangedInWords() throws IOException {
        String voor = versie("cluster-brunssum");
        String afgeleidVoor = versie("voorbeeldregio");
        String nieuw = parameters(BASIS).replace("    NIET_ZINDELIJK: 2", "    NIET_ZINDELIJK: 2\n    WEGLOPEN: 3");
        String nieuwVersie = publiceer("cluster-brunssum", Map.of("parameters.yaml", nieuw), voor)
                .statusCode(201)
                .body("vorigeVersie", is(voor))
                .body("versie", not(voor))
                .body("auteur", is("beleid"))
                .body("wijzigingen", hasItem("groepslimieten WEGLOPEN: – → 3"))
                .body("afgeleideSets.voorbeeldregio", notNullValue())
                .extract().path("versie");
        assertEquals(nieuwVersie, versie("cluster-brunssum"));
        assertEquals(nieuw, parameters(BASIS), "the file in the set's folder holds the publication");
        assertNotEquals(afgeleidVoor, versie("voorbeeldregio"), "the derived set serves its base's new version");
        given().get("/api/v1/regelsets/cluster-brunssum/versies").then().statusCode(200)
                .body("[0].versie", is(nieuwVersie))
                .body("[0].vorigeVersie", is(voor))
                .body("[0].auteur", is("beleid"))
                .body("[0].toelichting", is("Besluit van het bestuur, 1 november"))
                .body("findAll { it.versie == '" + voor + "' }.auteur", hasItem(Geschiedenis.BESTAND));
        given().queryParam("van", voor).queryParam("naar", nieuwVersie)
                .get("/api/v1/regelsets/cluster-brunssum/verschil").then().statusCode(200)
                .body("wijzigingen", hasItem("groepslimieten WEGLOPEN: – → 3"));
        given().get("/api/v1/regelsets/voorbeeldregio/versies").then().statusCode(200)
                .body("[0].auteur", is("beleid"));

        // Rollback publishes the earlier files again as a new entry; the history is not rewritten.
        given().contentType(ContentType.JSON).body(Map.of("toelichting", "Besluit ingetrokken", "basisVersie", nieuwVersie))
                .post("/api/v1/regelsets/cluster-brunssum/versies/" + voor + "/terugzetten")
                .then().statusCode(201)
                .body("versie", is(voor))
                .body("wijzigingen", hasItem("groepslimieten WEGLOPEN: 3 → –"));
        assertEquals(voor, versie("cluster-brunssum"));
        assertFalse(parameters(BASIS).contains("WEGLOPEN: 3"));
        given().get("/api/v1/regelsets/cluster-brunssum/versies").then()
                .body("[0].versie", is(voor))
                .body("[0].toelichting", is("Teruggezet naar versie " + voor + ": Besluit ingetrokken"))
                .body("[1].versie", is(nieuwVersie));
    }

    @Test
    void aChangeMadeOnAVersionThatNoLongerServesIsAConflictSayingWhatChangedInBetween() throws IOException {
        String voor = versie("cluster-brunssum");
        String eerste = parameters(BASIS).replace("    NIET_ZINDELIJK: 2", "    NIET_ZINDELIJK: 2\n    AGRESSIEF_FYSIEK_GEDRAG: 4");
        String tussen = publiceer("cluster-brunssum", Map.of("parameters.yaml", eerste), voor).statusCode(201)
                .extract().path("versie");
        String tweede = parameters(BASIS).replace("omschrijving: Het aantal plaatsen", "omschrijving: Plaatsen");
        publiceer("cluster-brunssum", Map.of("parameters.yaml", tweede), voor)
                .statusCode(409)
                .body("fouten[0].veld", is("basisVersie"))
                .body("fouten[0].melding", containsString("groepslimieten AGRESSIEF_FYSIEK_GEDRAG: – → 4"))
                .body("fouten[0].melding", containsString(tussen));
        assertEquals(eerste, parameters(BASIS), "the second change did not undo the first");
        given().contentType(ContentType.JSON).body(Map.of("toelichting", "Terug", "basisVersie", tussen))
                .post("/api/v1/regelsets/cluster-brunssum/versies/" + voor + "/terugzetten").then().statusCode(201);
    }

    @Test
    void aChangeToTheBaseThatBreaksADerivedSetsScenarioIsRefusedNamingThatSet() throws IOException {
        String voor = versie("cluster-brunssum");
        Map<String, String> before = snapshot();
        String capaciteit = Files.readString(BASIS.resolve("capaciteit.drl")) + RuleFolders.REGEL_ALLEEN_BIJ_GROEP_VAN_TIEN;
        publiceer("cluster-brunssum", Map.of("capaciteit.drl", capaciteit), voor)
                .statusCode(400)
                .body("fouten.melding", hasItem(containsString("Regelset voorbeeldregio")));
        assertEquals(before, snapshot());
        assertEquals(voor, versie("cluster-brunssum"));
    }

    @Test
    void badInputWritesNothingAndNamesTheFileAndLine() throws IOException {
        String basis = versie("cluster-brunssum");
        String afgeleid = versie("voorbeeldregio");
        Map<String, String> before = snapshot();
        String regelset = Files.readString(AFGELEID.resolve("regelset.yaml"));

        publiceer("cluster-brunssum", Map.of("leeftijd.drl", "rule \"kapot\" when then"), basis)
                .statusCode(400).body("fouten.veld", hasItem(startsWith("bestanden.leeftijd.drl")));
        publiceer("voorbeeldregio", Map.of("regelset.yaml", regelset.replace("  groepsgrootte:", "  groepsgroote:")), afgeleid)
                .statusCode(400).body("fouten.melding", hasItem(containsString("Onbekende parameter 'groepsgroote'")))
                .body("fouten.veld", hasItem(matchesPattern("bestanden\\.regelset\\.yaml:\\d+")));
        publiceer("voorbeeldregio", Map.of("regelset.yaml", regelset.replace("basis: cluster-brunssum", "basis: atlantis")), afgeleid)
                .statusCode(400).body("fouten.melding", hasItem(containsString("Onbekende basis 'atlantis'")));
        publiceer("cluster-brunssum", Map.of("regelset.yaml", "basis: voorbeeldregio\n"), basis)
                .statusCode(400).body("fouten.melding", hasItem(containsString("kring van bases")));
        publiceer("voorbeeldregio", Map.of("regelset.yaml", regelset.replace("regel: actie-nazorg", "regel: actie-nazorgg")), afgeleid)
                .statusCode(400).body("fouten.melding", hasItem(containsString("'actie-nazorgg' bestaat niet")));
        for (String naam : List.of("../x.drl", "/tmp/x.drl", "scenarios/../../x.yaml", "notitie.txt", ".verborgen.drl")) {
            publiceer("cluster-brunssum", Map.of(naam, "x"), basis).statusCode(400)
                    .body("fouten[0].veld", is("bestanden." + naam));
        }
        publiceer("cluster-brunssum", Map.of(), basis).statusCode(400).body("fouten[0].veld", is("bestanden"));
        given().contentType(ContentType.JSON).body(Map.of("bestanden", Map.of("parameters.yaml", "x"), "basisVersie", basis))
                .post("/api/v1/regelsets/cluster-brunssum/publicaties").then().statusCode(400)
                .body("fouten[0].veld", containsString("toelichting"));

        assertEquals(before, snapshot(), "nothing was written");
        assertEquals(basis, versie("cluster-brunssum"));
        assertEquals(afgeleid, versie("voorbeeldregio"));
    }

    @Test
    void theRuleBookOfADerivedSetSaysWhereEachRuleAndParameterComesFrom() {
        given().get("/api/v1/regelsets/voorbeeldregio/regels").then().statusCode(200)
                .body("regels.find { it.id == 'startklas-leeftijd-doelgroep' }.herkomst", is("cluster-brunssum"))
                .body("regels.find { it.id == 'startklas-leeftijd-doelgroep' }.bestand", is("../cluster-brunssum/leeftijd.drl"))
                .body("regels.find { it.id == 'startklas-groep-vol' }.herkomst", is("voorbeeldregio"))
                .body("regels.find { it.id == 'startklas-groep-vol' }.vervangtUit", is("cluster-brunssum"))
                .body("regels.id", not(hasItem("startklas-groep-vol-voorrang")))
                .body("regels.id", not(hasItem("actie-nazorg")))
                .body("parameters.find { it.naam == 'groepsgrootte' }.waarde", is(10))
                .body("parameters.find { it.naam == 'groepsgrootte' }.herkomst", is("voorbeeldregio"))
                .body("parameters.find { it.naam == 'doelgroepLeeftijd' }.herkomst", is("cluster-brunssum"));
    }
}
