package nl.startklaswijzer.web;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.startklaswijzer.api.ErrorMappers;
import nl.startklaswijzer.domein.Parameter;
import nl.startklaswijzer.domein.Weigering;
import nl.startklaswijzer.engine.CompileError;
import nl.startklaswijzer.engine.ExplanationText;
import nl.startklaswijzer.engine.Impact;
import nl.startklaswijzer.engine.ImpactAnalysis;
import nl.startklaswijzer.engine.InvalidRuleSetException;
import nl.startklaswijzer.engine.RuleDescription;
import nl.startklaswijzer.engine.RuleSet;
import nl.startklaswijzer.engine.RuleSetConfig;
import nl.startklaswijzer.engine.RuleSetRegistry;
import nl.startklaswijzer.engine.RuleSetSource;
import nl.startklaswijzer.engine.RuleSetStatus;
import nl.startklaswijzer.engine.Validation;
import nl.startklaswijzer.engine.VersionDiff;
import nl.startklaswijzer.engine.guard.CandidateRun;
import nl.startklaswijzer.engine.inheritance.Layers;
import nl.startklaswijzer.engine.scenario.ScenarioFiles;
import nl.startklaswijzer.publicatie.Geschiedenis;
import nl.startklaswijzer.publicatie.Praktijktoets;
import nl.startklaswijzer.publicatie.PublicatieVerzoek;
import nl.startklaswijzer.publicatie.Publiceren;

/** The policy owners' pages: the status of each rule set, its rule book, and trying a changed file before saving. */
@Authenticated
@Path("/regels")
@Produces(MediaType.TEXT_HTML)
public class RegelsPagina {

    private final Pages pages;
    private final RuleSetRegistry registry;
    private final CandidateRun candidateRun;
    private final Publiceren publiceren;
    private final Geschiedenis geschiedenis;
    private final SecurityIdentity identity;
    private final Praktijktoets praktijktoets;

    public RegelsPagina(Pages pages, RuleSetRegistry registry, RuleSetConfig config, Publiceren publiceren,
                        Geschiedenis geschiedenis, SecurityIdentity identity, Praktijktoets praktijktoets) {
        this.praktijktoets = praktijktoets;
        this.pages = pages;
        this.registry = registry;
        this.candidateRun = CandidateRun.of(config);
        this.publiceren = publiceren;
        this.geschiedenis = geschiedenis;
        this.identity = identity;
    }

    record SetWeergave(String naam, String versie, String geladen, int regels, boolean standaard,
                       String afgewezenVersie, String afgewezenOp, List<?> fouten) {
    }

    record RegelWeergave(String id, String tekst, String bron, String status, boolean aanname, String wat, String parameters,
                         Integer regelnummer, String herkomst) {
    }

    record ParameterWeergave(String naam, String waarde, String omschrijving, String bron, String status, boolean aanname,
                             String herkomst) {
    }

    record UitgezetWeergave(String wat, String door, String bron) {
    }

    record VersieWeergave(String versie, String vorigeVersie, String tijdstip, String auteur, String toelichting,
                          boolean inGebruik) {
    }

    @GET
    public String overzicht() {
        List<SetWeergave> sets = registry.statuses().stream().map(RegelsPagina::set).toList();
        return pages.render("regels-overzicht", Map.of("sets", sets));
    }

    @GET
    @Path("/{naam}")
    public String regelboek(@PathParam("naam") String naam) {
        RuleSet ruleSet = registry.get(naam);
        Map<String, List<RegelWeergave>> perBestand = new LinkedHashMap<>();
        ruleSet.rules().stream()
                .sorted(java.util.Comparator.comparing(RuleDescription::bestand).thenComparing(RuleDescription::regelnummer))
                .forEach(r -> perBestand.computeIfAbsent(r.bestand(), b -> new ArrayList<>()).add(regel(r)));
        Map<String, Object> data = new HashMap<>();
        data.put("naam", ruleSet.name());
        data.put("versie", ruleSet.version().versie());
        data.put("bestanden", perBestand.entrySet().stream().map(e -> Map.of("naam", e.getKey(), "regels", e.getValue())).toList());
        data.put("parameters", ruleSet.parameters().all().stream().map(p -> parameter(p, ruleSet)).toList());
        Layers layers = Layers.of(ruleSet.source());
        data.put("basis", layers.chain().size() > 1 ? layers.chain().get(1).name() : null);
        data.put("uitgezet", layers.switchOffs().stream().map(e -> new UitgezetWeergave(
                e.getValue().soort().name().toLowerCase() + " " + e.getValue().naam(), e.getKey(), e.getValue().bron())).toList());
        data.put("catalogus", CatalogusWeergave.regelboek(ruleSet.catalogus()));
        return pages.render("regels-regelboek", data);
    }

