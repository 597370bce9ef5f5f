package nl.startklaswijzer.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.startklaswijzer.engine.RuleSetRegistry;
import nl.startklaswijzer.engine.RuleSetStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/regelsets")
@Tag(name = "Regelsets", description = "De geladen regelsets, voor beleidsmakers")
public class RegelsetsResource {

    private final RuleSetRegistry registry;

    public RegelsetsResource(RuleSetRegistry registry) {
        this.registry = registry;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "De geladen regelsets",
            description = "Per regelset de versie (een hash van de bestanden), wanneer die geladen is, het aantal regels, "
                    + "en de fouten (bestand, regelnummer, melding) als de laatste poging om haar te laden mislukte.")
    public List<RuleSetStatus> regelsets() {
        return registry.statuses();
    }
}
