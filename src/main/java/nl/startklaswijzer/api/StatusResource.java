package nl.startklaswijzer.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A trivial JSON answer: whether the service runs. The benchmark compares the advice endpoint with it. */
@PermitAll
@Path("/api/v1/status")
@Tag(name = "Status")
public class StatusResource {

    private static final Map<String, String> OK = Map.of("status", "ok");

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draait de dienst?")
    public Map<String, String> status() {
        return OK;
    }
}
