package nl.startklaswijzer.publicatie;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import java.io.IOException;
import java.nio.file.Files;
import nl.startklaswijzer.web.Formulieren;
import org.junit.jupiter.api.Test;

/**
 * The same as the API, on the pages: a policy owner tries a change, publishes it with a note, reads the history and
 * what changed in words, and sets an earlier version back; a refused publication shows why and writes nothing.
 */
@QuarkusTest
@TestSecurity(user = "beleid", roles = "BELEID")
@TestProfile(PubliceerTest.WithWritableRules.class)
class PubliceerPaginasTest {

    private static String versie() {
        return given().get("/api/v1/regelsets").then().extract().path("find { it.naam == 'cluster-brunssum' }.versie");
    }

    @Test
    void aPolicyOwnerTriesPublishesComparesAndSetsBackOnThePages() throws IOException {
        String voor = versie();
        String nieuw = Files.readString(PubliceerTest.BASIS.resolve("parameters.yaml"))
                .replace("    NIET_ZINDELIJK: 2", "    NIET_ZINDELIJK: 2\n    WEGLOPEN: 3");
        String page = "/regels/cluster-brunssum/proberen?bestand=parameters.yaml";
        Formulieren.vanPagina(page).formParam("bestand", "parameters.yaml").formParam("inhoud", nieuw)
                .post("/regels/cluster-brunssum/proberen")
                .then().statusCode(200)
                .body(containsString("action=\"/regels/cluster-brunssum/publiceren\""))
                .body(containsString("name=\"basisVersie\" value=\"" + voor + "\""))
                .body(containsString("De vastgelegde casussen van de laatste 12 maanden"));

        Formulieren.vanPagina(page).redirects().follow(false)
                .formParam("bestand", "parameters.yaml").formParam("inhoud", nieuw)
                .formParam("toelichting", "Besluit van 1 november").formParam("basisVersie", voor)
                .post("/regels/cluster-brunssum/publiceren")
                .then().statusCode(303).header("Location", endsWith("/regels/cluster-brunssum/geschiedenis"));
        String na = versie();
        assertNotEquals(voor, na);
        given().get("/regels/cluster-brunssum/geschiedenis").then().statusCode(200)
                .body(containsString(na)).body(containsString("Besluit van 1 november"))
                .body(containsString("/regels/cluster-brunssum/verschil?van=" + voor + "&amp;naar=" + na));
        given().queryParam("van", voor).queryParam("naar", na).get("/regels/cluster-brunssum/verschil")
                .then().statusCode(200).body(containsString("groepslimieten WEGLOPEN: – → 3"));

        Formulieren.vanPagina("/regels/cluster-brunssum/geschiedenis").redirects().follow(false)
                .formParam("versie", voor).formParam("toelichting", "Toch niet").formParam("basisVersie", na)
                .post("/regels/cluster-brunssum/terugzetten")
                .then().statusCode(303);
        assertEquals(voor, versie());
    }

    @Test
    void aRefusedPublicationShowsWhyAndWritesNothing() throws IOException {
        String voor = versie();
        String bestand = Files.readString(PubliceerTest.BASIS.resolve("leeftijd.drl"));
        Formulieren.vanPagina("/regels/cluster-brunssum/proberen?bestand=leeftijd.drl")
                .formParam("bestand", "leeftijd.drl").formParam("inhoud", bestand.replaceFirst("Casus\\(", "Kasus("))
                .formParam("toelichting", "Een typefout").formParam("basisVersie", voor)
                .post("/regels/cluster-brunssum/publiceren")
                .then().statusCode(400)
                .body(containsString("De wijziging is niet gepubliceerd"))
                .body(containsString("<code>leeftijd.drl</code>, regel"));
        assertEquals(bestand, Files.readString(PubliceerTest.BASIS.resolve("leeftijd.drl")));
        assertEquals(voor, versie());
    }

    @Test
    void theRuleBookOfTheDerivedSetShowsItsBaseAndWhatItSwitchedOff() {
        given().get("/regels/voorbeeldregio").then().statusCode(200)
                .body(containsString("bouwt voort op <a href=\"/regels/cluster-brunssum\">cluster-brunssum</a>"))
                .body(containsString("regel startklas-groep-vol-voorrang (door voorbeeldregio)"))
                .body(containsString("eigen regel van voorbeeldregio, vervangt die van cluster-brunssum"))
                .body(containsString("eigen waarde van voorbeeldregio"))
                .body(not(containsString("Wens: nazorg")));
    }
}
