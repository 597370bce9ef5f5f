package nl.startklaswijzer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.startklaswijzer.engine.RuleSetSource;
import nl.startklaswijzer.engine.scenario.ScenarioFiles;
import org.junit.jupiter.api.Test;

/** What policy owners use: the rule book, validation of a candidate, the impact of a change, and several sets. */
@QuarkusTest
@TestSecurity(user = "beleid", roles = "BELEID")
class PolicyOwnerEndpointsTest {

    private static final Path SET = Path.of("rules", "cluster-brunssum");

    @Test
    void theRuleBookListsEveryRuleWithItsSourceStatusAndParameters() {
        given().when().get("/api/v1/regelsets/cluster-brunssum/regels")
                .then().statusCode(200)
                .body("naam", is("cluster-brunssum"))
                .body("regels", hasSize(47))
                .body("regels.bron", everyItem(notNullValue()))
                .body("regels.status", hasItems("VASTGESTELD", "WENS", "AANNAME"))
                .body("regels.find { it.id == 'startklas-groep-niet-zindelijk' }.tekst",
                        containsString("Er {aantal|zit al # kind in de groep dat niet zindelijk is|zitten al # kinderen"))
                .body("regels.find { it.id == 'startklas-groep-niet-zindelijk' }.bestand", is("groepssamenstelling.drl"))
                .body("regels.find { it.id == 'startklas-groep-niet-zindelijk' }.regelnummer", is(10))
                .body("regels.find { it.id == 'startklas-groep-niet-zindelijk' }.parameters", is(List.of("groepslimieten")))
                .body("regels.find { it.id == 'startklas-groep-vol' }.parameters",
                        is(List.of("groepsgrootte", "voorrangsgemeenten")))
                .body("parameters.find { it.naam == 'groepsgrootte' }.waarde", is(12))
                .body("parameters.find { it.naam == 'groepslimieten' }.waarde.NIET_ZINDELIJK", is(2))
                .body("parameters.find { it.naam == 'evaluatieIbInWeken' }.bron", containsString("bijlage 2"))
                .body("parameters.find { it.naam == 'minimumOntwikkelingsgebieden' }.status", is("AANNAME"));
    }

    @Test
    void theRuleBookOfAnUnknownSetIsABadRequestNamingTheSets() {
        given().when().get("/api/v1/regelsets/atlantis/regels")
                .then().statusCode(400)
                .body("fouten[0].melding", containsString("voorbeeldregio"));
    }

    @Test
    void aWholeValidCandidateIsValidWithAllScenariosPassing() throws Exception {
        given().contentType(ContentType.JSON).body(Map.of("bestanden", files()))
                .when().post("/api/v1/regelsets/validatie")
                .then().statusCode(200)
                .body("geldig", is(true))
                .body("fouten", empty())
                .body("scenarios", hasSize(scenarioCount()))
                .body("scenarios.geslaagd", everyItem(is(true)));
    }

    @Test
    void aTypoInACandidateIsReportedWithFileLineAndADutchMessage() throws Exception {
        String broken = Files.readString(SET.resolve("leeftijd.drl")).replaceFirst("Casus\\(", "Kasus(");
        given().contentType(ContentType.JSON)
                .body(Map.of("basis", "cluster-brunssum", "bestanden", Map.of("leeftijd.drl", broken)))
                .when().post("/api/v1/regelsets/validatie")
                .then().statusCode(200)
                .body("geldig", is(false))
                .body("fouten[0].bestand", is("leeftijd.drl"))
                .body("fouten[0].regelnummer", is(19))
                .body("fouten[0].melding", is("'Kasus' is geen bekend soort feit. Bekend zijn: Casus, Kind, Moederschool, "
                        + "Startklas, Leerling, Proces, Signalering, Parameter, Aanbod, Reden, Leeftijd en Behoeften."))
                .body("fouten.melding", everyItem(not(containsString("Exception"))));
    }

    @Test
    void aCandidateWhoseScenariosFailIsNotValidAndNamesTheScenario() throws Exception {
        given().contentType(ContentType.JSON)
                .body(Map.of("basis", "cluster-brunssum", "bestanden", Map.of("parameters.yaml", limitOne())))
                .when().post("/api/v1/regelsets/validatie")
                .then().statusCode(200)
                .body("geldig", is(false))
                .body("fouten", hasSize(1))
                .body("fouten[0].bestand", is("scenarios/contract.yaml"))
                .body("fouten[0].regelnummer", is(3))
                .body("fouten[0].melding", containsString("Voorbeeld uit het contract"))
                .body("scenarios.find { it.naam == 'Voorbeeld uit het contract' }.geslaagd", is(false));
    }

