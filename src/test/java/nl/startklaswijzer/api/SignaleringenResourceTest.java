package nl.startklaswijzer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "voorschool", roles = "VOORSCHOOL")
class SignaleringenResourceTest {

    @Test
    void theContractExampleIsToBeDiscussedAroundThreeAndAHalf() {
        given().contentType(ContentType.JSON).body(ApiExamples.SIGNALERING)
                .when().post("/api/v1/signaleringen")
                .then().statusCode(200)
                .body("signaal", is("BESPREKEN_IN_KNOOPPUNT"))
                .body("knooppuntRond", is("2026-02-15"))
                .body("inschrijvenNietVoor", is("2026-03-15"))
                .body("redenen[0].regel", is("signalering-ondersteuningsbehoefte"))
                .body("redenen[0].categorie", is("ONDERSTEUNINGSBEHOEFTE"))
                .body("redenen[0].tekst", containsString("spraak-taal"))
                .body("acties.code", hasItems("ONDERWIJSADVISEUR_UITNODIGEN", "TOESTEMMING_OUDERS"))
                .body("regelset.naam", is("cluster-brunssum"));
    }

    @Test
    void onlyAComplicatingFactorMeansFollowWithoutAnEnrolmentDate() {
        given().contentType(ContentType.JSON)
                .body("{\"peildatum\":\"2025-12-01\",\"kind\":{\"geboortedatum\":\"2022-08-15\",\"complicerendeFactoren\":[\"TRAUMA\"]},"
                        + "\"voorziening\":\"KINDERDAGVERBLIJF\",\"verslaglegging\":false,\"toestemmingOuders\":true}")
                .when().post("/api/v1/signaleringen")
                .then().statusCode(200)
                .body("signaal", is("VOLGEN"))
                .body("$", not(hasKey("inschrijvenNietVoor")))
                .body("acties.code", hasItems("VERSLAGLEGGING"));
    }

    @Test
    void aMissingBirthDateIsNamed() {
        given().contentType(ContentType.JSON).body("{\"kind\":{}}")
                .when().post("/api/v1/signaleringen")
                .then().statusCode(400)
                .body("fouten[0].veld", is("kind.geboortedatum"));
    }

    @Test
    void anUnknownVoorzieningIsNamed() {
        given().contentType(ContentType.JSON).body("{\"kind\":{\"geboortedatum\":\"2022-08-15\"},\"voorziening\":\"OPPAS\"}")
                .when().post("/api/v1/signaleringen")
                .then().statusCode(400)
                .body("fouten[0].veld", is("voorziening"))
                .body("fouten[0].melding", containsString("PEUTERSPEELZAAL"));
    }

    @Test
    void aBirthDateAfterThePeildatumIsNamed() {
        given().contentType(ContentType.JSON).body("{\"peildatum\":\"2020-01-01\",\"kind\":{\"geboortedatum\":\"2022-08-15\"}}")
                .when().post("/api/v1/signaleringen")
                .then().statusCode(400)
                .body("fouten[0].veld", is("kind.geboortedatum"));
    }

    @Test
    void aDateInTheWrongFormatIsNamed() {
        given().contentType(ContentType.JSON).body("{\"kind\":{\"geboortedatum\":\"15 augustus 2022\"}}")
                .when().post("/api/v1/signaleringen")
                .then().statusCode(400)
                .body("fouten[0].veld", is("kind.geboortedatum"));
    }

    @Test
    void invalidJsonIsABadRequest() {
        given().contentType(ContentType.JSON).body("kind")
                .when().post("/api/v1/signaleringen")
                .then().statusCode(400)
                .body("fouten[0].melding", containsString("JSON"));
    }
}
