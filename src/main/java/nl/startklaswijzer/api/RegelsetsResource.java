package nl.startklaswijzer.api;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nl.startklaswijzer.domein.Casus;
import nl.startklaswijzer.engine.Impact;
import nl.startklaswijzer.engine.ImpactAnalysis;
import nl.startklaswijzer.engine.InvalidRuleSetException;
import nl.startklaswijzer.engine.RuleSet;
import nl.startklaswijzer.engine.RuleSetConfig;
import nl.startklaswijzer.engine.RuleSetRegistry;
import nl.startklaswijzer.engine.RuleSetSource;
import nl.startklaswijzer.engine.RuleSetStatus;
import nl.startklaswijzer.engine.Validation;
import nl.startklaswijzer.engine.guard.CandidateRun;
import nl.startklaswijzer.engine.scenario.Scenario;
import nl.startklaswijzer.engine.scenario.ScenarioFiles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Authenticated
@Path("/api/v1/regelsets")
@Tag(name = "Regelsets", description = "De regelsets, voor beleidseigenaren: status, regelboek, validatie en impact")
@Produces(MediaType.APPLICATION_JSON)
public class RegelsetsResource {

    private final RuleSetRegistry registry;
    private final CandidateRun candidateRun;

    public RegelsetsResource(RuleSetRegistry registry, RuleSetConfig config) {
        this.registry = registry;
        this.candidateRun = CandidateRun.of(config);
    }

    @GET
    @Operation(summary = "De regelsets",
            description = "Per regelset de versie die in gebruik is (een hash van de bestanden), wanneer die geladen is, "
                    + "het aantal regels, en de laatste afgewezen versie met haar fouten (bestand, regelnummer, melding, "
                    + "falend scenario).")
    public List<RuleSetStatus> regelsets() {
        return registry.statuses();
    }

    @GET
    @Path("/{naam}/regels")
    @Operation(summary = "Het regelboek van een regelset",
            description = "Elke regel met id, Nederlandse tekst, bron, status en de parameters die hij gebruikt; "
                    + "elke parameter met waarde, omschrijving, bron en status.")
    public Regelboek regels(@PathParam("naam") String naam) {
        return Regelboek.of(registry.get(naam));
    }

    @RolesAllowed("BELEID")
    @POST
    @Path("/validatie")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een regelset controleren zonder haar in gebruik te nemen",
            description = "Compileert de bestanden en draait de scenario's. Met 'basis' wijzigen de bestanden die "
                    + "regelset; zonder 'basis' zijn ze de hele regelset.")
    public Validation valideer(@Valid @NotNull(message = "Stuur de bestanden als JSON.") Kandidaat kandidaat) {
        RuleSetSource source = kandidaat.basis() == null || kandidaat.basis().isBlank()
                ? new RuleSetSource("kandidaat", kandidaat.bestanden())
                : registry.get(kandidaat.basis()).source().with(kandidaat.bestanden());
        return Validation.of(source, candidateRun);
    }

    @RolesAllowed("BELEID")
    @POST
    @Path("/{naam}/impact")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Wat een wijziging doet voordat zij in gebruik gaat",
            description = "Draait dezelfde casussen (standaard de scenario's van de regelset) door de regelset in gebruik "
                    + "en door de gewijzigde, en noemt per casus waarvan het advies verandert de oude en nieuwe uitkomst "
                    + "en de redenen en acties die erbij komen en vervallen.")
    public Impact impact(@PathParam("naam") String naam,
                         @Valid @NotNull(message = "Stuur de gewijzigde bestanden als JSON.") ImpactVerzoek verzoek)
            throws InvalidRuleSetException {
        RuleSet current = registry.get(naam);
        List<Scenario> cases = verzoek.casussen() == null || verzoek.casussen().isEmpty()
                ? ScenarioFiles.read(current.source())
                : asCases(verzoek.casussen());
        return ImpactAnalysis.compare(current, current.source().with(verzoek.bestanden()), cases, candidateRun);
    }

    @RolesAllowed("BELEID")
    @POST
    @Path("/{naam}/impact")
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Wat één gewijzigd bestand doet voordat het in gebruik gaat",
            description = "Hetzelfde als hierboven voor één bestand, met de inhoud als platte tekst, zodat een "
                    + "beleidseigenaar een conceptbestand met curl --data-binary kan proberen.")
    public Impact impactVanBestand(@PathParam("naam") String naam,
                                   @QueryParam("bestand") @NotBlank(message = "Noem het bestand, zoals ?bestand=parameters.yaml.") String bestand,
                                   @NotBlank(message = "Stuur de nieuwe inhoud van het bestand.") String inhoud)
            throws InvalidRuleSetException {
        return impact(naam, new ImpactVerzoek(Map.of(bestand, inhoud), null));
    }

    private static List<Scenario> asCases(List<Casus> casussen) {
        return IntStream.range(0, casussen.size())
                .mapToObj(i -> new Scenario(null, label(i, casussen.get(i)), Map.of(), casussen.get(i), null, null))
                .toList();
    }

    private static String label(int index, Casus casus) {
        String reference = casus.getKind().getReferentie();
        return "casus " + (index + 1) + (reference == null ? "" : " (" + reference + ")");
    }
}
