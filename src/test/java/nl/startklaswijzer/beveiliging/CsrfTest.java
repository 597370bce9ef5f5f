package nl.startklaswijzer.beveiliging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A form that changes something is accepted only with the token of the signed-in user's own page. */
@QuarkusTest
class CsrfTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private record Sessie(String cookie, String csrfCookie, String token) {
    }

    @Test
    void aFormWithoutTheTokenOrWithAnotherUsersTokenIsRefused() {
        Sessie an = signIn(TestGebruikers.zorgVoor("csrf-an", Rol.VOORSCHOOL));
        Sessie bo = signIn(TestGebruikers.zorgVoor("csrf-bo", Rol.VOORSCHOOL));

        post(an, null, null).then().statusCode(403).body(containsString("Het formulier is verlopen of kwam niet van deze site"));
        post(an, an.csrfCookie(), "vervalst").then().statusCode(403);
        post(an, bo.csrfCookie(), bo.token()).then().statusCode(403);
        post(an, an.csrfCookie(), an.token()).then().statusCode(200).body(containsString("15 februari 2026"));
    }

    private static Response post(Sessie sessie, String csrfCookie, String token) {
        var request = given().contentType(ContentType.URLENC).cookie("startklaswijzer-sessie", sessie.cookie())
                .formParam("peildatum", "2025-12-01").formParam("kind.geboortedatum", "2022-08-15")
                .formParam("kind.ondersteuningsbehoeften", "SPRAAK_TAAL").formParam("voorziening", "PEUTERSPEELZAAL");
        if (csrfCookie != null) {
            request.cookie("startklaswijzer-csrf", csrfCookie);
        }
        if (token != null) {
            request.formParam("_csrf", token);
        }
        return request.when().post("/signalering");
    }

    private static Sessie signIn(String naam) {
        String cookie = given().contentType(ContentType.URLENC).redirects().follow(false)
                .formParam("j_username", naam).formParam("j_password", TestGebruikers.wachtwoord(naam))
                .when().post("/j_security_check").then().statusCode(302).extract().cookie("startklaswijzer-sessie");
        Response page = given().cookie("startklaswijzer-sessie", cookie).when().get("/signalering");
        Matcher token = TOKEN.matcher(page.asString());
        if (!token.find()) {
            throw new AssertionError("geen token op de pagina");
        }
        return new Sessie(cookie, page.cookie("startklaswijzer-csrf"), token.group(1));
    }
}
