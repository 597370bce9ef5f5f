package nl.startklaswijzer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A rule set that does not compile must not stop the service from starting and serving the others. */
@QuarkusTest
@TestSecurity(user = "knooppunt", roles = "KNOOPPUNT")
@TestProfile(BrokenRuleSetTest.WithABrokenRuleSet.class)
class BrokenRuleSetTest {

    public static class WithABrokenRuleSet implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            Path folder = RuleFolders.freshCopy("regelsets-met-fout");
            try {
                RuleFolders.copy(folder.resolve("cluster-brunssum"), folder.resolve("kapot"));
                Path broken = folder.resolve("kapot").resolve("leeftijd.drl");
                Files.writeString(broken, Files.readString(broken).replaceFirst("leeftijd.jaren == \\$doelgroep \\)",
                        "leeftijd.jaren == \\$doelgroep"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("startklaswijzer.regels.map", folder.toString());
        }
    }

    @Test
    void theBrokenSetIsListedWithFileLineAndMessage() {
        given().when().get("/api/v1/regelsets")
                .then().statusCode(200)
                .body("find { it.naam == 'kapot' }.versie", nullValue())
                .body("find { it.naam == 'kapot' }.geladen", nullValue())
                .body("find { it.naam == 'kapot' }.regels", is(0))
                .body("find { it.naam == 'kapot' }.afgewezen.versie", matchesPattern("[0-9a-f]{12}"))
                .body("find { it.naam == 'kapot' }.afgewezen.fouten[0].bestand", is("leeftijd.drl"))
                .body("find { it.naam == 'kapot' }.afgewezen.fouten[0].regelnummer", is(20))
                .body("find { it.naam == 'kapot' }.afgewezen.fouten[0].melding",
                        containsString("op een plek waar het niet kan"))
                .body("find { it.naam == 'cluster-brunssum' }.geladen", notNullValue());
    }

    @Test
    void theOtherSetsKeepServing() {
        given().contentType("application/json").body(ApiExamples.CASUS)
                .when().post("/api/v1/adviezen")
                .then().statusCode(200)
                .body("regelset.naam", is("cluster-brunssum"));
    }

    @Test
    void askingForTheBrokenSetIsUnavailableNotAServerError() {
        given().contentType("application/json").body("{\"regelset\":\"kapot\",\"kind\":{\"geboortedatum\":\"2022-08-15\"}}")
                .when().post("/api/v1/adviezen")
                .then().statusCode(503)
                .body("fouten[0].veld", is("regelset"))
                .body("fouten[0].melding", containsString("niet geladen"));
    }
}
