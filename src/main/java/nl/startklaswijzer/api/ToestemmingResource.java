package nl.startklaswijzer.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.startklaswijzer.beveiliging.Organisaties;
import nl.startklaswijzer.overdracht.Aanvrager;
import nl.startklaswijzer.overdracht.OverdrachtDienst;
import nl.startklaswijzer.overdracht.OverdrachtVerzoeken;
import nl.startklaswijzer.overdracht.Toestemming;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The parents' consent to the user's voorschool for the warm handover of the child, and its withdrawal. */
@RolesAllowed("VOORSCHOOL")
@Path("/api/v1/dossiers/{referentie}/toestemming")
@Tag(name = "Warme overdracht")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApiFouten.NietAangemeld
@ApiFouten.GeenToegang
@ApiFouten.NietBeschikbaar
public class ToestemmingResource {

    private final OverdrachtDienst overdracht;
    private final SecurityIdentity identity;
    private final Organisaties organisaties;

    public ToestemmingResource(OverdrachtDienst overdracht, SecurityIdentity identity, Organisaties organisaties) {
        this.overdracht = overdracht;
        this.identity = identity;
        this.organisaties = organisaties;
    }

    @POST
    @Operation(operationId = "legToestemmingVast", summary = "De toestemming van de ouders vastleggen",
            description = "Wie (OUDERS, OUDER_MET_GEZAG of VOOGD, nooit een naam), de datum en waarvoor (ten minste "
                    + "WARME_OVERDRACHT). Daarna ziet het knooppunt de signaleringen van uw voorschool in dit dossier.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OverdrachtVerzoeken.Toestemming.class),
            examples = @ExampleObject(name = "ouders samen", value = ApiExamples.TOESTEMMING)))
    @APIResponseSchema(value = Toestemming.class, responseCode = "201", responseDescription = "De vastgelegde toestemming")
    @ApiFouten.Ongeldig
    @ApiFouten.Onbekend
    public Response geef(@PathParam("referentie") String referentie,
                         @NotNull(message = "Stuur de toestemming als JSON.") OverdrachtVerzoeken.Toestemming toestemming) {
        return Response.status(Response.Status.CREATED).entity(overdracht.geefToestemming(wie(), referentie, toestemming)).build();
    }

    @POST
    @Path("/intrekking")
    @Operation(operationId = "trekToestemmingIn", summary = "De toestemming intrekken",
            description = "De ouders trekken hun toestemming in (datum, standaard vandaag). Het dossier houdt de intrekking bij; "
                    + "het knooppunt ziet weer alleen dat er een signalering is.")
    @APIResponse(responseCode = "200", description = "De toestemming, met de intrekking")
    @ApiFouten.Ongeldig
    @ApiFouten.Onbekend
    public Toestemming trekIn(@PathParam("referentie") String referentie, OverdrachtVerzoeken.Intrekking intrekking) {
        return overdracht.trekIn(wie(), referentie, intrekking);
    }

    private Aanvrager wie() {
        return Aanvrager.van(identity, organisaties);
    }
}
