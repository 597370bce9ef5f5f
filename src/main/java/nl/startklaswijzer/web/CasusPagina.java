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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.startklaswijzer.domein.Advies;
import nl.startklaswijzer.domein.Casus;
import nl.startklaswijzer.domein.ComplicerendeFactor;
import nl.startklaswijzer.domein.Ondersteuningsbehoefte;
import nl.startklaswijzer.domein.Peildatum;
import nl.startklaswijzer.engine.CaseEvaluator;
import nl.startklaswijzer.engine.RuleSetRegistry;

/** The knooppunt's page: one child's case in, the explained advice out, ready to print for the file. */
@RolesAllowed({"KNOOPPUNT", "BELEID"})
@Path("/casus")
@Produces(MediaType.TEXT_HTML)
public class CasusPagina {

    private final Pages pages;
    private final FormulierBinding binding;
    private final RuleSetRegistry registry;

    public CasusPagina(Pages pages, FormulierBinding binding, RuleSetRegistry registry) {
        this.pages = pages;
        this.binding = binding;
        this.registry = registry;
    }

    @GET
    public String formulier() {
        return formulier(Formulier.leeg(Map.of("peildatum", Peildatum.vandaag().toString())));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response bekijk(MultivaluedMap<String, String> invoer) {
        return FormulierPagina.verwerk(invoer, binding.casus(invoer), casus -> Response.ok(advies(casus,
                CaseEvaluator.advise(registry.get(casus.getRegelset()), casus))).build(), this::formulier);
    }

    private String formulier(Formulier form) {
        Map<String, Object> data = FormulierPagina.basis(form, registry);
        data.put("sop", form.keuzes("moederschool.kanVoorzienIn", Ondersteuningsbehoefte.values()));
        data.put("sopBekend", Keuzes.jaNee(form, "moederschool.sopBekend", "Ja, ik weet wat het SOP dekt",
                "Nee, dat is nog niet bekend"));
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

    private String advies(Casus casus, Advies advies) {
        return pages.render("casus-advies", AdviesWeergave.data(casus, advies));
    }

    private static String nietNull(String text) {
        return text == null ? "" : text;
    }
}
