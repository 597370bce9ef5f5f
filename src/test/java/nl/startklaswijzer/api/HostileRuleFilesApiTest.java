package nl.startklaswijzer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import nl.startklaswijzer.engine.guard.HostileFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The hostile files through every door a rule file comes in by: validation, impact, and the rules folder itself.
 * Each is refused or stopped, nothing it aims at happens, and the serving version keeps serving throughout.
 */
@QuarkusTest
@TestProfile(HostileRuleFilesApiTest.WithWritableRulesAndAShortLimit.class)
@TestSecurity(user = "beleid", roles = "BELEID")
class HostileRuleFilesApiTest {

    static final Path SET = Path.of("target", "regelsets-vijandig", "cluster-brunssum");
    static final long RELOAD_MILLIS = 15_000;

    public static class WithWritableRulesAndAShortLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            RuleFolders.freshCopy("regelsets-vijandig");
            return Map.of("startklaswijzer.regels.map", SET.getParent().toString(),
                    "startklaswijzer.regels.tijdslimiet", "2s");
        }
    }

    private String servingVersion;

    @BeforeEach
    void rememberTheServingVersion() {
        HostileFiles.clearMarker();
        servingVersion = status().path("find { it.naam == 'cluster-brunssum' }.versie");
        assertNotNull(servingVersion);
    }

    @Test
    void everyHostileFileSentForValidationIsRefusedAtItsLine() {
        for (HostileFiles file : HostileFiles.ruleFiles()) {
            Response answer = given().contentType(ContentType.JSON)
                    .body(Map.of("basis", "cluster-brunssum", "bestanden", Map.of(file.name(), file.text())))
                    .when().post("/api/v1/regelsets/validatie")
                    .then().statusCode(200).body("geldig", is(false)).extract().response();
            List<String> files = answer.path("fouten.bestand");
            List<Integer> lines = answer.path("fouten.regelnummer");
            if (file.runs()) {
                assertFalse(files.isEmpty(), file.name());
                assertNotNull(lines.get(0), file.name() + ": " + answer.asString());
            } else {
                assertTrue(files.contains(file.name()) && lines.contains(file.markedLines().get(0)),
                        file.name() + ": " + answer.asString());
            }
        }
        theServingVersionStillServesAndNothingHappened();
    }

    @Test
    void anImpactCheckOfAHostileFileIsRefusedOrStopped() {
        given().contentType(ContentType.JSON)
                .body(Map.of("bestanden", Map.of("schrijf-bestand.drl", HostileFiles.text("schrijf-bestand.drl"))))
                .when().post("/api/v1/regelsets/cluster-brunssum/impact")
                .then().statusCode(200)
                .body("geldig", is(false))
                .body("fouten[0].bestand", is("schrijf-bestand.drl"))
                .body("fouten[0].regelnummer", is(15));
        String stopped = given().contentType(ContentType.JSON)
                .body(Map.of("bestanden", Map.of("geheugenbom.drl", HostileFiles.text("geheugenbom.drl"))))
                .when().post("/api/v1/regelsets/cluster-brunssum/impact")
                .then().statusCode(200).body("geldig", is(false))
                .extract().path("fouten[0].melding");
        assertTrue(stopped.contains("is gestopt"), stopped);
        theServingVersionStillServesAndNothingHappened();
    }

    @Test
    void hostileFilesDroppedIntoTheRulesFolderAreARejectedReload() throws Exception {
        List<HostileFiles> refused = HostileFiles.ruleFiles().stream().filter(f -> !f.runs()).toList();
        try {
            for (HostileFiles file : refused) {
                Files.writeString(SET.resolve(file.name()), file.text());
            }
            Response status = awaitStatus(s -> s.path("find { it.naam == 'cluster-brunssum' }.afgewezen") != null);
            List<String> files = status.path("find { it.naam == 'cluster-brunssum' }.afgewezen.fouten.bestand");
            for (HostileFiles file : refused) {
                assertTrue(files.contains(file.name()), file.name() + " niet genoemd: " + files);
            }
            theServingVersionStillServesAndNothingHappened();
        } finally {
            for (HostileFiles file : refused) {
                Files.deleteIfExists(SET.resolve(file.name()));
            }
        }
        awaitStatus(s -> s.path("find { it.naam == 'cluster-brunssum' }.afgewezen") == null);
    }

    @Test
    void anEndlessFileDroppedIntoTheRulesFolderIsStoppedAndRejected() throws Exception {
        Path endless = SET.resolve("eindeloze-voorwaarde.drl");
        try {
            Files.writeString(endless, HostileFiles.text("eindeloze-voorwaarde.drl"));
            Response status = awaitStatus(s -> s.path("find { it.naam == 'cluster-brunssum' }.afgewezen") != null);
            List<String> messages = status.path("find { it.naam == 'cluster-brunssum' }.afgewezen.fouten.melding");
            assertTrue(messages.stream().anyMatch(m -> m.contains("is gestopt")), messages.toString());
            theServingVersionStillServesAndNothingHappened();
        } finally {
            Files.deleteIfExists(endless);
        }
        awaitStatus(s -> s.path("find { it.naam == 'cluster-brunssum' }.afgewezen") == null);
    }

    private void theServingVersionStillServesAndNothingHappened() {
        assertEquals(servingVersion, status().path("find { it.naam == 'cluster-brunssum' }.versie"));
        given().contentType(ContentType.JSON).body(ApiExamples.CASUS)
                .when().post("/api/v1/adviezen")
                .then().statusCode(200)
                .body("uitkomst", is("STARTKLAS"))
                .body("regelset.versie", is(servingVersion));
        assertFalse(Files.exists(HostileFiles.MARKER), "een vijandig bestand schreef " + HostileFiles.MARKER);
    }

    private static Response status() {
        return given().when().get("/api/v1/regelsets").then().statusCode(200).extract().response();
    }

    /** Polls the rule set status until the condition holds; a rejected reload includes its compile and its limit. */
    private static Response awaitStatus(Predicate<Response> condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + RELOAD_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            Response status = status();
            if (condition.test(status)) {
                return status;
            }
            Thread.sleep(100);
        }
        fail("de regelset veranderde niet binnen " + RELOAD_MILLIS + " ms: " + status().asString());
        return null;
    }
}
