package nl.startklaswijzer.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.startklaswijzer.beveiliging.Organisaties;
import nl.startklaswijzer.overdracht.Aanvrager;
import nl.startklaswijzer.overdracht.Overdracht;
import nl.startklaswijzer.overdracht.OverdrachtDienst;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The handovers the user may see: the knooppunt's incoming ones, a voorschool's own. */
@RolesAllowed({"VOORSCHOOL", "KNOOPPUNT"})
@Path("/api/v1/overdrachten")
@Tag(name = "Warme overdracht")
@Produces(MediaType.APPLICATION_JSON)
@ApiFouten.NietAangemeld
@ApiFouten.GeenToegang
@ApiFouten.NietBeschikbaar
public class OverdrachtenResource {

    private final OverdrachtDienst overdracht;
    private final SecurityIdentity identity;
    private final Organisaties organisaties;

    public OverdrachtenResource(OverdrachtDienst overdracht, SecurityIdentity identity, Organisaties organisaties) {
        this.overdracht = overdracht;
        this.identity = identity;
        this.organisaties = organisaties;
    }

    @GET
    @Operation(operationId = "leesOverdrachten", summary = "Binnenkomende (knooppunt) of eigen (voorschool) overdrachten, op de datum van het knooppunt",
            description = "Zonder de signaleringen zelf; die staan in GET /api/v1/dossiers/{referentie}/signaleringen. "
                    + "open=false toont ook de overdrachten waarop al een advies volgde.")
    @APIResponse(responseCode = "200", description = "De overdrachten, op de datum van het knooppunt")
    public List<Overdracht> overzicht(@QueryParam("open") @DefaultValue("true") boolean open) {
        return overdracht.overzicht(Aanvrager.van(identity, organisaties), open);
    }
}
