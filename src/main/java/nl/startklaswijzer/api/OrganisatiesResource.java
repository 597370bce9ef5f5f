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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import nl.startklaswijzer.beveiliging.GebruikersBeheer;
import nl.startklaswijzer.beveiliging.Organisatie;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The organisations users belong to (voorschool locations, schools, the samenwerkingsverband), for beheer. */
@RolesAllowed("BEHEER")
@Path("/api/v1/organisaties")
@Tag(name = "Beheer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApiFouten.NietAangemeld
@ApiFouten.GeenToegang
@ApiFouten.NietBeschikbaar
public class OrganisatiesResource {

    private final GebruikersBeheer beheer;
    private final SecurityIdentity identity;

    public OrganisatiesResource(GebruikersBeheer beheer, SecurityIdentity identity) {
        this.beheer = beheer;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "leesOrganisaties", summary = "Alle organisaties")
    @APIResponse(responseCode = "200", description = "De organisaties")
    public List<Organisatie> alle() {
        return beheer.organisaties();
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "leesOrganisatie", summary = "Eén organisatie")
    @APIResponse(responseCode = "200", description = "De organisatie")
    @ApiFouten.Onbekend
    public Organisatie lees(@PathParam("code") String code) {
        return beheer.organisatie(code);
    }

    @POST
    @Operation(operationId = "maakOrganisatieAan", summary = "Een organisatie aanmaken",
            description = "code zoals psz-de-klimop, naam, en soort VOORSCHOOL, SCHOOL of SAMENWERKINGSVERBAND.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Organisatie.class),
            examples = @ExampleObject(name = "voorschool", value = ApiExamples.ORGANISATIE)))
    @APIResponseSchema(value = Organisatie.class, responseCode = "201", responseDescription = "De nieuwe organisatie")
    @ApiFouten.Ongeldig
    public Response maakAan(@NotNull(message = "Stuur de organisatie als JSON.") Organisatie nieuw) {
        Organisatie organisatie = beheer.maakOrganisatie(identity.getPrincipal().getName(), nieuw.code(), nieuw.naam(), nieuw.soort());
        return Response.created(UriBuilder.fromPath("/api/v1/organisaties/{code}").build(organisatie.code()))
                .entity(organisatie).build();
    }
}
