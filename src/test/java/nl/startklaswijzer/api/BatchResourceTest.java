package nl.startklaswijzer.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import nl.startklaswijzer.bench.CaseGenerator;
import nl.startklaswijzer.domein.Casus;
import org.junit.jupiter.api.Test;

/** The batch endpoint answers every line in order, and a bad line gets an error of its own without stopping the rest. */
@QuarkusTest
@TestSecurity(user = "knooppunt", roles = "KNOOPPUNT")
class BatchResourceTest {

    @Inject
    ObjectMapper json;

    @Test
    void everyLineIsAnsweredInOrderAndABadLineDoesNotStopTheRest() throws Exception {
        List<Casus> cases = new CaseGenerator(42).cases(300);
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < cases.size(); i++) {
            if (i == 150) {
                body.append("{\"kind\":{\"geboortedatum\":\"2022-13-01\"}}\n");
            }
            body.append(json.writeValueAsString(cases.get(i))).append('\n');
        }
        String answer = given()
                .config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .encodeContentTypeAs("application/x-ndjson", ContentType.TEXT)))
                .contentType("application/x-ndjson").body(body.toString())
                .when().post("/api/v1/adviezen/batch")
                .then().statusCode(200).contentType("application/x-ndjson")
                .extract().asString();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : answer.split("\n")) {
            lines.add(json.readTree(line));
        }
        assertEquals(301, lines.size());
        assertEquals(151, lines.get(150).path("regelnummer").asInt());
        assertEquals("kind.geboortedatum", lines.get(150).path("fouten").get(0).path("veld").asText());
        List<String> references = lines.stream().filter(l -> l.has("uitkomst")).map(l -> l.path("referentie").asText()).toList();
        assertEquals(cases.stream().map(c -> c.getKind().getReferentie()).toList(), references);
        assertEquals("cluster-brunssum", lines.get(0).path("regelset").path("naam").asText());
    }
}
