package nl.startklaswijzer.web;

import io.quarkus.security.Authenticated;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.startklaswijzer.domein.Parameter;
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
import nl.startklaswijzer.engine.guard.CandidateRun;
import nl.startklaswijzer.engine.scenario.ScenarioFiles;

/** The policy owners' pages: the status of each rule set, its rule book, and trying a changed file before saving. */
@Authenticated
@Path("/regels")
@Produces(MediaType.TEXT_HTML)
public class RegelsPagina {

    private final Pages pages;
    private final RuleSetRegistry registry;
    private final CandidateRun candidateRun;

    public RegelsPagina(Pages pages, RuleSetRegistry registry, RuleSetConfig config) {
        this.pages = pages;
        this.registry = registry;
        this.candidateRun = CandidateRun.of(config);
    }

    record SetWeergave(String naam, String versie, String geladen, int regels, boolean standaard,
                       String afgewezenVersie, String afgewezenOp, List<?> fouten) {
    }

    record RegelWeergave(String id, String tekst, String bron, String status, boolean aanname, String wat, String parameters,
                         Integer regelnummer) {
    }

    record ParameterWeergave(String naam, String waarde, String omschrijving, String bron, String status, boolean aanname) {
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
        data.put("parameters", ruleSet.parameters().all().stream().map(RegelsPagina::parameter).toList());
        data.put("catalogus", CatalogusWeergave.regelboek(ruleSet.catalogus()));
        return pages.render("regels-regelboek", data);
    }

    @RolesAllowed("BELEID")
    @GET
    @Path("/{naam}/proberen")
    public String proberen(@PathParam("naam") String naam, @QueryParam("bestand") String bestand) {
        RuleSet ruleSet = registry.get(naam);
        String gekozen = bestand != null && ruleSet.source().files().containsKey(bestand) ? bestand : "parameters.yaml";
        return proberenPagina(ruleSet, gekozen, ruleSet.source().files().get(gekozen), null, null);
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
        Impact impact = ImpactAnalysis.compare(ruleSet, validatie, ScenarioFiles.read(ruleSet.source()), candidateRun);
        return proberenPagina(ruleSet, bestand, tekst, validatie, impact);
    }

    private String proberenPagina(RuleSet ruleSet, String bestand, String inhoud, Validation validatie, Impact impact) {
        Map<String, Object> data = new HashMap<>();
        data.put("naam", ruleSet.name());
        data.put("versie", ruleSet.version().versie());
        data.put("bestanden", ruleSet.source().files().keySet().stream()
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
        return new RegelWeergave(r.id(), r.tekst(), r.bron(), r.status().label(),
                r.status() == nl.startklaswijzer.domein.Status.AANNAME, wat,
                r.parameters().isEmpty() ? "geen" : String.join(", ", r.parameters()), r.regelnummer());
    }

    private static ParameterWeergave parameter(Parameter p) {
        return new ParameterWeergave(p.getNaam(), waarde(p.getWaarde()), p.getOmschrijving(), p.getBron(),
                p.getStatus().label(), p.getStatus() == nl.startklaswijzer.domein.Status.AANNAME);
    }

    private static String waarde(Object waarde) {
        if (waarde instanceof Map<?, ?> tabel) {
            return String.join(", ", tabel.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList());
        }
        return ExplanationText.format(waarde);
    }
}
