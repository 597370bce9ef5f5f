package nl.startklaswijzer.web;

import io.quarkus.security.identity.SecurityIdentity;
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
import nl.startklaswijzer.api.Fout;
import nl.startklaswijzer.beveiliging.OrganisatieSoort;
import nl.startklaswijzer.beveiliging.Organisaties;
import nl.startklaswijzer.beveiliging.Rol;
import nl.startklaswijzer.domein.Peildatum;
import nl.startklaswijzer.domein.Signalering;
import nl.startklaswijzer.domein.SignaleringsAdvies;
import nl.startklaswijzer.domein.Voorziening;
import nl.startklaswijzer.domein.Weigering;
import nl.startklaswijzer.engine.CaseEvaluator;
import nl.startklaswijzer.engine.RuleSetRegistry;
import nl.startklaswijzer.overdracht.Aanvrager;
import nl.startklaswijzer.overdracht.Doel;
import nl.startklaswijzer.overdracht.OverdrachtDienst;
import nl.startklaswijzer.overdracht.Toestemmer;

/**
 * The voorschool's page: a short pre-screen, answered with the signal, the dates and what to arrange. A voorschool user
 * also records it in the child's dossier and hands it over to the knooppunt ("Vastleggen en overdragen"), with the
 * parents' consent when they gave it, and sees the signals its voorschool recorded.
 */
@RolesAllowed({"VOORSCHOOL", "KNOOPPUNT"})
@Path("/signalering")
@Produces(MediaType.TEXT_HTML)
public class SignaleringPagina {

    private final Pages pages;
    private final FormulierBinding binding;
    private final RuleSetRegistry registry;
    private final OverdrachtDienst overdracht;
    private final Aanmelding aanmelding;
    private final SecurityIdentity identity;
    private final Organisaties organisaties;

    public SignaleringPagina(Pages pages, FormulierBinding binding, RuleSetRegistry registry, OverdrachtDienst overdracht,
                             Aanmelding aanmelding, SecurityIdentity identity, Organisaties organisaties) {
        this.pages = pages;
        this.binding = binding;
        this.registry = registry;
        this.overdracht = overdracht;
        this.aanmelding = aanmelding;
        this.identity = identity;
        this.organisaties = organisaties;
    }

    @GET
    public String formulier() {
        return formulier(Formulier.leeg(Map.of("peildatum", Peildatum.vandaag().toString(), "voorziening", "PEUTERSPEELZAAL",
                FormulierBinding.TOESTEMMING + "datum", Peildatum.vandaag().toString(),
                FormulierBinding.TOESTEMMING + "voor", Doel.WARME_OVERDRACHT.name())));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signaleer(MultivaluedMap<String, String> invoer) {
        return FormulierPagina.verwerk(invoer, binding.signalering(invoer), signalering -> Response.ok(uitslag(signalering,
                CaseEvaluator.screen(registry.get(signalering.getRegelset()), signalering))).build(), this::formulier);
    }

    /** Records the signal in the dossier of its reference, and on to that record on the voorschool's own page. */
    @POST
    @Path("/vastleggen")
    @RolesAllowed("VOORSCHOOL")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response vastleggen(MultivaluedMap<String, String> invoer) {
        return Verwerking.verwerk(binding.vastleggen(invoer),
                verzoek -> {
                    String referentie = verzoek.getKind().getReferentie();
                    if (referentie == null) {
                        throw Weigering.ongeldig("kind.referentie", "Geef de referentie waaronder de voorschool het kind kent, "
                                + "zoals P-17, om de signalering vast te leggen. Geen naam, geen BSN.");
                    }
                    boolean metToestemming = verzoek.getToestemming() != null;
                    overdracht.legVast(Aanvrager.van(identity, organisaties), referentie, verzoek);
                    return Verwerking.gedaan(OverdrachtPagina.pad(referentie), metToestemming
                            ? "De signalering en de toestemming van de ouders zijn vastgelegd en overgedragen aan het knooppunt."
                            : "De signalering is vastgelegd. Het knooppunt ziet haar zodra u de toestemming van de ouders vastlegt.");
                },
                (fouten, status) -> Verwerking.pagina(status, formulier(new Formulier(invoer, fouten.stream()
                        .map(f -> f.veld().equals("referentie") ? new Fout("kind.referentie", f.melding()) : f).toList()))));
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
        boolean magVastleggen = aanmelding.heeft(Rol.VOORSCHOOL);
        data.put("magVastleggen", magVastleggen);
        data.put("toestemmers", form.keuzes(FormulierBinding.TOESTEMMING + "gegevenDoor", Toestemmer.values(), Enum::name,
                Toestemmer::label, t -> null));
        data.put("doelen", form.keuzes(FormulierBinding.TOESTEMMING + "voor", Doel.values(), Enum::name, Doel::label, d -> null));
        Aanvrager wie = Aanvrager.van(identity, organisaties);
        boolean voorschool = wie.organisatie() != null && wie.organisatie().soort() == OrganisatieSoort.VOORSCHOOL;
        data.put("voorschool", voorschool ? wie.organisatie().naam() : "");
        data.put("eigen", magVastleggen && voorschool ? OverdrachtWeergave.regels(overdracht.overzicht(wie, false).stream()
                .filter(o -> wie.hoortBij(o.voorschool().code())).toList()) : List.of());
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
