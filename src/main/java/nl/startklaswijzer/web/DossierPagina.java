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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.startklaswijzer.api.Fout;
import nl.startklaswijzer.beveiliging.Organisaties;
import nl.startklaswijzer.domein.Arrangement;
import nl.startklaswijzer.domein.Peildatum;
import nl.startklaswijzer.domein.Weigering;
import nl.startklaswijzer.dossier.Afwijkingsreden;
import nl.startklaswijzer.dossier.Deelnemer;
import nl.startklaswijzer.dossier.Dossier;
import nl.startklaswijzer.dossier.DossierDienst;
import nl.startklaswijzer.dossier.Groepen;
import nl.startklaswijzer.dossier.Verloop;
import nl.startklaswijzer.overdracht.Aanvrager;
import nl.startklaswijzer.overdracht.OverdrachtDienst;

/**
 * The knooppunt's dossiers: find one by its reference, read its timeline, placement and agenda, record a decision or
 * a step in the placement's course, and erase it on request after a second look.
 */
@RolesAllowed("KNOOPPUNT")
@Path("/dossiers")
@Produces(MediaType.TEXT_HTML)
public class DossierPagina {

    /** The fields of each form; a refusal about anything else (such as the version) is shown for the whole form. */
    private static final Set<String> BESLUIT_VELDEN = Set.of("datum", "arrangement", "startdatum", "groep", "aanwezig", "motivatie",
            "afwijkingsreden");
    private static final Set<String> VERLOOP_VELDEN = Set.of("soort", "datum");

    private final Pages pages;
    private final DossierDienst dossiers;
    private final Groepen groepen;
    private final FormulierBinding binding;
    private final Aanmelding aanmelding;
    private final OverdrachtDienst overdracht;
    private final SecurityIdentity identity;
    private final Organisaties organisaties;

    public DossierPagina(Pages pages, DossierDienst dossiers, Groepen groepen, FormulierBinding binding, Aanmelding aanmelding,
                         OverdrachtDienst overdracht, SecurityIdentity identity, Organisaties organisaties) {
        this.pages = pages;
        this.dossiers = dossiers;
        this.groepen = groepen;
        this.binding = binding;
        this.aanmelding = aanmelding;
        this.overdracht = overdracht;
        this.identity = identity;
        this.organisaties = organisaties;
    }

    /** The search form; once submitted, on to the dossier of that reference. */
    @GET
    public Response zoek(@Context UriInfo uri, @QueryParam("gedaan") String gedaan) {
        // An empty field arrives as no value at all; that it was submitted shows in the query.
        if (!uri.getQueryParameters().containsKey("referentie")) {
            return Verwerking.pagina(Response.Status.OK, zoekPagina(Formulier.leeg(Map.of()), gedaan));
        }
        String gezocht = Objects.requireNonNullElse(uri.getQueryParameters().getFirst("referentie"), "").strip();
        try {
            if (gezocht.isEmpty()) {
                throw Weigering.ongeldig("referentie", "Vul de referentie van het dossier in, zoals K-0042.");
            }
            DossierDienst.controleerReferentie(gezocht);
        } catch (Weigering e) {
            return Verwerking.pagina(Response.Status.BAD_REQUEST, zoekPagina(zoekFormulier(gezocht, e), null));
        }
        return Response.seeOther(pad(gezocht)).build();
    }

    @GET
    @Path("/{referentie}")
    public Response dossier(@PathParam("referentie") String referentie, @QueryParam("gedaan") String gedaan) {
        return toon(referentie, gedaan, null, null, Response.Status.OK);
    }

    @POST
    @Path("/{referentie}/besluiten")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response besluit(@PathParam("referentie") String referentie, MultivaluedMap<String, String> invoer) {
        return Verwerking.verwerk(binding.besluit(invoer),
                besluit -> {
                    Dossier.Besluit vastgelegd = dossiers.besluit(aanmelding.getNaam(), referentie, besluit);
                    return Verwerking.gedaan(pad(referentie), "Het besluit voor " + vastgelegd.arrangement().label() + " is vastgelegd.");
                },
                (fouten, status) -> toon(referentie, null, formulier(invoer, FormulierBinding.BESLUIT, BESLUIT_VELDEN, fouten), null, status));
    }

    @POST
    @Path("/{referentie}/verloop")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response verloop(@PathParam("referentie") String referentie, MultivaluedMap<String, String> invoer) {
        return Verwerking.verwerk(binding.stap(invoer),
                stap -> {
                    dossiers.verloop(aanmelding.getNaam(), referentie, stap);
                    return Verwerking.gedaan(pad(referentie), "Vastgelegd: " + stap.soort().label() + ". De agenda is bijgewerkt.");
                },
                (fouten, status) -> toon(referentie, null, null, formulier(invoer, FormulierBinding.VERLOOP, VERLOOP_VELDEN, fouten), status));
    }

    /** Erasing cannot be undone, so it asks first, on a page of its own: the pages run no script. */
    @GET
    @Path("/{referentie}/verwijderen")
    public Response bevestig(@PathParam("referentie") String referentie) {
        try {
            Dossier dossier = dossiers.lees(aanmelding.getNaam(), referentie);
            return Verwerking.pagina(Response.Status.OK, pages.render("dossier-verwijderen", Map.of(
                    "referentie", referentie,
                    "adviezen", dossier.adviezen().size(),
                    "besluiten", dossier.besluiten().size(),
                    "agenda", dossier.agenda().size())));
        } catch (Weigering e) {
            return nietGevonden(referentie, e);
        }
    }

    @POST
    @Path("/{referentie}/verwijderen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response verwijder(@PathParam("referentie") String referentie) {
        try {
            dossiers.verwijder(aanmelding.getNaam(), referentie);
            return Verwerking.gedaan(URI.create("/dossiers"), "Dossier " + referentie + " is gewist.");
        } catch (Weigering e) {
            return nietGevonden(referentie, e);
        }
    }

