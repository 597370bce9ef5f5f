package nl.startklaswijzer.web;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import nl.startklaswijzer.beveiliging.AuditLog;
import nl.startklaswijzer.beveiliging.Handeling;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Signing in through the form (checked by Quarkus at /j_security_check), open to everyone, and signing out. */
@PermitAll
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class InlogPagina {

    private final Pages pages;
    private final SecurityIdentity identity;
    private final AuditLog audit;
    private final String cookie;

    public InlogPagina(Pages pages, SecurityIdentity identity, AuditLog audit,
                       @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String cookie) {
        this.pages = pages;
        this.identity = identity;
        this.audit = audit;
        this.cookie = cookie;
    }

    @GET
    @Path("/inloggen")
    public String formulier(@QueryParam("fout") String fout) {
        return pages.render("inloggen", Map.of("fout", fout != null));
    }

    /** Ends the session by expiring its cookie; a POST with the form token, so no other site can sign a user out. */
    @Authenticated
    @POST
    @Path("/uitloggen")
    public Response uitloggen() {
        String naam = identity.getPrincipal().getName();
        audit.schrijf(naam, Handeling.AFGEMELD, naam, null);
        return Response.seeOther(URI.create("/inloggen"))
                .cookie(new NewCookie.Builder(cookie).value("").path("/").maxAge(0).httpOnly(true)
                        .sameSite(NewCookie.SameSite.STRICT).build())
                .build();
    }
}
