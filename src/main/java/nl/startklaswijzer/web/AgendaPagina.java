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
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.startklaswijzer.api.AgendaResource;
import nl.startklaswijzer.api.ErrorMappers;
import nl.startklaswijzer.api.Fout;
import nl.startklaswijzer.beveiliging.Organisaties;
import nl.startklaswijzer.domein.Peildatum;
import nl.startklaswijzer.domein.Weigering;
import nl.startklaswijzer.dossier.Dossier;
import nl.startklaswijzer.dossier.DossierDienst;
import nl.startklaswijzer.overdracht.Aanvrager;
import nl.startklaswijzer.overdracht.OverdrachtDienst;
import org.jboss.resteasy.reactive.RestForm;

/**
 * What is due up to a date, the overdue first and marked, each to tick off: the knooppunten voorscholen ask for and the
 * follow-up of all placements; and the incoming signals that no advice has followed yet.
 */
@RolesAllowed("KNOOPPUNT")
@Path("/agenda")
@Produces(MediaType.TEXT_HTML)
public class AgendaPagina {

    /** The dossier page ticks items off here too, and asks to come back to the dossier. */
    static final String TERUG_NAAR_DOSSIER = "dossier";

    private final Pages pages;
    private final DossierDienst dossiers;
    private final Aanmelding aanmelding;
    private final OverdrachtDienst overdracht;
    private final SecurityIdentity identity;
    private final Organisaties organisaties;

    public AgendaPagina(Pages pages, DossierDienst dossiers, Aanmelding aanmelding, OverdrachtDienst overdracht,
                        SecurityIdentity identity, Organisaties organisaties) {
        this.pages = pages;
        this.dossiers = dossiers;
        this.aanmelding = aanmelding;
        this.overdracht = overdracht;
        this.identity = identity;
        this.organisaties = organisaties;
    }

    @GET
    public Response agenda(@QueryParam("tot") String tot, @QueryParam("gedaan") String gedaan) {
        MultivaluedMap<String, String> invoer = new MultivaluedHashMap<>();
        invoer.add("tot", tot);
        LocalDate dag;
        try {
            dag = FormulierBinding.datum(tot, "tot", standaard());
        } catch (Weigering e) {
            return Verwerking.pagina(Response.Status.BAD_REQUEST, pagina(standaard(),
                    new Formulier(invoer, List.of(new Fout(e.veld(), e.getMessage()))), null, null));
        }
        return Verwerking.pagina(Response.Status.OK, pagina(dag, new Formulier(invoer, List.of()), gedaan, null));
    }

    @POST
    @Path("/{id}/gedaan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response gedaan(@PathParam("id") long id, @RestForm String terug) {
        try {
            Dossier.AgendaItem item = dossiers.rondAf(aanmelding.getNaam(), id);
            URI naar = TERUG_NAAR_DOSSIER.equals(terug)
                    ? UriBuilder.fromPath("/dossiers/{referentie}").build(item.referentie()) : URI.create("/agenda");
            return Verwerking.gedaan(naar, "Afgevinkt: " + item.omschrijving() + " (" + Weergave.datum(item.datum())
                    + ", dossier " + item.referentie() + ").");
        } catch (Weigering e) {
            return Verwerking.pagina(ErrorMappers.status(e), pagina(standaard(), Formulier.leeg(Map.of()), null, e.getMessage()));
        }
    }

    private String pagina(LocalDate tot, Formulier form, String gedaan, String fout) {
        LocalDate vandaag = Peildatum.vandaag();
        List<AgendaRegel> regels = dossiers.agenda(tot).stream().map(i -> AgendaRegel.van(i, vandaag)).toList();
        Map<String, Object> data = new HashMap<>();
        data.put("form", form);
        data.put("velden", form.getVelden());
        data.put("tot", Weergave.datum(tot));
        data.put("totHint", "Jaar-maand-dag, bijvoorbeeld 2027-01-31. Leeg: " + AgendaResource.WEKEN_VOORUIT + " weken vooruit.");
        data.put("teLaat", regels.stream().filter(AgendaRegel::teLaat).toList());
        data.put("komend", regels.stream().filter(r -> !r.teLaat()).toList());
        data.put("binnenkomend", OverdrachtWeergave.regels(overdracht.overzicht(Aanvrager.van(identity, organisaties), true)));
        data.put("gedaan", gedaan == null ? "" : gedaan);
        data.put("fout", fout == null ? "" : fout);
        return pages.render("agenda", data);
    }

    private static LocalDate standaard() {
        return Peildatum.vandaag().plusWeeks(AgendaResource.WEKEN_VOORUIT);
    }
}
