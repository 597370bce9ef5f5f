package nl.startklaswijzer.api;

import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import nl.startklaswijzer.domein.Advies;
import nl.startklaswijzer.domein.Casus;
import nl.startklaswijzer.dossier.GroepInvuller;
import nl.startklaswijzer.engine.CaseEvaluator;
import nl.startklaswijzer.engine.RuleSet;
import nl.startklaswijzer.engine.RuleSetRegistry;
import nl.startklaswijzer.engine.tegenfeitelijk.CounterfactualSearch;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RolesAllowed({"KNOOPPUNT", "BELEID"})
@Path("/api/v1/adviezen")
@Tag(name = "Advies", description = "Uitlegbaar advies voor één kind, voor het knooppunt")
@ApiFouten.NietAangemeld
@ApiFouten.GeenToegang
public class AdviezenResource {

    private final RuleSetRegistry registry;
    private final GroepInvuller groepen;
    private final AdviesMetingen metingen;

    public AdviezenResource(RuleSetRegistry registry, GroepInvuller groepen, AdviesMetingen metingen) {
        this.registry = registry;
        this.groepen = groepen;
        this.metingen = metingen;
    }

    @POST
    @NonBlocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "geefAdvies", summary = "Advies voor één kind",
            description = "Weegt de casus met de regelset en geeft de uitkomst, de startdatum, het oordeel per arrangement "
                    + "(ook die uit de catalogus van de regio, met de stappen om er te komen), elke reden met regel, feiten "
                    + "en bron, en de acties met hun data. Met ?watZouVeranderen=true ook wat het advies zou veranderen. "
                    + "Het knooppunt beslist; dit is een advies.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Casus.class),
            examples = @ExampleObject(name = "contract", value = ApiExamples.CASUS)))
    @APIResponse(responseCode = "200", description = "Het advies",
            content = @Content(schema = @Schema(implementation = Advies.class),
                    examples = @ExampleObject(name = "contract", value = ApiExamples.ADVIES)))
    @ApiFouten.Ongeldig
    @ApiFouten.NietBeschikbaar
    public Uni<Advies> adviseer(@Valid @NotNull(message = "Stuur een casus als JSON.") Casus casus,
                                @Parameter(description = "Zoek ook wat het advies zou veranderen: per arrangement dat niet past, "
                                        + "de kleinste veranderingen in de casus waardoor het wel past.")
                                @QueryParam("watZouVeranderen") boolean watZouVeranderen) {
        // An advice is short and CPU-bound: given on the event loop, it is not handed to a worker thread and back
        // (measured in bench/README.md). What may wait goes to a worker: a group read from the database, a rule set
        // still to load, and the search for what would change the advice.
        Optional<RuleSet> ready = GroepInvuller.noemtGroep(casus) || watZouVeranderen ? Optional.empty()
                : registry.loaded(casus.getRegelset());
        if (ready.isPresent()) {
            return Uni.createFrom().item(advies(ready.get(), casus, false));
        }
        return Uni.createFrom().item(() -> advies(registry.get(casus.getRegelset()), casus, watZouVeranderen))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private Advies advies(RuleSet ruleSet, Casus casus, boolean watZouVeranderen) {
        Advies advies = metingen.geteld(CaseEvaluator.advise(ruleSet, groepen.vulIn(casus)));
        return watZouVeranderen ? advies.met(CounterfactualSearch.of(ruleSet, casus, advies)) : advies;
    }
}
