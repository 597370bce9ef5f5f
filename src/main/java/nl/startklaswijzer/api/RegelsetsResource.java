package nl.startklaswijzer.api;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
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
import jakarta.ws.rs.core.Response;
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
import nl.startklaswijzer.engine.VersionDiff;
import nl.startklaswijzer.engine.guard.CandidateRun;
import nl.startklaswijzer.engine.inheritance.Layers;
import nl.startklaswijzer.engine.scenario.Scenario;
import nl.startklaswijzer.engine.scenario.ScenarioFiles;
import nl.startklaswijzer.publicatie.Geschiedenis;
import nl.startklaswijzer.publicatie.Praktijktoets;
import nl.startklaswijzer.publicatie.Publicatie;
import nl.startklaswijzer.publicatie.PublicatieVerzoek;
import nl.startklaswijzer.publicatie.Publiceren;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Authenticated
@Path("/api/v1/regelsets")
@Tag(name = "Regelsets", description = "De regelsets, voor beleidseigenaren: status, regelboek, validatie en impact")
@Produces(MediaType.APPLICATION_JSON)
@ApiFouten.NietAangemeld
public class RegelsetsResource {

    /**
     * The two forms of POST .../impact are one operation in the OpenAPI document, which has one per path and method:
     * the JSON form names it and describes both, and both give it the same summary, whichever is read last.
     */
    private static final String IMPACT_SAMENVATTING = "Wat een wijziging doet voordat zij in gebruik gaat";

    private final RuleSetRegistry registry;
    private final CandidateRun candidateRun;
    private final Publiceren publiceren;
    private final Geschiedenis geschiedenis;
    private final SecurityIdentity identity;
    private final Praktijktoets praktijktoets;

