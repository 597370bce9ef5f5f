package nl.startklaswijzer.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Set;
import nl.startklaswijzer.beveiliging.Gebruiker;
import nl.startklaswijzer.beveiliging.GebruikersBeheer;
import nl.startklaswijzer.beveiliging.Rol;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Users and their roles, for beheer. Passwords go in, never out. */
@RolesAllowed("BEHEER")
@Path("/api/v1/gebruikers")
@Tag(name = "Beheer", description = "Gebruikers, rollen en het auditlog, voor beheer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApiFouten.NietAangemeld
@ApiFouten.GeenToegang
@ApiFouten.NietBeschikbaar
public class GebruikersResource {

    /** {@code organisatie}: the code of the organisation the user belongs to (optional). */
    public record NieuweGebruiker(String gebruikersnaam, String wachtwoord, Set<Rol> rollen, String organisatie) {
    }

    /** The code of an organisation; null takes the user out of any. */
    public record Lidmaatschap(String organisatie) {
    }

    public record Rollen(Set<Rol> rollen) {
    }

    public record Actief(@NotNull(message = "Geef actief: true of false.") Boolean actief) {
    }

    public record Wachtwoord(String wachtwoord) {
    }

    private final GebruikersBeheer beheer;
    private final SecurityIdentity identity;

    public GebruikersResource(GebruikersBeheer beheer, SecurityIdentity identity) {
        this.beheer = beheer;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "leesGebruikers", summary = "Alle gebruikers met hun rollen")
    @APIResponse(responseCode = "200", description = "De gebruikers")
    public List<Gebruiker> alle() {
        return beheer.alle();
    }

    @POST
    @Operation(operationId = "maakGebruikerAan", summary = "Een gebruiker aanmaken", description = "Wachtwoord ten minste 12 tekens; rollen uit VOORSCHOOL, "
            + "KNOOPPUNT, BELEID, BEHEER; optioneel de code van de organisatie.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NieuweGebruiker.class),
            examples = @ExampleObject(name = "contract", value = ApiExamples.NIEUWE_GEBRUIKER)))
    @APIResponseSchema(value = Gebruiker.class, responseCode = "201", responseDescription = "De nieuwe gebruiker")
    @ApiFouten.Ongeldig
    public Response maakAan(@NotNull(message = "Stuur de gebruiker als JSON.") NieuweGebruiker nieuw) {
        Gebruiker user = beheer.maakAan(door(), nieuw.gebruikersnaam(), nieuw.wachtwoord(), nieuw.rollen(), nieuw.organisatie());
        return Response.created(URI.create("/api/v1/gebruikers/" + user.gebruikersnaam())).entity(user).build();
    }

    @GET
    @Path("/{naam}")
    @Operation(operationId = "leesGebruiker", summary = "Eén gebruiker")
    @APIResponse(responseCode = "200", description = "De gebruiker")
    @ApiFouten.Onbekend
    public Gebruiker lees(@PathParam("naam") String naam) {
        return beheer.lees(naam);
    }

    @PUT
    @Path("/{naam}/rollen")
    @Operation(operationId = "zetRollen", summary = "De rollen van een gebruiker vervangen")
    @APIResponse(responseCode = "200", description = "De gebruiker met de nieuwe rollen")
    @ApiFouten.Ongeldig
    @ApiFouten.Onbekend
    public Gebruiker zetRollen(@PathParam("naam") String naam, @NotNull(message = "Stuur de rollen als JSON.") Rollen rollen) {
        return beheer.zetRollen(door(), naam, rollen.rollen());
    }

    @PUT
    @Path("/{naam}/organisatie")
    @Operation(operationId = "zetOrganisatie", summary = "De organisatie van een gebruiker zetten",
            description = "Een voorschoolmedewerker ziet alleen de signaleringen van de eigen organisatie. null: geen organisatie.")
    @APIResponse(responseCode = "200", description = "De gebruiker met de nieuwe organisatie")
    @ApiFouten.Ongeldig
    @ApiFouten.Onbekend
    public Gebruiker zetOrganisatie(@PathParam("naam") String naam,
                                    @NotNull(message = "Stuur {\"organisatie\": \"code\"} als JSON.") Lidmaatschap lidmaatschap) {
        return beheer.zetOrganisatie(door(), naam, lidmaatschap.organisatie());
    }

    @PUT
    @Path("/{naam}/actief")
    @Operation(operationId = "zetActief", summary = "Een gebruiker uitschakelen of weer inschakelen (heft ook een vergrendeling op)")
    @APIResponse(responseCode = "200", description = "De gebruiker")
    @ApiFouten.Ongeldig
    @ApiFouten.Onbekend
    public Gebruiker zetActief(@PathParam("naam") String naam, @Valid @NotNull(message = "Stuur {\"actief\": true of false}.") Actief actief) {
        return beheer.zetActief(door(), naam, actief.actief());
    }

    @PUT
    @Path("/{naam}/wachtwoord")
    @Operation(operationId = "zetWachtwoord", summary = "Een nieuw wachtwoord zetten (heft ook een vergrendeling op)")
    @APIResponse(responseCode = "200", description = "De gebruiker")
    @ApiFouten.Ongeldig
    @ApiFouten.Onbekend
    public Gebruiker zetWachtwoord(@PathParam("naam") String naam,
                                   @NotNull(message = "Stuur het wachtwoord als JSON.") Wachtwoord wachtwoord) {
        return beheer.zetWachtwoord(door(), naam, wachtwoord.wachtwoord());
    }

    private String door() {
        return identity.getPrincipal().getName();
    }
}