    /**
     * The dossier page, with a form shown again as typed when it was refused. After someone else changed the dossier
     * (409), the page shows the dossier as it is now and the form carries its new version, so that the user can look
     * and then record again.
     */
    private Response toon(String referentie, String gedaan, Formulier besluit, Formulier verloop, Response.Status status) {
        Dossier dossier;
        try {
            dossier = dossiers.lees(aanmelding.getNaam(), referentie);
        } catch (Weigering e) {
            return nietGevonden(referentie, e);
        }
        String versie = String.valueOf(dossier.versie());
        boolean gewijzigd = status == Response.Status.CONFLICT;
        Formulier besluitForm = besluit == null
                ? Formulier.leeg(Map.of(FormulierBinding.VERSIE, versie, FormulierBinding.BESLUIT + "datum", Peildatum.vandaag().toString()))
                : gewijzigd ? besluit.met(FormulierBinding.VERSIE, versie) : besluit;
        Formulier verloopForm = verloop == null ? Formulier.leeg(Map.of(FormulierBinding.VERSIE, versie))
                : gewijzigd ? verloop.met(FormulierBinding.VERSIE, versie) : verloop;
        Arrangement geadviseerd = dossier.adviezen().isEmpty() ? null
                : DossierDienst.arrangementVan(dossier.adviezen().get(0).uitkomst());
        LocalDate vandaag = Peildatum.vandaag();

        Map<String, Object> data = new HashMap<>();
        data.put("referentie", referentie);
        data.put("gedaan", gedaan == null ? "" : gedaan);
        data.put("gewijzigd", gewijzigd);
        data.put("aangemaakt", Weergave.moment(dossier.aangemaakt()));
        data.put("bewaren", dossier.bewarenTot() == null ? "zolang de plaatsing loopt, en daarna de bewaartermijn"
                : "tot en met " + Weergave.datum(dossier.bewarenTot()));
        data.put("tijdlijn", DossierWeergave.tijdlijn(dossier, overdracht.inDossier(Aanvrager.van(identity, organisaties), referentie)));
        data.put("plaatsing", dossier.plaatsing() == null ? null : DossierWeergave.plaatsing(dossier.plaatsing()));
        data.put("agenda", dossier.agenda().stream().map(i -> AgendaRegel.van(i, vandaag)).toList());
        data.put("laatsteAdvies", geadviseerd == null ? null : dossier.adviezen().get(0).uitkomst().label());
        data.put("besluit", besluitForm);
        data.put("besluitVelden", besluitForm.getVelden());
        data.put("arrangementen", besluitForm.keuzes(FormulierBinding.BESLUIT + "arrangement", Arrangement.values(), Enum::name,
                a -> a.label() + (a == geadviseerd ? " (zoals geadviseerd)" : ""), a -> null));
        data.put("groepen", Keuzes.groepen(groepen.alle(), besluitForm, FormulierBinding.BESLUIT + "groep"));
        data.put("aanwezig", besluitForm.keuzes(FormulierBinding.BESLUIT + "aanwezig", Deelnemer.values(), Enum::name,
                Deelnemer::label, d -> null));
        data.put("afwijkingsredenen", besluitForm.keuzes(FormulierBinding.BESLUIT + "afwijkingsreden", Afwijkingsreden.values(),
                Enum::name, Afwijkingsreden::label, r -> null));
        data.put("verloop", verloopForm);
        data.put("verloopVelden", verloopForm.getVelden());
        data.put("soorten", verloopForm.keuzes(FormulierBinding.VERLOOP + "soort", Verloop.values(), Enum::name, Verloop::label,
                v -> null));
        return Verwerking.pagina(status, pages.render("dossier", data));
    }

    private Response nietGevonden(String referentie, Weigering e) {
        return nietGevonden(pages, referentie, e);
    }

    /** An unknown dossier, or something unknown in it: the search form again, saying so. */
    static Response nietGevonden(Pages pages, String referentie, Weigering e) {
        if (e.soort() != Weigering.Soort.ONBEKEND) {
            throw e;
        }
        return Verwerking.pagina(Response.Status.NOT_FOUND, zoekPagina(pages, zoekFormulier(referentie, e), null));
    }

    private String zoekPagina(Formulier form, String gedaan) {
        return zoekPagina(pages, form, gedaan);
    }

    private static String zoekPagina(Pages pages, Formulier form, String gedaan) {
        return pages.render("dossiers", Map.of("form", form, "velden", form.getVelden(), "gedaan", gedaan == null ? "" : gedaan));
    }

    private static Formulier zoekFormulier(String referentie, Weigering e) {
        MultivaluedMap<String, String> waarden = new MultivaluedHashMap<>();
        waarden.add("referentie", referentie);
        return new Formulier(waarden, List.of(new Fout("referentie", e.getMessage())));
    }

    /**
     * The form as typed, each error at its own field (the API's datum is the form's besluit.datum); an error about
     * anything else, such as the version, is shown for the form as a whole (besluit, the id of its section).
     */
    private static Formulier formulier(MultivaluedMap<String, String> invoer, String prefix, Set<String> velden, List<Fout> fouten) {
        String formulier = prefix.substring(0, prefix.length() - 1);
        return new Formulier(invoer, fouten.stream()
                .map(f -> {
                    String veld = f.veld().replaceAll("\\[.*$", "");
                    return new Fout(velden.contains(veld) ? prefix + veld : formulier, f.melding());
                })
                .toList());
    }

    private static URI pad(String referentie) {
        return UriBuilder.fromPath("/dossiers/{referentie}").build(referentie);
    }
}
