package nl.startklaswijzer.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.startklaswijzer.domein.Signalering;
import nl.startklaswijzer.domein.SignaleringsAdvies;
import nl.startklaswijzer.engine.CaseEvaluator;
import nl.startklaswijzer.engine.RuleSetRegistry;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RolesAllowed({"VOORSCHOOL", "KNOOPPUNT"})
@Path("/api/v1/signaleringen")
@Tag(name = "Signalering", description = "Vroegsignalering door de voorschool, rond 3 jaar")
@ApiFouten.NietAangemeld
@ApiFouten.GeenToegang
public class SignaleringenResource {

    private final RuleSetRegistry registry;

    public SignaleringenResource(RuleSetRegistry registry) {
        this.registry = registry;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "signaleer", summary = "Signalering door de voorschool",
            description = "Zegt of het kind in een knooppunt besproken moet worden, wanneer (3 jaar en 6 maanden), "
                    + "vanaf wanneer het kind ingeschreven mag worden (3 jaar en 7 maanden) en wat de voorschool regelt.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Signalering.class),
            examples = @ExampleObject(name = "contract", value = ApiExamples.SIGNALERING)))
    @APIResponse(responseCode = "200", description = "Het signaal met redenen en acties",
            content = @Content(schema = @Schema(implementation = SignaleringsAdvies.class),
                    examples = @ExampleObject(name = "contract", value = ApiExamples.SIGNALERINGSADVIES)))
    @ApiFouten.Ongeldig
    @ApiFouten.NietBeschikbaar
    public SignaleringsAdvies signaleer(@Valid @NotNull(message = "Stuur een signalering als JSON.") Signalering signalering) {
        return CaseEvaluator.screen(registry.get(signalering.getRegelset()), signalering);
    }
}
