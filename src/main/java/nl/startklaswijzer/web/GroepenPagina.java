package nl.startklaswijzer.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.startklaswijzer.api.Fout;
import nl.startklaswijzer.domein.Peildatum;
import nl.startklaswijzer.domein.Weigering;
import nl.startklaswijzer.dossier.GroepsBezetting;

/** The startklas groups: how full each is and how it is made up against the group limits, and a new group. */
@RolesAllowed("KNOOPPUNT")
@Path("/groepen")
@Produces(MediaType.TEXT_HTML)
public class GroepenPagina {

    private final Pages pages;
    private final GroepsBezetting bezetting;
    private final FormulierBinding binding;
    private final Aanmelding aanmelding;

    public GroepenPagina(Pages pages, GroepsBezetting bezetting, FormulierBinding binding, Aanmelding aanmelding) {
        this.pages = pages;
        this.bezetting = bezetting;
        this.binding = binding;
        this.aanmelding = aanmelding;
    }

    /** A group as the page shows it; its anchor lets the overview link to its composition. */
    record GroepWeergave(String naam, String anker, String plaats, int capaciteit, int bezet, int vrij,
                         List<FactorWeergave> samenstelling) {
    }

    record FactorWeergave(String factor, long aantal, String grens, boolean grensBereikt) {
    }

    @GET
    public Response groepen(@QueryParam("op") String op, @QueryParam("gedaan") String gedaan) {
        MultivaluedMap<String, String> invoer = new MultivaluedHashMap<>();
        invoer.add("op", op);
        LocalDate dag;
        try {
            dag = FormulierBinding.datum(op, "op", Peildatum.vandaag());
        } catch (Weigering e) {
            return Verwerking.pagina(Response.Status.BAD_REQUEST, pagina(Peildatum.vandaag(),
                    new Formulier(invoer, List.of(new Fout(e.veld(), e.getMessage()))), Formulier.leeg(Map.of()), null));
        }
        return Verwerking.pagina(Response.Status.OK, pagina(dag, new Formulier(invoer, List.of()), Formulier.leeg(Map.of()), gedaan));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response maakAan(MultivaluedMap<String, String> invoer) {
        return Verwerking.verwerk(binding.groep(invoer),
                groep -> {
                    bezetting.maakAan(aanmelding.getNaam(), groep);
                    return Verwerking.gedaan(URI.create("/groepen"), "Groep " + groep.naam() + " is aangemaakt.");
                },
                (fouten, status) -> Verwerking.pagina(status, pagina(Peildatum.vandaag(), Formulier.leeg(Map.of()),
                        new Formulier(invoer, fouten), null)));
    }

    private String pagina(LocalDate op, Formulier opForm, Formulier nieuw, String gedaan) {
        Map<String, Object> data = new HashMap<>();
        data.put("op", Weergave.datum(op));
        data.put("opVelden", opForm.getVelden());
        data.put("form", nieuw);
        data.put("velden", nieuw.getVelden());
        data.put("gedaan", gedaan == null ? "" : gedaan);
        data.put("groepen", bezetting.alle(op).stream().map(GroepenPagina::groep).toList());
        return pages.render("groepen", data);
    }

    private static GroepWeergave groep(GroepsBezetting.Bezetting b) {
        return new GroepWeergave(b.groep().naam(), "groep-" + b.groep().naam().replaceAll("[^A-Za-z0-9_-]", "-"), b.groep().plaats(),
                b.groep().capaciteit(), b.bezet(), b.vrij(), b.samenstelling().stream()
                .map(f -> new FactorWeergave(Formulier.hoofdletter(f.factor().label()), f.aantal(),
                        f.grens() == null ? "geen" : String.valueOf(f.grens()), f.grensBereikt()))
                .toList());
    }
}
