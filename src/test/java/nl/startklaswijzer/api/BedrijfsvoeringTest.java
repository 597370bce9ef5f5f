package nl.startklaswijzer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** What operations watch: readiness of the database and the default rule set, and the advices per outcome. */
@QuarkusTest
@TestSecurity(user = "knooppunt", roles = "KNOOPPUNT")
class BedrijfsvoeringTest {

    @Test
    void readinessCoversTheDatabaseAndTheDefaultRuleSet() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("standaardregelset", "Database connections health check"));
    }

    @Test
    void metricsCountAdvicesPerOutcomeAndKeepLatencyHistograms() {
        given().contentType(ContentType.JSON).body("{\"kind\": {\"geboortedatum\": \"2022-08-15\"}}")
                .when().post("/api/v1/adviezen").then().statusCode(200).body("uitkomst", equalTo("MOEDERSCHOOL"));
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("startklaswijzer_adviezen_total{uitkomst=\"MOEDERSCHOOL\"}"))
                .body(containsString("http_server_requests_seconds_bucket{"));
    }
}
