package nl.startklaswijzer.dossier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With the database out of reach, recording answers 503 in Dutch, and the plain check keeps advising. */
@QuarkusTest
@TestProfile(DatabaseOnbereikbaarTest.ZonderDatabase.class)
@TestSecurity(user = "knooppunt", roles = "KNOOPPUNT")
class DatabaseOnbereikbaarTest {

    private static final String CASUS = "{\"kind\": {\"geboortedatum\": \"2022-08-15\", \"ondersteuningsbehoeften\": [\"GEDRAG\"]}}";

    /** A PostgreSQL address where nothing listens. */
    public static class ZonderDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.h2.active", "false",
                    "quarkus.datasource.postgresql.active", "true",
                    "quarkus.datasource.postgresql.jdbc.url", "jdbc:postgresql://127.0.0.1:9/startklaswijzer",
                    "quarkus.flyway.postgresql.migrate-at-start", "false",
                    "quarkus.flyway.postgresql.clean-at-start", "false");
        }
    }

    @Test
    void recordingAnswers503AndThePlainCheckStillAdvises() {
        given().contentType(ContentType.JSON).body(CASUS).when().post("/api/v1/dossiers/K-1/adviezen")
                .then().statusCode(503).body("fouten[0].melding", containsString("database van Startklaswijzer is nu niet bereikbaar"));
        given().when().get("/api/v1/dossiers/K-1").then().statusCode(503);
        given().contentType(ContentType.JSON).body(CASUS).when().post("/api/v1/adviezen").then().statusCode(200);
    }

    @Test
    void readinessSaysTheDatabaseIsDown() {
        given().when().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
    }
}