    @Test
    void theImpactOfAChangedThresholdListsExactlyTheCasesItShould() throws Exception {
        String serving = given().get("/api/v1/regelsets").path("find { it.naam == 'cluster-brunssum' }.versie");
        given().contentType(ContentType.JSON).body(Map.of("bestanden", Map.of("parameters.yaml", limitOne())))
                .when().post("/api/v1/regelsets/cluster-brunssum/impact")
                .then().statusCode(200)
                .body("geldig", is(true))
                .body("oud.versie", is(serving))
                .body("nieuw.versie", matchesPattern("[0-9a-f]{12}"))
                .body("nieuw.versie", not(is(serving)))
                .body("gewijzigd", hasSize(1))
                .body("gewijzigd[0].casus", is("Voorbeeld uit het contract"))
                .body("gewijzigd[0].oudeUitkomst", is("STARTKLAS"))
                .body("gewijzigd[0].nieuweUitkomst", is("STARTKLAS_BESPREKEN"))
                .body("gewijzigd[0].redenenErbij.regel", is(List.of("startklas-groep-niet-zindelijk")))
                .body("gewijzigd[0].redenenErbij[0].tekst", containsString("Er zit al 1 kind in de groep dat niet zindelijk is"))
                .body("gewijzigd[0].redenenEraf", empty())
                .body("ongewijzigd", is(scenarioCount() - 1));
    }

    @Test
    void aDraftFileCanBeTriedAsPlainText() throws Exception {
        given().contentType(ContentType.TEXT).body(limitOne()).queryParam("bestand", "parameters.yaml")
                .when().post("/api/v1/regelsets/cluster-brunssum/impact")
                .then().statusCode(200)
                .body("gewijzigd.casus", is(List.of("Voorbeeld uit het contract")));
        given().contentType(ContentType.TEXT).body(limitOne())
                .when().post("/api/v1/regelsets/cluster-brunssum/impact")
                .then().statusCode(400)
                .body("fouten[0].veld", is("bestand"));
    }

    @Test
    void theImpactOnGivenCasesNamesThemByReference() throws Exception {
        Map<String, Object> casus = Map.of("peildatum", "2026-09-01",
                "kind", Map.of("referentie", "K-7", "geboortedatum", "2022-03-15", "ondersteuningsbehoeften", List.of("GEDRAG", "SPRAAK_TAAL")),
                "startklas", Map.of("leerlingen", List.of(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
                        Map.of(), Map.of(), Map.of(), Map.of(), Map.of())));
        String groupOfTen = Files.readString(SET.resolve("parameters.yaml")).replace("waarde: 12", "waarde: 10");
        given().contentType(ContentType.JSON)
                .body(Map.of("bestanden", Map.of("parameters.yaml", groupOfTen), "casussen", List.of(casus)))
                .when().post("/api/v1/regelsets/cluster-brunssum/impact")
                .then().statusCode(200)
                .body("gewijzigd[0].casus", is("casus 1 (K-7)"))
                .body("gewijzigd[0].oudeUitkomst", is("STARTKLAS"))
                .body("gewijzigd[0].nieuweUitkomst", is("STARTKLAS_BESPREKEN"))
                .body("gewijzigd[0].redenenErbij.regel", hasItem("startklas-groep-vol"))
                .body("gewijzigd[0].redenenEraf.regel", hasItem("startklas-plaats-vrij"));
    }

    @Test
    void aCandidateThatDoesNotCompileHasNoImpactButItsErrors() throws Exception {
        given().contentType(ContentType.JSON).body(Map.of("bestanden", Map.of("capaciteit.drl", "rule \"x\" when")))
                .when().post("/api/v1/regelsets/cluster-brunssum/impact")
                .then().statusCode(200)
                .body("geldig", is(false))
                .body("fouten[0].bestand", is("capaciteit.drl"))
                .body("gewijzigd", empty());
    }

    @Test
    void aValidationWithoutFilesIsABadRequest() {
        given().contentType(ContentType.JSON).body("{\"bestanden\":{}}")
                .when().post("/api/v1/regelsets/validatie")
                .then().statusCode(400)
                .body("fouten[0].veld", is("bestanden"));
    }

    @Test
    void aRequestMayNameAnotherRuleSetWhereRegionsDifferOnPurpose() {
        String fullGroupOfTen = ApiExamples.CASUS.replace("\"capaciteit\": 12,", "")
                .replace("{ \"complicerendeFactoren\": [] }", String.join(", ", java.util.Collections.nCopies(9, "{}")));
        given().contentType(ContentType.JSON).body(fullGroupOfTen.replaceFirst("\\{", "{ \"regelset\": \"voorbeeldregio\","))
                .when().post("/api/v1/adviezen")
                .then().statusCode(200)
                .body("regelset.naam", is("voorbeeldregio"))
                .body("uitkomst", is("STARTKLAS_BESPREKEN"))
                .body("redenen.find { it.regel == 'startklas-groep-vol' }.tekst", containsString("van de 10 plaatsen zijn er 10 bezet"));
        given().contentType(ContentType.JSON).body(fullGroupOfTen)
                .when().post("/api/v1/adviezen")
                .then().statusCode(200)
                .body("regelset.naam", is("cluster-brunssum"))
                .body("redenen.find { it.regel == 'startklas-plaats-vrij' }.tekst", containsString("10 van de 12"));
    }

    /** The default set's scenarios: the cases an impact check runs when it is given none. */
    static int scenarioCount() throws Exception {
        return ScenarioFiles.read(RuleSetSource.read(SET)).size();
    }

    private static String limitOne() throws Exception {
        return Files.readString(SET.resolve("parameters.yaml")).replace("NIET_ZINDELIJK: 2", "NIET_ZINDELIJK: 1");
    }

    private static Map<String, String> files() throws Exception {
        Map<String, String> files = new HashMap<>();
        try (var paths = Files.walk(SET)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                files.put(SET.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        }
        return files;
    }
}
