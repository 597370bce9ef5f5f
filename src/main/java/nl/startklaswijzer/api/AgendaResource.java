package nl.startklaswijzer.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import nl.startklaswijzer.domein.Peildatum;
import nl.startklaswijzer.dossier.Dossier;
import nl.startklaswijzer.dossier.DossierDienst;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The follow-up agenda of all placements: what is due, the overdue first. */
@RolesAllowed("KNOOPPUNT")
@Path("/api/v1/agenda")
@Tag(name = "Dossiers")
@Produces(MediaType.APPLICATION_JSON)
@ApiFouten.NietAangemeld
@ApiFouten.GeenToegang
@ApiFouten.NietBeschikbaar
public class AgendaResource {

    /** Without "tot", the agenda looks this far ahead. */
    public static final int WEKEN_VOORUIT = 8;

    private final DossierDienst dossiers;
    private final SecurityIdentity identity;

    public AgendaResource(DossierDienst dossiers, SecurityIdentity identity) {
        this.dossiers = dossiers;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "leesAgenda",
            summary = "Open agendapunten tot en met een datum (standaard 8 weken vooruit), te late eerst")
    @APIResponse(responseCode = "200", description = "De open agendapunten")
    @ApiFouten.Onbekend
    public List<Dossier.AgendaItem> agenda(@QueryParam("tot") LocalDate tot) {
        return dossiers.agenda(tot != null ? tot : Peildatum.vandaag().plusWeeks(WEKEN_VOORUIT));
    }

    @POST
    @Path("/{id}/gedaan")
    @Operation(operationId = "rondAgendapuntAf", summary = "Een agendapunt afvinken")
    @APIResponse(responseCode = "200", description = "Het afgevinkte agendapunt")
    @ApiFouten.Onbekend
    public Dossier.AgendaItem gedaan(@PathParam("id") long id) {
        return dossiers.rondAf(identity.getPrincipal().getName(), id);
    }
}