    @RolesAllowed("BELEID")
    @GET
    @Path("/{naam}/proberen")
    public String proberen(@PathParam("naam") String naam, @QueryParam("bestand") String bestand) {
        RuleSet ruleSet = registry.get(naam);
        Map<String, String> own = Layers.ownFiles(ruleSet.source());
        String gekozen = bestand != null && own.containsKey(bestand) ? bestand : own.keySet().iterator().next();
        return proberenPagina(ruleSet, gekozen, own.get(gekozen), null, null, List.of());
    }

    @RolesAllowed("BELEID")
    @POST
    @Path("/{naam}/proberen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public String probeer(@PathParam("naam") String naam, @FormParam("bestand") String bestand,
                          @FormParam("inhoud") String inhoud) throws InvalidRuleSetException {
        if (bestand == null || bestand.isBlank()) {
            // The page's own form always names the file; only a hand-made request lacks it.
            throw new BadRequestException("Kies het bestand dat u wilt proberen.");
        }
        RuleSet ruleSet = registry.get(naam);
        // Browsers send text areas with CRLF line ends; the files on disk have LF.
        String tekst = inhoud == null ? "" : inhoud.replace("\r\n", "\n");
        RuleSetSource kandidaat = ruleSet.source().with(Map.of(bestand, tekst));
        Validation validatie = Validation.of(kandidaat, candidateRun);
        Impact impact = praktijktoets.metPraktijk(
                ImpactAnalysis.compare(ruleSet, validatie, ScenarioFiles.read(ruleSet.source()), candidateRun),
                ruleSet, validatie, null);
        return proberenPagina(ruleSet, bestand, tekst, validatie, impact, List.of());
    }

    @RolesAllowed("BELEID")
    @POST
    @Path("/{naam}/publiceren")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publiceer(@PathParam("naam") String naam, @FormParam("bestand") String bestand,
                              @FormParam("inhoud") String inhoud, @FormParam("toelichting") String toelichting,
                              @FormParam("basisVersie") String basisVersie) throws InvalidRuleSetException {
        RuleSet ruleSet = registry.get(naam);
        Map<String, String> bestanden = new HashMap<>();
        bestanden.put(bestand == null ? "" : bestand, inhoud == null ? "" : inhoud);
        try {
            if (toelichting == null || toelichting.isBlank()) {
                throw Weigering.ongeldig("toelichting", "Zeg in de toelichting waarom de regels veranderen.");
            }
            publiceren.publiceer(naam, new PublicatieVerzoek(bestanden, toelichting, basisVersie),
                    identity.getPrincipal().getName());
            return Response.seeOther(URI.create("/regels/" + naam + "/geschiedenis")).build();
        } catch (Weigering e) {
            return Verwerking.pagina(ErrorMappers.status(e), proberenPagina(ruleSet, bestand, inhoud, null, null,
                    List.of(new CompileError(null, null, e.getMessage()))));
        } catch (InvalidRuleSetException e) {
            return Verwerking.pagina(Response.Status.BAD_REQUEST, proberenPagina(ruleSet, bestand, inhoud, null, null, e.errors()));
        }
    }

    @RolesAllowed("BELEID")
    @GET
    @Path("/{naam}/geschiedenis")
    public String geschiedenis(@PathParam("naam") String naam) {
        String inGebruik = registry.get(naam).version().versie();
        List<VersieWeergave> versies = geschiedenis.versies(naam).stream()
                .map(v -> new VersieWeergave(v.versie(), v.vorigeVersie(), Weergave.moment(v.tijdstip()), v.auteur(),
                        v.toelichting(), v.versie().equals(inGebruik)))
                .toList();
        return pages.render("regels-geschiedenis", Map.of("naam", naam, "versie", inGebruik, "versies", versies));
    }

