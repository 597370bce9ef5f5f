package nl.startklaswijzer.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import nl.startklaswijzer.beveiliging.Organisaties;
import nl.startklaswijzer.overdracht.Aanvrager;
import nl.startklaswijzer.overdracht.Overdracht;
import nl.startklaswijzer.overdracht.OverdrachtDienst;
import nl.startklaswijzer.overdracht.OverdrachtVerzoeken;
import nl.startklaswijzer.overdracht.VastgelegdeSignalering;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A voorschool's signals recorded in a child's dossier: the voorschool reads its own, the knooppunt what consent allows. */
@RolesAllowed({"VOORSCHOOL", "KNOOPPUNT"})
@Path("/api/v1/dossiers/{referentie}/signaleringen")
@Tag(name = "Warme overdracht", description = "Signaleringen van de voorschool in het dossier, en de toestemming van de ouders")
@Produces(MediaType.APPLICATION_JSON)
@ApiFouten.NietAangemeld
@ApiFouten.GeenToegang
@ApiFouten.NietBeschikbaar
public class VastgelegdeSignaleringenResource {

    private final OverdrachtDienst overdracht;
    private final SecurityIdentity identity;
    private final Organisaties organisaties;

    public VastgelegdeSignaleringenResource(OverdrachtDienst overdracht, SecurityIdentity identity, Organisaties organisaties) {
        this.overdracht = overdracht;
        this.identity = identity;
        this.organisaties = organisaties;
    }

    @POST
    @RolesAllowed("VOORSCHOOL")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "legSignaleringVast", summary = "Een signalering vastleggen en overdragen",
            description = "Zoals POST /api/v1/signaleringen, maar vastgelegd in het dossier van de referentie, voor de voorschool "
                    + "van de gebruiker. Met toestemming (gegevenDoor, datum, voor) legt u ook de toestemming van de ouders vast; "
                    + "pas dan ziet het knooppunt de signalering.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OverdrachtVerzoeken.Vastleggen.class),
            examples = @ExampleObject(name = "met toestemming", value = ApiExamples.SIGNALERING_VASTLEGGEN)))
    @APIResponseSchema(value = VastgelegdeSignalering.class, responseCode = "201",
            responseDescription = "De vastgelegde signalering, met de aanvraag en het antwoord")
    @ApiFouten.Ongeldig
    @ApiFouten.Onbekend
    public Response legVast(@PathParam("referentie") String referentie,
                            @Valid @NotNull(message = "Stuur een signalering als JSON.") OverdrachtVerzoeken.Vastleggen signalering) {
        VastgelegdeSignalering vastgelegd = overdracht.legVast(wie(), referentie, signalering);
        return Response.created(UriBuilder.fromPath("/api/v1/dossiers/{referentie}/signaleringen/{id}")
                .build(referentie, vastgelegd.id())).entity(vastgelegd).build();
    }

    @GET
    @Operation(operationId = "leesOverdrachtenInDossier", summary = "De overdrachten in het dossier",
            description = "Per voorschool: de signaleringen in volle omvang voor de eigen voorschool, en voor het knooppunt zodra "
                    + "de toestemming van de ouders is vastgelegd; anders alleen dat er een signalering is en wanneer het "
                    + "knooppunt rond is.")
    @APIResponse(responseCode = "200", description = "Per voorschool de overdracht, zoals u die mag zien")
    @ApiFouten.Onbekend
    public List<Overdracht> lees(@PathParam("referentie") String referentie) {
        return overdracht.inDossier(wie(), referentie);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "leesVastgelegdeSignalering",
            summary = "Eén vastgelegde signalering, met de aanvraag en het antwoord zoals ze waren")
    @APIResponse(responseCode = "200", description = "De vastgelegde signalering")
    @ApiFouten.Onbekend
    public VastgelegdeSignalering signalering(@PathParam("referentie") String referentie, @PathParam("id") long id) {
        return overdracht.signalering(wie(), referentie, id);
    }

    private Aanvrager wie() {
        return Aanvrager.van(identity, organisaties);
    }
}
