package nl.startklaswijzer.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import nl.startklaswijzer.domein.Advies;
import nl.startklaswijzer.domein.Casus;
import nl.startklaswijzer.dossier.Dossier;
import nl.startklaswijzer.dossier.DossierDienst;
import nl.startklaswijzer.dossier.Herbeoordeling;
import nl.startklaswijzer.dossier.Verzoeken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The knooppunt's dossiers: recorded advices, decisions and the placement's course, per pseudonymous reference. */
@RolesAllowed("KNOOPPUNT")
@Path("/api/v1/dossiers/{referentie}")
@Tag(name = "Dossiers", description = "Vastgelegde adviezen, besluiten en het verloop van een plaatsing, voor het knooppunt")
@Produces(MediaType.APPLICATION_JSON)
@ApiFouten.NietAangemeld
@ApiFouten.GeenToegang
@ApiFouten.NietBeschikbaar
public class DossiersResource {

    private final DossierDienst dossiers;
    private final SecurityIdentity identity;
    private final AdviesMetingen metingen;

    public DossiersResource(DossierDienst dossiers, SecurityIdentity identity, AdviesMetingen metingen) {
        this.dossiers = dossiers;
        this.identity = identity;
        this.metingen = metingen;
    }

    @POST
    @Path("/adviezen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "legAdviesVast", summary = "Advies geven en vastleggen in het dossier",
            description = "Zoals POST /api/v1/adviezen, maar het advies wordt met de casus, de regelsetversie, het tijdstip en de "
                    + "gebruiker vastgelegd. Het dossier ontstaat bij het eerste advies.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Casus.class),
            examples = @ExampleObject(name = "contract", value = ApiExamples.CASUS)))
    @APIResponseSchema(value = Advies.class, responseCode = "201", responseDescription = "Het advies, vastgelegd in het dossier")
    @ApiFouten.Ongeldig
    public Response legVast(@PathParam("referentie") String referentie,
                            @Valid @NotNull(message = "Stuur een casus als JSON.") Casus casus) {
        Advies advies = metingen.geteld(dossiers.legAdviesVast(door(), referentie, casus));
        return Response.created(UriBuilder.fromPath("/api/v1/dossiers/{referentie}").build(referentie)).entity(advies).build();
    }

    @GET
    @Operation(operationId = "leesDossier", summary = "Het dossier: adviezen (nieuwste eerst), besluiten, plaatsing en agenda")
    @APIResponse(responseCode = "200", description = "Het dossier")
    @ApiFouten.Onbekend
    public Dossier lees(@PathParam("referentie") String referentie) {
        return dossiers.lees(door(), referentie);
    }

    @DELETE
    @Operation(operationId = "wisDossier", summary = "Het dossier wissen (verzoek tot verwijdering)")
    @APIResponse(responseCode = "204", description = "Het dossier is gewist")
    @ApiFouten.Onbekend
    public Response verwijder(@PathParam("referentie") String referentie) {
        dossiers.verwijder(door(), referentie);
        return Response.noContent().build();
    }

    @GET
    @Path("/adviezen/{id}")
    @Operation(operationId = "leesVastgelegdAdvies",
            summary = "Een vastgelegd advies, met de casus zoals die was en het advies zoals het gegeven is")
    @APIResponse(responseCode = "200", description = "Het vastgelegde advies")
    @ApiFouten.Onbekend
    public Dossier.VastgelegdAdvies advies(@PathParam("referentie") String referentie, @PathParam("id") long id) {
        return dossiers.leesAdvies(door(), referentie, id);
    }

    @GET
    @Path("/adviezen/{id}/herbeoordeling")
    @Operation(operationId = "herbeoordeelAdvies", summary = "Zou het advies nu anders zijn?",
            description = "Herhaalt het vastgelegde advies met de regelsetversie van toen (dat moet hetzelfde geven) en met de "
                    + "huidige versie, en noemt de verschillen.")
    @APIResponse(responseCode = "200", description = "Het advies toen en nu, en de verschillen")
    @ApiFouten.Onbekend
    public Herbeoordeling herbeoordeel(@PathParam("referentie") String referentie, @PathParam("id") long id) {
        return dossiers.herbeoordeel(door(), referentie, id);
    }

    @POST
    @Path("/besluiten")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "legBesluitVast", summary = "Het besluit van het knooppunt vastleggen",
            description = "Noem de versie van het dossier waarop u besluit; is het intussen gewijzigd, dan volgt 409. Een besluit "
                    + "dat afwijkt van het laatste advies, of een plaatsing boven de capaciteit, vraagt een motivatie (zonder namen).")
    @APIResponseSchema(value = Dossier.Besluit.class, responseCode = "201", responseDescription = "Het vastgelegde besluit")
    @ApiFouten.Ongeldig
    @ApiFouten.Onbekend
    @ApiFouten.Conflict
    public Response besluit(@PathParam("referentie") String referentie,
                            @NotNull(message = "Stuur het besluit als JSON.") Verzoeken.Besluit besluit) {
        return Response.status(Response.Status.CREATED).entity(dossiers.besluit(door(), referentie, besluit)).build();
    }

    @POST
    @Path("/verloop")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "legVerloopVast",
            summary = "Een stap in het verloop van de plaatsing: teruggeplaatst, TLV aangevraagd of beëindigd")
    @APIResponse(responseCode = "200", description = "Het dossier na deze stap")
    @ApiFouten.Ongeldig
    @ApiFouten.Onbekend
    @ApiFouten.Conflict
    public Dossier verloop(@PathParam("referentie") String referentie,
                           @NotNull(message = "Stuur de stap als JSON.") Verzoeken.Stap stap) {
        return dossiers.verloop(door(), referentie, stap);
    }

    private String door() {
        return identity.getPrincipal().getName();
    }
}
