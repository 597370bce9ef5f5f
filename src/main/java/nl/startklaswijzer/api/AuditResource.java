package nl.startklaswijzer.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.startklaswijzer.beveiliging.AuditLog;
import nl.startklaswijzer.beveiliging.GebruikersBeheer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit log, newest first: who did what and when, never a password or a case's contents. */
@RolesAllowed("BEHEER")
@Path("/api/v1/audit")
@Tag(name = "Beheer")
@Produces(MediaType.APPLICATION_JSON)
@ApiFouten.NietAangemeld
@ApiFouten.GeenToegang
@ApiFouten.NietBeschikbaar
public class AuditResource {

    private static final int MAXIMUM = 1000;

    private final GebruikersBeheer beheer;

    public AuditResource(GebruikersBeheer beheer) {
        this.beheer = beheer;
    }

    @GET
    @Operation(operationId = "leesAuditlog", summary = "De nieuwste regels van het auditlog")
    @APIResponse(responseCode = "200", description = "De regels van het auditlog, nieuwste eerst")
    @ApiFouten.Onbekend
    public List<AuditLog.Regel> recent(@QueryParam("aantal") @DefaultValue("200") int aantal) {
        return beheer.audit(Math.max(1, Math.min(aantal, MAXIMUM)));
    }
}
