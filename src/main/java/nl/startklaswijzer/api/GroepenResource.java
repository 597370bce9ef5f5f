package nl.startklaswijzer.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.LocalDate;
import java.util.List;
import nl.startklaswijzer.dossier.Groep;
import nl.startklaswijzer.dossier.GroepsBezetting;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The startklas groups: their occupancy and composition, measured against the group limits of the rule set. */
@RolesAllowed("KNOOPPUNT")
@Path("/api/v1/groepen")
@Tag(name = "Groepen", description = "Startklasgroepen: bezetting en samenstelling")
@Produces(MediaType.APPLICATION_JSON)
@ApiFouten.NietAangemeld
@ApiFouten.GeenToegang
@ApiFouten.NietBeschikbaar
public class GroepenResource {

    private final GroepsBezetting bezetting;
    private final SecurityIdentity identity;

    public GroepenResource(GroepsBezetting bezetting, SecurityIdentity identity) {
        this.bezetting = bezetting;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "leesGroepen", summary = "Alle groepen met hun bezetting op een dag (standaard vandaag)")
    @APIResponse(responseCode = "200", description = "De groepen met hun bezetting")
    @ApiFouten.Onbekend
    public List<GroepsBezetting.Bezetting> alle(@QueryParam("op") LocalDate op) {
        return bezetting.alle(op);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "maakGroepAan", summary = "Een groep aanmaken: naam, plaats en capaciteit")
    @APIResponseSchema(value = Groep.class, responseCode = "201", responseDescription = "De nieuwe groep")
    @ApiFouten.Ongeldig
    public Response maakAan(@NotNull(message = "Stuur de groep als JSON.") Groep groep) {
        Groep gemaakt = bezetting.maakAan(identity.getPrincipal().getName(), groep);
        return Response.created(UriBuilder.fromPath("/api/v1/groepen/{naam}").build(gemaakt.naam())).entity(gemaakt).build();
    }

    @GET
    @Path("/{naam}")
    @Operation(operationId = "leesGroep", summary = "Eén groep: bezetting en samenstelling tegen de groepsgrenzen")
    @APIResponse(responseCode = "200", description = "De groep met haar bezetting en samenstelling")
    @ApiFouten.Onbekend
    public GroepsBezetting.Bezetting een(@PathParam("naam") String naam, @QueryParam("op") LocalDate op) {
        return bezetting.van(naam, op);
    }
}
