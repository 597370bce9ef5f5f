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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.startklaswijzer.domein.Peildatum;
import nl.startklaswijzer.domein.Signalering;
import nl.startklaswijzer.domein.SignaleringsAdvies;
import nl.startklaswijzer.domein.Voorziening;
import nl.startklaswijzer.engine.CaseEvaluator;
import nl.startklaswijzer.engine.RuleSetRegistry;

/** The voorschool's page: a short pre-screen, answered with the signal, the dates and what to arrange. */
@RolesAllowed({"VOORSCHOOL", "KNOOPPUNT"})
@Path("/signalering")
@Produces(MediaType.TEXT_HTML)
public class SignaleringPagina {

    private final Pages pages;
    private final FormulierBinding binding;
    private final RuleSetRegistry registry;

    public SignaleringPagina(Pages pages, FormulierBinding binding, RuleSetRegistry registry) {
        this.pages = pages;
        this.binding = binding;
        this.registry = registry;
    }

    @GET
    public String formulier() {
        return formulier(Formulier.leeg(Map.of("peildatum", Peildatum.vandaag().toString(), "voorziening", "PEUTERSPEELZAAL")));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signaleer(MultivaluedMap<String, String> invoer) {
        return FormulierPagina.verwerk(invoer, binding.signalering(invoer), signalering -> Response.ok(uitslag(signalering,
                CaseEvaluator.screen(registry.get(signalering.getRegelset()), signalering))).build(), this::formulier);
    }

    private String formulier(Formulier form) {
        String gekozen = form.getVelden().get("voorziening").waarde();
        Map<String, Object> data = FormulierPagina.basis(form, registry);
        data.put("voorzieningen", Arrays.stream(Voorziening.values())
                .map(v -> new Keuze("voorziening", Veld.id("voorziening") + "-" + v.name(), v.name(),
                        Formulier.hoofdletter(v.label()), null, v.name().equals(gekozen)))
                .toList());
        data.put("vastgelegd", List.of(
                Keuzes.vinkje(form, "verslaglegging", "Wat de voorschool ziet en doet, is vastgelegd"),
                Keuzes.vinkje(form, "toestemmingOuders", "De ouders hebben toestemming gegeven voor de warme overdracht")));
        return pages.render("signalering-formulier", data);
    }

    private String uitslag(Signalering signalering, SignaleringsAdvies uitslag) {
        Map<String, Object> data = new HashMap<>();
        data.put("uitslag", uitslag);
        data.put("signaal", uitslag.signaal().label());
        data.put("referentie", signalering.getKind().getReferentie() == null ? "zonder referentie" : signalering.getKind().getReferentie());
        data.put("knooppuntRond", Weergave.datum(uitslag.knooppuntRond()));
        data.put("inschrijvenNietVoor", Weergave.datum(uitslag.inschrijvenNietVoor()));
        data.put("redenen", Weergave.redenen(uitslag.redenen(), r -> true));
        data.put("acties", Weergave.acties(uitslag.acties()));
        data.put("peildatum", Weergave.datum(uitslag.peildatum()));
        return pages.render("signalering-uitslag", data);
    }
}
