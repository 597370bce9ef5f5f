package nl.startklaswijzer.beveiliging;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Arrays;
import java.util.HashMap;
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
        return zorgVoor(naam, null, rollen);
    }

    /** Makes the organisation unless it exists; returns its code. */
    public static String zorgVoorOrganisatie(String code, OrganisatieSoort soort) {
        if (given().auth().preemptive().basic(BEHEERDER, BEHEERDER_WACHTWOORD).when().get("/api/v1/organisaties/" + code)
                .statusCode() == 404) {
            given().auth().preemptive().basic(BEHEERDER, BEHEERDER_WACHTWOORD).contentType(ContentType.JSON)
                    .body(Map.of("code", code, "naam", "Organisatie " + code, "soort", soort.name()))
                    .when().post("/api/v1/organisaties")
                    .then().statusCode(201);
        }
        return code;
    }

    /** Makes the user with exactly these roles, in this organisation (its code, or null), unless it exists. */
    public static String zorgVoor(String naam, String organisatie, Rol... rollen) {
        int status = given().auth().preemptive().basic(BEHEERDER, BEHEERDER_WACHTWOORD)
                .when().get("/api/v1/gebruikers/" + naam).statusCode();
        if (status == 404) {
            given().auth().preemptive().basic(BEHEERDER, BEHEERDER_WACHTWOORD).contentType(ContentType.JSON)
                    .body(gebruiker(naam, organisatie, rollen))
                    .when().post("/api/v1/gebruikers")
                    .then().statusCode(201);
        } else if (status != 200) {
            throw new AssertionError("De beheerder kon gebruiker " + naam + " niet opvragen: " + status);
        }
        return naam;
    }

    private static Map<String, Object> gebruiker(String naam, String organisatie, Rol... rollen) {
        Map<String, Object> gebruiker = new HashMap<>(Map.of("gebruikersnaam", naam, "wachtwoord", wachtwoord(naam),
                "rollen", Arrays.stream(rollen).map(Rol::name).toList()));
        gebruiker.put("organisatie", organisatie);
        return gebruiker;
    }
}
