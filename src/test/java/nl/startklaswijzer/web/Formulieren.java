package nl.startklaswijzer.web;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Submits a page's form as a browser would: with the page's cookie and the token from its hidden field. */
public final class Formulieren {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final String CSRF_COOKIE = "startklaswijzer-csrf";

    private Formulieren() {
    }

    /** A form post prepared after opening {@code page}, carrying its token. */
    public static RequestSpecification vanPagina(String page) {
        Response opened = given().when().get(page);
        Matcher token = TOKEN.matcher(opened.asString());
        if (!token.find()) {
            throw new AssertionError("De pagina " + page + " heeft geen formulier met een token.");
        }
        return given().contentType(ContentType.URLENC)
                .cookie(CSRF_COOKIE, opened.cookie(CSRF_COOKIE))
                .formParam("_csrf", token.group(1));
    }
}
