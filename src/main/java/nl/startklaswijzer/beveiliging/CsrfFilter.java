package nl.startklaswijzer.beveiliging;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Set;
import nl.startklaswijzer.web.Pages;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * The one place where every form that changes something is checked against cross-site request forgery. The API is
 * left out: it signs in with HTTP Basic or a bearer token, never with the pages' cookie, so a forged request carries
 * no credentials there.
 */
public class CsrfFilter {

    private static final Set<String> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final CsrfTokens tokens;
    private final Pages pages;

    public CsrfFilter(CsrfTokens tokens, Pages pages) {
        this.tokens = tokens;
        this.pages = pages;
    }

    @WithFormRead
    @ServerRequestFilter
    public Response controleer(ResteasyReactiveContainerRequestContext request) {
        if (SAFE.contains(request.getMethod()) || request.getUriInfo().getPath().startsWith("/api/")) {
            return null;
        }
        ResteasyReactiveRequestContext context = (ResteasyReactiveRequestContext) request.getServerRequestContext();
        Object submitted = context.getFormParameter(CsrfTokens.VELD, true, false);
        if (submitted instanceof String token && tokens.isGeldig(token)) {
            return null;
        }
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(pages.render("geen-toegang", Map.of("melding", "Het formulier is verlopen of kwam niet van deze "
                        + "site. Ga terug, laad de pagina opnieuw en probeer het nog eens.")))
                .build();
    }
}
