package nl.startklaswijzer.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.startklaswijzer.beveiliging.CsrfTokens;
import nl.startklaswijzer.beveiliging.Rol;
import nl.startklaswijzer.domein.Advies;
import nl.startklaswijzer.domein.Casus;
import nl.startklaswijzer.domein.ComplicerendeFactor;
import nl.startklaswijzer.domein.Ondersteuningsbehoefte;
import nl.startklaswijzer.domein.Peildatum;
import nl.startklaswijzer.domein.WatZouVeranderen;
import nl.startklaswijzer.domein.Weigering;
import nl.startklaswijzer.dossier.DossierDienst;
import nl.startklaswijzer.dossier.GroepInvuller;
import nl.startklaswijzer.dossier.Groepen;
import nl.startklaswijzer.engine.CaseEvaluator;
import nl.startklaswijzer.engine.RuleSet;
import nl.startklaswijzer.engine.RuleSetRegistry;
import nl.startklaswijzer.engine.tegenfeitelijk.CounterfactualSearch;
import nl.startklaswijzer.opslag.DatabaseException;

/**
 * The knooppunt's page: one child's case in, the explained advice out, ready to print for the file; and, for the
 * knooppunt, that same case recorded in the dossier of its reference.
 */
@RolesAllowed({"KNOOPPUNT", "BELEID"})
@Path("/casus")
@Produces(MediaType.TEXT_HTML)
public class CasusPagina {

    /** Where the form goes and what its button says: the advice, or (after a refused save) saving it. */
    record Verzenden(String actie, String knop) {
    }

    private static final Verzenden BEKIJKEN = new Verzenden("/casus", "Advies bekijken");
    private static final Verzenden OPSLAAN = new Verzenden("/casus/opslaan", "Opslaan in dossier");

    /** A field of the case form, carried on the advice page so that the same case can be saved. */
    record Verborgen(String naam, String waarde) {
    }

    private final Pages pages;
    private final FormulierBinding binding;
    private final RuleSetRegistry registry;
    private final GroepInvuller invuller;
    private final Groepen groepen;
    private final DossierDienst dossiers;
    private final Aanmelding aanmelding;

    public CasusPagina(Pages pages, FormulierBinding binding, RuleSetRegistry registry, GroepInvuller invuller, Groepen groepen,
                       DossierDienst dossiers, Aanmelding aanmelding) {
        this.pages = pages;
        this.binding = binding;
        this.registry = registry;
        this.invuller = invuller;
        this.groepen = groepen;
        this.dossiers = dossiers;
        this.aanmelding = aanmelding;
    }

    @GET
    public String formulier() {
        return formulier(Formulier.leeg(Map.of("peildatum", Peildatum.vandaag().toString())), BEKIJKEN);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response bekijk(MultivaluedMap<String, String> invoer) {
        return FormulierPagina.verwerk(invoer, binding.casus(invoer), casus -> {
            RuleSet ruleSet = registry.get(casus.getRegelset());
            return Response.ok(advies(invoer, casus, ruleSet, CaseEvaluator.advise(ruleSet, invuller.vulIn(casus)))).build();
        }, form -> formulier(form, BEKIJKEN));
    }

    /** The case of the advice page, advised on again and recorded in its dossier; on to the dossier's page. */
    @RolesAllowed("KNOOPPUNT")
    @POST
    @Path("/opslaan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response opslaan(MultivaluedMap<String, String> invoer) {
        return FormulierPagina.verwerk(invoer, binding.casus(invoer),
                casus -> {
                    String referentie = casus.getKind().getReferentie();
                    if (referentie == null) {
                        throw Weigering.ongeldig("kind.referentie", "Vul een referentie in: het advies wordt vastgelegd in het "
                                + "dossier van die referentie. Geen naam, geen BSN.");
                    }
                    Advies advies = dossiers.legAdviesVast(aanmelding.getNaam(), referentie, casus);
                    return Verwerking.gedaan(UriBuilder.fromPath("/dossiers/{referentie}").build(referentie),
                            "Het advies (" + advies.uitkomst().label() + ") is vastgelegd in dit dossier.");
                },
                form -> formulier(form, OPSLAAN));
    }

    private String formulier(Formulier form, Verzenden verzenden) {
        Map<String, Object> data = FormulierPagina.basis(form, registry);
        data.put("verzenden", verzenden);
        data.put("sop", form.keuzes("moederschool.kanVoorzienIn", Ondersteuningsbehoefte.values()));
        data.put("sopBekend", Keuzes.jaNee(form, "moederschool.sopBekend", "Ja, ik weet wat het SOP dekt",
                "Nee, dat is nog niet bekend"));
        data.put("groepen", vastgelegdeGroepen(form));
        data.put("groep", Arrays.stream(ComplicerendeFactor.values())
                .map(f -> new Keuzes.Aantal(form.getVelden().get(FormulierBinding.AANTAL_MET + f.name()), Formulier.hoofdletter(f.label())))
                .toList());
        data.put("proces", List.of(
                Keuzes.vinkje(form, "proces.knooppuntGehouden", "Het knooppunt over dit kind is al gehouden"),
                Keuzes.vinkje(form, "proces.toestemmingOuders", "De ouders hebben toestemming gegeven voor de warme overdracht")));
        data.put("fouten", Map.of(
                "behoeften", nietNull(form.fout("kind.ondersteuningsbehoeften")),
                "factoren", nietNull(form.fout("kind.complicerendeFactoren")),
                "sop", nietNull(form.fout("moederschool.kanVoorzienIn"))));
        return pages.render("casus-formulier", data);
    }

    /** The case form works without the database too; only the choice of a recorded group is then missing. */
    private List<Keuze> vastgelegdeGroepen(Formulier form) {
        try {
            return Keuzes.groepen(groepen.alle(), form, FormulierBinding.GROEP);
        } catch (DatabaseException e) {
            return List.of();
        }
    }

    /** The advice with the region's arrangements and what would change it: the knooppunt's next question. */
    private String advies(MultivaluedMap<String, String> invoer, Casus casus, RuleSet ruleSet, Advies advies) {
        Map<String, Object> data = AdviesWeergave.data(casus, advies, ruleSet.catalogus());
        WatZouVeranderen veranderingen = CounterfactualSearch.of(ruleSet, casus, advies);
        data.put("veranderingen", VeranderingenWeergave.gevonden(veranderingen));
        data.put("geenVerandering", VeranderingenWeergave.nietGevonden(veranderingen));
        data.put("geprobeerd", veranderingen.geprobeerd());
        data.put("volledig", veranderingen.volledig());
        data.put("magOpslaan", aanmelding.heeft(Rol.KNOOPPUNT));
        data.put("heeftReferentie", casus.getKind().getReferentie() != null);
        data.put("opslaan", invoer.entrySet().stream()
                .filter(e -> !e.getKey().equals(CsrfTokens.VELD))
                .flatMap(e -> e.getValue().stream().map(w -> new Verborgen(e.getKey(), w)))
                .toList());
        return pages.render("casus-advies", data);
    }

    private static String nietNull(String text) {
        return text == null ? "" : text;
    }
}
