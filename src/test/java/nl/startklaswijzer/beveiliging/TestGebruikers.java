package nl.startklaswijzer.beveiliging;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Arrays;
import java.util.Map;

/**
 * Users for tests that sign in for real, made through the API by the first administrator (whose test password is set
 * in application.properties). Each is made once per start of the service; its password follows from its name.
 */
public final class TestGebruikers {

    public static final String BEHEERDER = "beheer";
    public static final String BEHEERDER_WACHTWOORD = "beheer-test-wachtwoord";

    private TestGebruikers() {
    }

    public static String wachtwoord(String naam) {
        return naam + "-wachtwoord-123";
    }

    /** Makes the user with exactly these roles unless it exists; returns its name. */
    public static String zorgVoor(String naam, Rol... rollen) {
        int status = given().auth().preemptive().basic(BEHEERDER, BEHEERDER_WACHTWOORD)
                .when().get("/api/v1/gebruikers/" + naam).statusCode();
        if (status == 404) {
            given().auth().preemptive().basic(BEHEERDER, BEHEERDER_WACHTWOORD).contentType(ContentType.JSON)
                    .body(Map.of("gebruikersnaam", naam, "wachtwoord", wachtwoord(naam),
                            "rollen", Arrays.stream(rollen).map(Rol::name).toList()))
                    .when().post("/api/v1/gebruikers")
                    .then().statusCode(201);
        } else if (status != 200) {
            throw new AssertionError("De beheerder kon gebruiker " + naam + " niet opvragen: " + status);
        }
        return naam;
    }
}
