package nl.startklaswijzer.beveiliging;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Map;
import nl.startklaswijzer.api.Fout;
import nl.startklaswijzer.api.FoutenAntwoord;
import nl.startklaswijzer.web.Pages;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Not signed in, or signed in without the role: the API answers 401 or 403 with the contract's "fouten" body; a page
 * sends a visitor who is not signed in to the sign-in form, and shows a signed-in user a page that says what is missing.
 */
public class ToegangsFouten {

    static final String AANMELDEN = "/inloggen";

    private final Pages pages;

    public ToegangsFouten(Pages pages) {
        this.pages = pages;
    }

    @ServerExceptionMapper
    public Response nietAangemeld(UnauthorizedException e, UriInfo uri) {
        return nietAangemeld(uri, "Meld u aan: met HTTP Basic (gebruikersnaam en wachtwoord) of met een token van de "
                + "identiteitsprovider van uw organisatie.");
    }

    @ServerExceptionMapper
    public Response aanmeldenMislukt(AuthenticationFailedException e, UriInfo uri) {
        return nietAangemeld(uri, "Aanmelden is niet gelukt: de gebruikersnaam, het wachtwoord of het token klopt niet, "
                + "of het account is tijdelijk geblokkeerd na te veel mislukte pogingen.");
    }

    private static Response nietAangemeld(UriInfo uri, String melding) {
        if (isApi(uri)) {
            return Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Startklaswijzer\", charset=\"UTF-8\"")
                    .type(MediaType.APPLICATION_JSON)
                    .entity(new FoutenAntwoord(List.of(new Fout("", melding))))
                    .build();
        }
        return Response.seeOther(URI.create(AANMELDEN)).build();
    }

    @ServerExceptionMapper
    public Response geenRol(ForbiddenException e, UriInfo uri) {
        String melding = "U bent aangemeld, maar uw rol geeft geen toegang tot dit deel van Startklaswijzer.";
        if (isApi(uri)) {
            return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON)
                    .entity(new FoutenAntwoord(List.of(new Fout("", melding)))).build();
        }
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(pages.render("geen-toegang", Map.of("melding", melding))).build();
    }

    private static boolean isApi(UriInfo uri) {
        return uri.getPath().startsWith("/api/");
    }
}