    @RolesAllowed("BELEID")
    @GET
    @Path("/{naam}/verschil")
    public String verschil(@PathParam("naam") String naam, @QueryParam("van") String van, @QueryParam("naar") String naar) {
        RuleSet serving = registry.get(naam);
        RuleSetSource voor = geschiedenis.bestanden(serving, van, "van");
        RuleSetSource na = geschiedenis.bestanden(serving, naar, "naar");
        // Without a version, the page compares with the one in use.
        return pages.render("regels-verschil", Map.of("naam", naam, "van", voor.version(), "naar", na.version(),
                "wijzigingen", VersionDiff.between(voor, na)));
    }

    @RolesAllowed("BELEID")
    @POST
    @Path("/{naam}/terugzetten")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response zetTerug(@PathParam("naam") String naam, @FormParam("versie") String versie,
                             @FormParam("toelichting") String toelichting, @FormParam("basisVersie") String basisVersie)
            throws InvalidRuleSetException {
        if (versie == null || versie.isBlank() || toelichting == null || toelichting.isBlank()) {
            throw new BadRequestException("Kies een versie en zeg in de toelichting waarom zij terugkomt.");
        }
        publiceren.zetTerug(naam, versie, toelichting, basisVersie, identity.getPrincipal().getName());
        return Response.seeOther(URI.create("/regels/" + naam + "/geschiedenis")).build();
    }

    private String proberenPagina(RuleSet ruleSet, String bestand, String inhoud, Validation validatie, Impact impact,
                                  List<CompileError> publicatieFouten) {
        Map<String, Object> data = new HashMap<>();
        data.put("naam", ruleSet.name());
        data.put("versie", ruleSet.version().versie());
        data.put("publicatieFouten", publicatieFouten);
        data.put("bestanden", Layers.ownFiles(ruleSet.source()).keySet().stream()
                .map(b -> new Keuze("bestand", "bestand-" + b, b, b, null, b.equals(bestand))).toList());
        data.put("bestand", bestand);
        data.put("inhoud", inhoud);
        data.put("getoetst", validatie != null);
        if (validatie != null) {
            data.put("validatie", validatie);
            data.put("impact", impact);
            int aantal = impact.gewijzigd().size();
            data.put("samenvatting", (aantal == 1 ? "1 scenario krijgt" : aantal + " scenario's krijgen")
                    + " een ander advies; " + impact.ongewijzigd() + (impact.ongewijzigd() == 1 ? " blijft" : " blijven") + " gelijk.");
            data.put("wijzigingen", impact.gewijzigd().stream().map(Weergave::wijziging).toList());
        }
        return pages.render("regels-proberen", data);
    }

    private static SetWeergave set(RuleSetStatus s) {
        RuleSetStatus.Afwijzing afwijzing = s.afgewezen();
        return new SetWeergave(s.naam(), s.versie(), Weergave.moment(s.geladen()),
                s.regels(), s.standaard(), afwijzing == null ? null : afwijzing.versie(),
                afwijzing == null ? null : Weergave.moment(afwijzing.tijdstip()),
                afwijzing == null ? List.of() : afwijzing.fouten());
    }

    private static RegelWeergave regel(RuleDescription r) {
        String wat = r.actie() != null ? "actie " + r.actie()
                : r.effect().label() + (r.arrangement() != null ? " voor " + r.arrangement().label()
                : r.signaal() != null ? ": " + r.signaal().label() : "");
        String herkomst = r.herkomst() == null ? null
                : r.vervangtUit() != null ? "eigen regel van " + r.herkomst() + ", vervangt die van " + r.vervangtUit()
                : "uit " + r.herkomst();
        return new RegelWeergave(r.id(), r.tekst(), r.bron(), r.status().label(),
                r.status() == nl.startklaswijzer.domein.Status.AANNAME, wat,
                r.parameters().isEmpty() ? "geen" : String.join(", ", r.parameters()), r.regelnummer(), herkomst);
    }

    private static ParameterWeergave parameter(Parameter p, RuleSet ruleSet) {
        String herkomst = ruleSet.parameters().origin(p.getNaam());
        return new ParameterWeergave(p.getNaam(), waarde(p.getWaarde()), p.getOmschrijving(), p.getBron(),
                p.getStatus().label(), p.getStatus() == nl.startklaswijzer.domein.Status.AANNAME,
                herkomst == null ? null : herkomst.equals(ruleSet.name()) ? "eigen waarde van " + herkomst : "uit " + herkomst);
    }

    private static String waarde(Object waarde) {
        if (waarde instanceof Map<?, ?> tabel) {
            return String.join(", ", tabel.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList());
        }
        return ExplanationText.format(waarde);
    }
}
