package nl.startklaswijzer.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document that /q/openapi serves is the committed copy from which the build generates a client
 * (src/test/openapi/startklaswijzer-api.yaml, see pom.xml), and which .ci/run lints. So a change to the API shows in
 * review as a change to that file, and the generated client fits the service. On a difference the served document is
 * written to target/openapi/; copy it over the committed one when the change is meant.
 */
@QuarkusTest
class OpenApiDocumentTest {

    static final Path VASTGELEGD = Path.of("src", "test", "openapi", "startklaswijzer-api.yaml");
    private static final Path GESERVEERD = Path.of("target", "openapi", "startklaswijzer-api.yaml");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void theServedDocumentIsTheCommittedCopy() throws IOException {
        String served = served();
        if (!YAML.readTree(served).equals(YAML.readTree(VASTGELEGD.toFile()))) {
            Files.createDirectories(GESERVEERD.getParent());
            Files.writeString(GESERVEERD, served);
            fail("Het OpenAPI-document dat /q/openapi geeft, wijkt af van " + VASTGELEGD + ". Is de wijziging bedoeld, "
                    + "kopieer dan " + GESERVEERD + " naar " + VASTGELEGD + " (en bouw opnieuw, zodat de client meekomt).");
        }
    }

    /** The pages are no part of the API; every operation names what it answers when the request is refused. */
    @Test
    void describesTheApiAndItsRefusals() throws IOException {
        JsonNode document = YAML.readTree(served());
        List<String> zonder401 = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> {
            assertTrue(path.getKey().startsWith("/api/v1/"), "Geen deel van de API: " + path.getKey());
            path.getValue().forEach(operation -> {
                // Without its own "security", an operation needs the document's: a signed-in user.
                boolean signedIn = !operation.has("security") || !operation.get("security").isEmpty();
                if (signedIn && !operation.get("responses").has("401")) {
                    zonder401.add(operation.get("operationId").asText());
                }
            });
        });
        assertEquals(List.of(), zonder401, "Operaties die aanmelden vragen maar geen 401 noemen");
    }

    private static String served() {
        return given().when().get("/q/openapi").then().statusCode(200).extract().asString();
    }
}
