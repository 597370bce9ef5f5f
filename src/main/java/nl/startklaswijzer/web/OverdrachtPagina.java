package nl.startklaswijzer.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.startklaswijzer.api.ErrorMappers;
import nl.startklaswijzer.api.Fout;
import nl.startklaswijzer.beveiliging.Organisaties;
import nl.startklaswijzer.domein.Peildatum;
import nl.startklaswijzer.domein.Weigering;
import nl.startklaswijzer.overdracht.Aanvrager;
import nl.startklaswijzer.overdracht.Doel;
import nl.startklaswijzer.overdracht.Overdracht;
import nl.startklaswijzer.overdracht.OverdrachtDienst;
import nl.startklaswijzer.overdracht.Toestemmer;

/**
 * A voorschool's own record of a child: the signals it recorded, whether the knooppunt may see them, and the forms to
 * record the parents' consent or its withdrawal. Another voorschool's reference is not found here.
 */
@RolesAllowed("VOORSCHOOL")
@Path("/signalering/vastgelegd/{referentie}")
@Produces(MediaType.TEXT_HTML)
public class OverdrachtPagina {

    private final Pages pages;
    private final FormulierBinding binding;
    private final OverdrachtDienst overdracht;
    private final SecurityIdentity identity;
    private final Organisaties organisaties;

    public OverdrachtPagina(Pages pages, FormulierBinding binding, OverdrachtDienst overdracht, SecurityIdentity identity,
                            Organisaties organisaties) {
        this.pages = pages;
        this.binding = binding;
        this.overdracht = overdracht;
        this.identity = identity;
        this.organisaties = organisaties;
    }

    static URI pad(String referentie) {
        return UriBuilder.fromPath("/signalering/vastgelegd/{referentie}").build(referentie);
    }

    @GET
    public Response toon(@PathParam("referentie") String referentie, @QueryParam("gedaan") String gedaan) {
        return toon(referentie, gedaan, null, null, Response.Status.OK);
    }

    @POST
    @Path("/toestemming")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response toestemming(@PathParam("referentie") String referentie, MultivaluedMap<String, String> invoer) {
        return Verwerking.verwerk(binding.toestemming(invoer),
                toestemming -> {
                    overdracht.geefToestemming(wie(), referentie, toestemming);
                    return Verwerking.gedaan(pad(referentie), "De toestemming van de ouders is vastgelegd; het knooppunt ziet de "
                            + "signalering nu.");
                },
                (fouten, status) -> toon(referentie, null, formulier(invoer, FormulierBinding.TOESTEMMING, fouten), null, status));
    }

    @POST
    @Path("/intrekking")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response intrekking(@PathParam("referentie") String referentie, MultivaluedMap<String, String> invoer) {
        return Verwerking.verwerk(binding.intrekking(invoer),
                intrekking -> {
                    overdracht.trekIn(wie(), referentie, intrekking);
                    return Verwerking.gedaan(pad(referentie), "De intrekking is vastgelegd; het knooppunt ziet weer alleen dat er "
                            + "een signalering is.");
                },
                (fouten, status) -> toon(referentie, null, null, formulier(invoer, FormulierBinding.INTREKKING, fouten), status));
    }

    private Response toon(String referentie, String gedaan, Formulier toestemming, Formulier intrekking, Response.Status status) {
        Aanvrager wie = wie();
        Overdracht eigen;
        try {
            eigen = overdracht.inDossier(wie, referentie).stream().filter(o -> wie.hoortBij(o.voorschool().code()))
                    .findFirst().orElseThrow(() -> Weigering.onbekend("referentie", "Er is geen dossier " + referentie
                            + " met een signalering van uw organisatie."));
        } catch (Weigering e) {
            return Verwerking.pagina(ErrorMappers.status(e), pages.render("signalering-vastgelegd", Map.of(
                    "referentie", referentie, "fout", e.getMessage())));
        }
        Formulier toestemmingForm = toestemming != null ? toestemming : Formulier.leeg(Map.of(
                FormulierBinding.TOESTEMMING + "datum", Peildatum.vandaag().toString(),
                FormulierBinding.TOESTEMMING + "voor", Doel.WARME_OVERDRACHT.name()));
        Formulier intrekkingForm = intrekking != null ? intrekking
                : Formulier.leeg(Map.of(FormulierBinding.INTREKKING + "datum", Peildatum.vandaag().toString()));
        Map<String, Object> data = new HashMap<>();
        data.put("referentie", referentie);
        data.put("fout", "");
        data.put("gedaan", gedaan == null ? "" : gedaan);
        data.put("voorschool", eigen.voorschool().naam());
        data.put("knooppuntRond", Weergave.datum(eigen.knooppuntRond()));
        data.put("toestemming", eigen.toestemming() == null ? List.of() : OverdrachtWeergave.toestemming(eigen.toestemming()));
        data.put("geschiedenis", eigen.toestemmingen().stream().filter(t -> !t.isActief()).map(OverdrachtWeergave::ingetrokken).toList());
        data.put("signaleringen", eigen.signaleringen().stream().map(OverdrachtWeergave::signalering).toList());
        data.put("opgevolgd", eigen.opgevolgd());
        data.put("toestemmingForm", toestemmingForm);
        data.put("toestemmingVelden", toestemmingForm.getVelden());
        data.put("toestemmers", toestemmingForm.keuzes(FormulierBinding.TOESTEMMING + "gegevenDoor", Toestemmer.values(), Enum::name,
                Toestemmer::label, t -> null));
        data.put("doelen", toestemmingForm.keuzes(FormulierBinding.TOESTEMMING + "voor", Doel.values(), Enum::name, Doel::label,
                d -> null));
        data.put("intrekkingForm", intrekkingForm);
        data.put("intrekkingVelden", intrekkingForm.getVelden());
        return Verwerking.pagina(status, pages.render("signalering-vastgelegd", data));
    }

    /** The form as typed, each error at its own field (the API's datum is the form's toestemming.datum). */
    private static Formulier formulier(MultivaluedMap<String, String> invoer, String prefix, List<Fout> fouten) {
        return new Formulier(invoer, fouten.stream().map(f -> new Fout(prefix + f.veld().replaceAll("\\[.*$", ""), f.melding())).toList());
    }

    private Aanvrager wie() {
        return Aanvrager.van(identity, organisaties);
    }
}