    public RegelsetsResource(RuleSetRegistry registry, RuleSetConfig config, Publiceren publiceren,
                             Geschiedenis geschiedenis, SecurityIdentity identity, Praktijktoets praktijktoets) {
        this.praktijktoets = praktijktoets;
        this.registry = registry;
        this.candidateRun = CandidateRun.of(config);
        this.publiceren = publiceren;
        this.geschiedenis = geschiedenis;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "leesRegelsets", summary = "De regelsets",
            description = "Per regelset de versie die in gebruik is (een hash van de bestanden), wanneer die geladen is, "
                    + "het aantal regels, en de laatste afgewezen versie met haar fouten (bestand, regelnummer, melding, "
                    + "falend scenario).")
    @APIResponse(responseCode = "200", description = "De regelsets",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = RuleSetStatus.class),
                    examples = @ExampleObject(name = "contract", value = ApiExamples.REGELSETS)))
    public List<RuleSetStatus> regelsets() {
        return registry.statuses();
    }

    @GET
    @Path("/{naam}/regels")
    @Operation(operationId = "leesRegelboek", summary = "Het regelboek van een regelset",
            description = "Elke regel met id, Nederlandse tekst, bron, status en de parameters die hij gebruikt; "
                    + "elke parameter met waarde, omschrijving, bron en status.")
    @APIResponse(responseCode = "200", description = "Het regelboek")
    @ApiFouten.Ongeldig
    @ApiFouten.NietBeschikbaar
    public Regelboek regels(@PathParam("naam") String naam) {
        return Regelboek.of(registry.get(naam));
    }

    @RolesAllowed("BELEID")
    @POST
    @Path("/validatie")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "valideerRegelset", summary = "Een regelset controleren zonder haar in gebruik te nemen",
            description = "Compileert de bestanden en draait de scenario's. Met 'basis' wijzigen de bestanden die "
                    + "regelset; zonder 'basis' zijn ze de hele regelset.")
    @APIResponse(responseCode = "200", description = "Of de regelset geldig is, met de fouten per bestand en regel en de "
            + "uitslag per scenario")
    @ApiFouten.Ongeldig
    @ApiFouten.GeenToegang
    @ApiFouten.NietBeschikbaar
    public Validation valideer(@Valid @NotNull(message = "Stuur de bestanden als JSON.") Kandidaat kandidaat) {
        boolean whole = kandidaat.basis() == null || kandidaat.basis().isBlank();
        RuleSetSource own = whole ? new RuleSetSource("kandidaat", kandidaat.bestanden())
                : new RuleSetSource(kandidaat.basis(), Layers.ownFiles(registry.get(kandidaat.basis()).source()))
                .with(kandidaat.bestanden());
        // The publication gate itself: with the base the files name, and for a change, the sets built on it.
        RuleSetRegistry.Gate gate = registry.gate(own, !whole);
        Validation validation = gate.validations().get(own.name());
        return new Validation(gate.geldig(), validation.versie(), gate.fouten(), validation.scenarios(), validation.ruleSet());
    }

    @RolesAllowed("BELEID")
    @POST
    @Path("/{naam}/impact")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "bepaalImpact", summary = IMPACT_SAMENVATTING,
            description = "Draait dezelfde casussen (standaard de scenario's van de regelset) door de regelset in gebruik "
                    + "en door de gewijzigde, en noemt per casus waarvan het advies verandert de oude en nieuwe uitkomst "
                    + "en de redenen en acties die erbij komen en vervallen. Stuur de gewijzigde bestanden (en eventueel "
                    + "de casussen) als JSON, of één bestand als platte tekst met ?bestand=, zodat een beleidseigenaar een "
                    + "conceptbestand met curl --data-binary kan proberen. Daarnaast draait zij de adviezen die de "
                    + "laatste 'maanden' (standaard 12) voor de regelset zijn vastgelegd, en meldt onder 'praktijk' hoeveel "
                    + "er veranderen en in welke richting, de aantallen per uitkomst en per regel voor en na, en "
                    + "voorbeelden per referentie.")
    @APIResponse(responseCode = "200", description = "De casussen waarvan het advies verandert, en hoe")
    @ApiFouten.Ongeldig
    @ApiFouten.GeenToegang
    @ApiFouten.NietBeschikbaar
    public Impact impact(@PathParam("naam") String naam,
                         @Valid @NotNull(message = "Stuur de gewijzigde bestanden als JSON.") ImpactVerzoek verzoek)
            throws InvalidRuleSetException {
        RuleSet current = registry.get(naam);
        List<Scenario> cases = verzoek.casussen() == null || verzoek.casussen().isEmpty()
                ? ScenarioFiles.read(current.source())
                : asCases(verzoek.casussen());
        Validation draft = Validation.of(current.source().with(verzoek.bestanden()), candidateRun);
        return praktijktoets.metPraktijk(ImpactAnalysis.compare(current, draft, cases, candidateRun), current, draft,
                verzoek.maanden());
    }

    @RolesAllowed("BELEID")
    @POST
    @Path("/{naam}/impact")
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = IMPACT_SAMENVATTING)
    public Impact impactVanBestand(@PathParam("naam") String naam,
                                   @Parameter(required = false, description = "Alleen bij platte tekst, en dan verplicht: "
                                           + "het pad van het bestand in de regelset, zoals parameters.yaml.")
                                   @QueryParam("bestand") @NotBlank(message = "Noem het bestand, zoals ?bestand=parameters.yaml.") String bestand,
                                   @NotBlank(message = "Stuur de nieuwe inhoud van het bestand.") String inhoud)
            throws InvalidRuleSetException {
        return impact(naam, new ImpactVerzoek(Map.of(bestand, inhoud), null, null));
    }

    @RolesAllowed("BELEID")
    @POST
    @Path("/{naam}/publicaties")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "publiceerRegels", summary = "Een wijziging publiceren",
            description = "Zet gewijzigde bestanden van de regelset in gebruik, na dezelfde toets als een bestand in de "
                    + "regelmap: de regelbewaking, compilatie, alle scenario's, en de regelsets die erop voortbouwen. "
                    + "Een afgewezen wijziging schrijft niets (400, met bestand en regel). Is basisVersie niet meer in "
                    + "gebruik, dan 409 met wat er intussen veranderde.")
    @APIResponseSchema(value = Publicatie.class, responseCode = "201",
            responseDescription = "De versie die nu in gebruik is, wat er veranderde, en de regelsets die erop voortbouwen")
    @ApiFouten.Ongeldig
    @ApiFouten.GeenToegang
    @ApiFouten.Conflict
    @ApiFouten.NietBeschikbaar
    public Response publiceer(@PathParam("naam") String naam,
                              @Valid @NotNull(message = "Stuur bestanden, toelichting en basisVersie als JSON.") PublicatieVerzoek verzoek)
            throws InvalidRuleSetException {
        Publicatie publicatie = publiceren.publiceer(naam, verzoek, identity.getPrincipal().getName());
        return Response.status(Response.Status.CREATED).entity(publicatie).build();
    }

    @RolesAllowed("BELEID")
    @GET
    @Path("/{naam}/versies")
    @Operation(operationId = "leesVersies", summary = "De geschiedenis van een regelset",
            description = "Elke versie die in gebruik was, nieuwste eerst: wie haar publiceerde (of 'bestand' voor een "
                    + "bestand in de regelmap), wanneer, met welke toelichting, en de versie die zij opvolgde.")
    @APIResponse(responseCode = "200", description = "De versies, nieuwste eerst")
    @ApiFouten.Ongeldig
    @ApiFouten.GeenToegang
    @ApiFouten.NietBeschikbaar
    public List<Geschiedenis.Versie> versies(@PathParam("naam") String naam) {
        registry.get(naam);
        return geschiedenis.versies(naam);
    }

    @RolesAllowed("BELEID")
    @GET
    @Path("/{naam}/verschil")
    @Operation(operationId = "leesVerschil", summary = "Wat er tussen twee versies veranderde, in woorden",
            description = "Per parameter (zoals 'groepslimieten NIET_ZINDELIJK: 2 → 1'), per regel, per uitkomsttekst, "
                    + "per arrangement en per scenario. Zonder 'naar' vergelijkt het met de versie in gebruik.")
    @APIResponse(responseCode = "200", description = "De wijzigingen, elk in één zin")
    @ApiFouten.Ongeldig
    @ApiFouten.GeenToegang
    @ApiFouten.Onbekend
    @ApiFouten.NietBeschikbaar
    public Verschil verschil(@PathParam("naam") String naam,
                             @QueryParam("van") @NotBlank(message = "Noem de versie om mee te vergelijken, zoals ?van=abc123.") String van,
                             @QueryParam("naar") String naar) {
        RuleSet serving = registry.get(naam);
        String tot = naar == null || naar.isBlank() ? serving.version().versie() : naar;
        return new Verschil(naam, van, tot, VersionDiff.between(geschiedenis.bestanden(serving, van, "van"),
                geschiedenis.bestanden(serving, tot, "naar")));
    }

    /** Two versions of a set and what changed between them, one sentence each. */
    public record Verschil(String naam, String van, String naar, List<String> wijzigingen) {
    }

    @RolesAllowed("BELEID")
    @POST
    @Path("/{naam}/versies/{versie}/terugzetten")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "zetVersieTerug", summary = "Een eerdere versie opnieuw publiceren",
            description = "Publiceert de eigen bestanden van een eerdere versie als nieuwe versie, door dezelfde toets. "
                    + "De geschiedenis blijft zoals zij was.")
    @APIResponseSchema(value = Publicatie.class, responseCode = "201",
            responseDescription = "De versie die nu in gebruik is en wat er veranderde")
    @ApiFouten.Ongeldig
    @ApiFouten.GeenToegang
    @ApiFouten.Onbekend
    @ApiFouten.Conflict
    @ApiFouten.NietBeschikbaar
    public Response zetTerug(@PathParam("naam") String naam, @PathParam("versie") String versie,
                             @Valid @NotNull(message = "Stuur toelichting en basisVersie als JSON.") Terugzetten verzoek)
            throws InvalidRuleSetException {
        Publicatie publicatie = publiceren.zetTerug(naam, versie, verzoek.toelichting(), verzoek.basisVersie(),
                identity.getPrincipal().getName());
        return Response.status(Response.Status.CREATED).entity(publicatie).build();
    }

    /** Why an earlier version comes back, and the version in use it replaces. */
    public record Terugzetten(
            @NotBlank(message = "Zeg in de toelichting waarom de eerdere versie terugkomt.")
            @jakarta.validation.constraints.Size(max = 2000, message = "Een toelichting is ten hoogste 2000 tekens.")
            String toelichting,
            @NotBlank(message = "Noem de versie die nu in gebruik is (basisVersie).")
            String basisVersie) {
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
