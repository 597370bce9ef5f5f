package nl.startklaswijzer.beveiliging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Users, roles, passwords and the protection against guessing, through the API as beheer and API clients use it. */
@QuarkusTest
class AanmeldenTest {

    private static final String CASUS = "{\"kind\": {\"geboortedatum\": \"2022-08-15\"}}";

    @Test
    void theFirstAdministratorSignsInWithTheConfiguredPasswordAndCreatesAUser() {
        beheer().contentType(ContentType.JSON)
                .body(Map.of("gebruikersnaam", "an", "wachtwoord", "een-lang-wachtwoord", "rollen", List.of("KNOOPPUNT", "VOORSCHOOL")))
                .when().post("/api/v1/gebruikers")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/gebruikers/an"))
                .body("gebruikersnaam", equalTo("an"))
                .body("rollen", containsInAnyOrder("KNOOPPUNT", "VOORSCHOOL"))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("wachtwoord")));
        als("an", "een-lang-wachtwoord").contentType(ContentType.JSON).body(CASUS)
                .when().post("/api/v1/adviezen").then().statusCode(200);
    }

    @Test
    void badUsersAreRefusedWithTheFieldNamed() {
        nieuw(Map.of("gebruikersnaam", "kort", "wachtwoord", "elf-tekens!", "rollen", List.of("KNOOPPUNT")))
                .then().statusCode(400).body("fouten[0].veld", equalTo("wachtwoord"));
        nieuw(Map.of("gebruikersnaam", "onbekend", "wachtwoord", "een-lang-wachtwoord", "rollen", List.of("DIRECTEUR")))
                .then().statusCode(400).body("fouten[0].veld", equalTo("rollen[0]"));
        nieuw(Map.of("gebruikersnaam", "zonderrol", "wachtwoord", "een-lang-wachtwoord", "rollen", List.of()))
                .then().statusCode(400).body("fouten[0].veld", equalTo("rollen"));
        nieuw(Map.of("gebruikersnaam", "Jan Jansen", "wachtwoord", "een-lang-wachtwoord", "rollen", List.of("BELEID")))
                .then().statusCode(400).body("fouten[0].veld", equalTo("gebruikersnaam"));
        nieuw(Map.of("gebruikersnaam", "dubbel", "wachtwoord", "een-lang-wachtwoord", "rollen", List.of("BELEID")))
                .then().statusCode(201);
        nieuw(Map.of("gebruikersnaam", "dubbel", "wachtwoord", "een-lang-wachtwoord", "rollen", List.of("BELEID")))
                .then().statusCode(400).body("fouten[0].veld", equalTo("gebruikersnaam"))
                .body("fouten[0].melding", equalTo("De gebruikersnaam 'dubbel' bestaat al."));
        beheer().when().get("/api/v1/gebruikers/niemand").then().statusCode(404).body("fouten[0].veld", equalTo("gebruikersnaam"));
    }

    @Test
    void changedRolesAndADisabledAccountTakeEffectAtOnceDespiteTheRememberedPassword() {
        String naam = TestGebruikers.zorgVoor("wisselt-van-rol", Rol.KNOOPPUNT);
        String wachtwoord = TestGebruikers.wachtwoord(naam);
        als(naam, wachtwoord).contentType(ContentType.JSON).body(CASUS).when().post("/api/v1/adviezen").then().statusCode(200);

        beheer().contentType(ContentType.JSON).body(Map.of("rollen", List.of("VOORSCHOOL")))
                .when().put("/api/v1/gebruikers/" + naam + "/rollen").then().statusCode(200).body("rollen", contains("VOORSCHOOL"));
        als(naam, wachtwoord).contentType(ContentType.JSON).body(CASUS).when().post("/api/v1/adviezen").then().statusCode(403);

        beheer().contentType(ContentType.JSON).body(Map.of("actief", false))
                .when().put("/api/v1/gebruikers/" + naam + "/actief").then().statusCode(200).body("actief", equalTo(false));
        als(naam, wachtwoord).when().get("/api/v1/regelsets").then().statusCode(401).body("fouten", notNullValue());

        beheer().contentType(ContentType.JSON).body(Map.of("actief", true))
                .when().put("/api/v1/gebruikers/" + naam + "/actief").then().statusCode(200);
        beheer().contentType(ContentType.JSON).body(Map.of("wachtwoord", "een-heel-nieuw-wachtwoord"))
                .when().put("/api/v1/gebruikers/" + naam + "/wachtwoord").then().statusCode(200);
        als(naam, wachtwoord).when().get("/api/v1/regelsets").then().statusCode(401);
        als(naam, "een-heel-nieuw-wachtwoord").when().get("/api/v1/regelsets").then().statusCode(200);
    }

    @Test
    void tenFailuresLockTheAccountEvenAgainstTheRightPasswordUntilBeheerSetsANewOne() throws InterruptedException {
        String naam = TestGebruikers.zorgVoor("raadt-mis", Rol.BELEID);
        String wachtwoord = TestGebruikers.wachtwoord(naam);
        for (int i = 1; i <= 3; i++) {
            als(naam, "fout-" + i).when().get("/api/v1/regelsets").then().statusCode(401);
        }
        // After three failures the next attempt must wait: even the right password, tried at once, is refused.
        als(naam, wachtwoord).when().get("/api/v1/regelsets").then().statusCode(401);
        for (int i = 4; i <= 10; i++) {
            Thread.sleep(450);
            als(naam, "fout-" + i).when().get("/api/v1/regelsets").then().statusCode(401);
        }
        Thread.sleep(450);
        als(naam, wachtwoord).when().get("/api/v1/regelsets").then().statusCode(401);
        beheer().when().get("/api/v1/gebruikers/" + naam).then().statusCode(200).body("vergrendeldTot", notNullValue());
        beheer().when().get("/api/v1/audit?aantal=50").then().statusCode(200)
                .body("findAll { it.betreft == '" + naam + "' }.handeling", hasItem("ACCOUNT_VERGRENDELD"))
                .body("findAll { it.betreft == '" + naam + "' }.toelichting", hasItem("te snel na een mislukte poging"));

        beheer().contentType(ContentType.JSON).body(Map.of("wachtwoord", wachtwoord))
                .when().put("/api/v1/gebruikers/" + naam + "/wachtwoord").then().statusCode(200).body("vergrendeldTot", equalTo(null));
        als(naam, wachtwoord).when().get("/api/v1/regelsets").then().statusCode(200);
    }

    @Test
    void theLastAdministratorCannotBeRemoved() {
        beheer().contentType(ContentType.JSON).body(Map.of("rollen", List.of("KNOOPPUNT")))
                .when().put("/api/v1/gebruikers/" + TestGebruikers.BEHEERDER + "/rollen").then().statusCode(400)
                .body("fouten[0].veld", equalTo("rollen"));
        beheer().contentType(ContentType.JSON).body(Map.of("actief", false))
                .when().put("/api/v1/gebruikers/" + TestGebruikers.BEHEERDER + "/actief").then().statusCode(400)
                .body("fouten[0].veld", equalTo("actief"));
    }

    @Test
    void noPasswordEverReachesTheAuditLogOrTheLog() throws IOException {
        String naam = TestGebruikers.zorgVoor("geheimhouder", Rol.VOORSCHOOL);
        als(naam, "mijn-geheime-poging").when().get("/api/v1/regelsets").then().statusCode(401);
        als(naam, TestGebruikers.wachtwoord(naam)).when().get("/api/v1/regelsets");
        String audit = beheer().when().get("/api/v1/audit?aantal=1000").then().statusCode(200).extract().asString();
        String log = Files.readString(Path.of("target", "quarkus-test.log"));
        for (String secret : List.of("mijn-geheime-poging", TestGebruikers.wachtwoord(naam), TestGebruikers.BEHEERDER_WACHTWOORD)) {
            assertFalse(audit.contains(secret), "wachtwoord in het auditlog");
            assertFalse(log.contains(secret), "wachtwoord in het log");
        }
    }

    private static io.restassured.response.Response nieuw(Map<String, Object> gebruiker) {
        return beheer().contentType(ContentType.JSON).body(gebruiker).when().post("/api/v1/gebruikers");
    }

    private static RequestSpecification beheer() {
        return als(TestGebruikers.BEHEERDER, TestGebruikers.BEHEERDER_WACHTWOORD);
    }

    private static RequestSpecification als(String naam, String wachtwoord) {
        return given().auth().preemptive().basic(naam, wachtwoord);
    }
}
