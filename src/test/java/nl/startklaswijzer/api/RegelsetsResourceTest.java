package nl.startklaswijzer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "knooppunt", roles = "KNOOPPUNT")
class RegelsetsResourceTest {

    @Test
    void theDefaultRuleSetIsListedWithItsVersion() {
        given().when().get("/api/v1/regelsets")
                .then().statusCode(200)
                .body("naam", hasItem("cluster-brunssum"))
                .body("find { it.naam == 'cluster-brunssum' }.versie", matchesPattern("[0-9a-f]{12}"))
                .body("find { it.naam == 'cluster-brunssum' }.geladen", notNullValue())
                .body("find { it.naam == 'cluster-brunssum' }.regels", greaterThan(30))
                .body("find { it.naam == 'cluster-brunssum' }.standaard", is(true));
    }

    @Test
    void theAdviceNamesTheVersionThatIsListed() {
        String versie = given().when().get("/api/v1/regelsets").then().extract()
                .path("find { it.naam == 'cluster-brunssum' }.versie");
        given().contentType("application/json").body(ApiExamples.CASUS)
                .when().post("/api/v1/adviezen")
                .then().statusCode(200)
                .body("regelset.versie", is(versie));
    }

    @Test
    void theOpenApiDocumentDescribesTheEndpointsWithExamples() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/adviezen'.post.requestBody.content.'application/json'.examples.contract.value.kind.referentie",
                        is("K-0042"))
                .body("paths.'/api/v1/signaleringen'.post.requestBody.content.'application/json'.examples.contract.value.voorziening",
                        is("PEUTERSPEELZAAL"))
                .body("paths.'/api/v1/regelsets'.get", notNullValue());
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
