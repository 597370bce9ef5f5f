package nl.startklaswijzer.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A trivial JSON answer: whether the service runs. The benchmark compares the advice endpoint with it. */
@PermitAll
@Path("/api/v1/status")
@Tag(name = "Status", description = "Of de dienst draait; zonder aanmelden")
@SecurityRequirements({})
public class StatusResource {

    private static final Map<String, String> OK = Map.of("status", "ok");

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "leesStatus", summary = "Draait de dienst?")
    @APIResponse(responseCode = "200", description = "De dienst draait")
    @ApiFouten.NietAanvaardbaar
    public Map<String, String> status() {
        return OK;
    }
}
