package nl.startklaswijzer.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;
import nl.startklaswijzer.domein.Advies;
import nl.startklaswijzer.domein.Weigering;
import nl.startklaswijzer.dossier.Dossier;
import nl.startklaswijzer.dossier.DossierDienst;
import nl.startklaswijzer.dossier.Herbeoordeling;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** One recorded advice, shown as it was given, and run again under today's rules: would the advice be different now? */
@RolesAllowed("KNOOPPUNT")
@Path("/dossiers/{referentie}/adviezen/{id}")
@Produces(MediaType.TEXT_HTML)
public class VastgelegdAdviesPagina {

    private final Pages pages;
    private final DossierDienst dossiers;
    private final Aanmelding aanmelding;
    private final ObjectMapper mapper;

    public VastgelegdAdviesPagina(Pages pages, DossierDienst dossiers, Aanmelding aanmelding, ObjectMapper mapper) {
        this.pages = pages;
        this.dossiers = dossiers;
        this.aanmelding = aanmelding;
        this.mapper = mapper;
    }

    /**
     * The case and the advice as recorded, explained by the rule-set version that gave it. Should that version no
     * longer give the same advice, the recorded one is shown as it was stored, with a warning.
     */
    @GET
    public String advies(@PathParam("referentie") String referentie, @PathParam("id") long id) {
        DossierDienst.Herhaald herhaald = dossiers.herhaal(aanmelding.getNaam(), referentie, id);
        Dossier.VastgelegdAdvies vastgelegd = herhaald.vastgelegd();
        Advies advies = herhaald.gelijk() ? herhaald.advies() : lees(vastgelegd.advies(), Advies.class);
        Map<String, Object> data = AdviesWeergave.data(herhaald.casus(), advies, null);
        data.put("dossier", referentie);
        data.put("id", id);
        data.put("vastgelegd", Weergave.moment(vastgelegd.tijdstip()));
        data.put("gebruiker", vastgelegd.gebruiker());
        data.put("herhaalbaar", herhaald.gelijk());
        return pages.render("dossier-advies", data);
    }

    @GET
    @Path("/herbeoordeling")
    public String herbeoordeling(@PathParam("referentie") String referentie, @PathParam("id") long id) {
        Herbeoordeling h = dossiers.herbeoordeel(aanmelding.getNaam(), referentie, id);
        Map<String, Object> data = new HashMap<>();
        data.put("dossier", referentie);
        data.put("id", id);
        data.put("h", h);
        data.put("toen", h.uitkomstToen().label());
        data.put("nu", h.uitkomstNu().label());
        data.put("zelfdeVersie", h.vastgelegdMet().equals(h.nu()));
        data.put("wijziging", h.verschil() == null ? null : Weergave.wijziging(h.verschil()));
        return pages.render("herbeoordeling", data);
    }

    /** An unknown dossier or advice: the search form, saying so, instead of the API's JSON answer. */
    @ServerExceptionMapper
    public Response onbekend(Weigering e, UriInfo uri) {
        return DossierPagina.nietGevonden(pages, uri.getPathParameters().getFirst("referentie"), e);
    }

    private <T> T lees(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Een vastgelegd advies is niet meer te lezen als " + type.getSimpleName(), e);
        }
    }
}
