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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.startklaswijzer.api.ErrorMappers;
import nl.startklaswijzer.beveiliging.Gebruiker;
import nl.startklaswijzer.beveiliging.GebruikersBeheer;
import nl.startklaswijzer.beveiliging.Organisatie;
import nl.startklaswijzer.beveiliging.OrganisatieSoort;
import nl.startklaswijzer.beveiliging.Rol;
import nl.startklaswijzer.domein.Weigering;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Beheer: create users, change their roles or organisation, switch them off or on, set a new password; create the
 * organisations users belong to; and read the audit log.
 */
@RolesAllowed("BEHEER")
@Path("/beheer")
@Produces(MediaType.TEXT_HTML)
public class BeheerPagina {

    private static final int AUDIT_REGELS = 200;

    private final Pages pages;
    private final GebruikersBeheer beheer;
    private final SecurityIdentity identity;

    public BeheerPagina(Pages pages, GebruikersBeheer beheer, SecurityIdentity identity) {
        this.pages = pages;
        this.beheer = beheer;
        this.identity = identity;
    }

    /** A user's row on the page: the user, and per role whether it is held. */
    public record Rij(Gebruiker gebruiker, List<RolKeuze> rollen) {
    }

    public record RolKeuze(String naam, String label, boolean gekozen) {
    }

    /** An organisation to choose for a user, chosen where the user belongs to it. */
    public record OrganisatieKeuze(String code, String label, boolean gekozen) {
    }

    @GET
    public String overzicht(@QueryParam("gedaan") String gedaan) {
        return pagina(gedaan, null);
    }

    @POST
    @Path("/gebruikers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response maakAan(@RestForm String gebruikersnaam, @RestForm String wachtwoord, @RestForm List<Rol> rollen,
                            @RestForm String organisatie) {
        return wijzig(() -> beheer.maakAan(door(), gebruikersnaam, wachtwoord, set(rollen), organisatie),
                "Gebruiker " + gebruikersnaam + " is aangemaakt.");
    }

    @POST
    @Path("/gebruikers/{naam}/organisatie")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response zetOrganisatie(@PathParam("naam") String naam, @RestForm String organisatie) {
        return wijzig(() -> beheer.zetOrganisatie(door(), naam, organisatie), "De organisatie van " + naam + " is gewijzigd.");
    }

    @POST
    @Path("/organisaties")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response maakOrganisatie(@RestForm String code, @RestForm String naam, @RestForm OrganisatieSoort soort) {
        try {
            beheer.maakOrganisatie(door(), code, naam, soort);
            return Verwerking.gedaan(URI.create("/beheer"), "Organisatie " + code + " is aangemaakt.");
        } catch (Weigering e) {
            return Verwerking.pagina(ErrorMappers.status(e), pagina(null, e));
        }
    }

    @POST
    @Path("/gebruikers/{naam}/rollen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response zetRollen(@PathParam("naam") String naam, @RestForm List<Rol> rollen) {
        return wijzig(() -> beheer.zetRollen(door(), naam, set(rollen)), "De rollen van " + naam + " zijn gewijzigd.");
    }

    @POST
    @Path("/gebruikers/{naam}/actief")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response zetActief(@PathParam("naam") String naam, @RestForm boolean actief) {
        return wijzig(() -> beheer.zetActief(door(), naam, actief),
                naam + (actief ? " is weer ingeschakeld." : " is uitgeschakeld."));
    }

    @POST
    @Path("/gebruikers/{naam}/wachtwoord")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response zetWachtwoord(@PathParam("naam") String naam, @RestForm String wachtwoord) {
        return wijzig(() -> beheer.zetWachtwoord(door(), naam, wachtwoord), "Het wachtwoord van " + naam + " is gewijzigd.");
    }

    /** After a change, back to the overview (so a reload does not repeat it); a refused change shows why. */
    private Response wijzig(Supplier<Gebruiker> change, String gedaan) {
        try {
            change.get();
            return Verwerking.gedaan(URI.create("/beheer"), gedaan);
        } catch (Weigering e) {
            return Verwerking.pagina(ErrorMappers.status(e), pagina(null, e));
        }
    }

    private String pagina(String gedaan, Weigering fout) {
        Map<String, Object> data = new HashMap<>();
        data.put("gedaan", gedaan == null ? "" : gedaan);
        data.put("fout", fout == null ? "" : fout.getMessage());
        data.put("foutVeld", fout == null ? "" : fout.veld());
        List<Organisatie> organisaties = beheer.organisaties();
        data.put("rijen", beheer.alle().stream().map(BeheerPagina::rij).toList());
        data.put("alleRollen", rij(null).rollen());
        data.put("organisaties", organisaties);
        data.put("organisatieKeuzes", beheer.alle().stream().collect(Collectors.toMap(Gebruiker::gebruikersnaam,
                g -> keuzes(organisaties, g.organisatie()))));
        data.put("nieuweOrganisatieKeuzes", keuzes(organisaties, null));
        data.put("soorten", Arrays.stream(OrganisatieSoort.values()).map(s -> new RolKeuze(s.name(), Formulier.hoofdletter(s.label()),
                s == OrganisatieSoort.VOORSCHOOL)).toList());
        data.put("minimaleLengte", GebruikersBeheer.MINIMALE_LENGTE);
        data.put("audit", beheer.audit(AUDIT_REGELS).stream().map(r -> Map.of(
                "tijdstip", Weergave.tijdstip(r.tijdstip()),
                "door", r.door() == null ? "—" : r.door(),
                "handeling", r.handeling().name(),
                "betreft", r.betreft() == null ? "" : r.betreft(),
                "toelichting", r.toelichting() == null ? "" : r.toelichting())).toList());
        return pages.render("beheer", data);
    }

    private static Rij rij(Gebruiker gebruiker) {
        return new Rij(gebruiker, EnumSet.allOf(Rol.class).stream()
                .map(rol -> new RolKeuze(rol.name(), rol.label(), gebruiker != null && gebruiker.rollen().contains(rol)))
                .toList());
    }

    private static List<OrganisatieKeuze> keuzes(List<Organisatie> organisaties, String gekozen) {
        return organisaties.stream()
                .map(o -> new OrganisatieKeuze(o.code(), o.naam() + " (" + o.soort().label() + ")", o.code().equals(gekozen)))
                .toList();
    }

    private static Set<Rol> set(List<Rol> rollen) {
        return rollen == null || rollen.isEmpty() ? Set.of() : EnumSet.copyOf(rollen);
    }

    private String door() {
        return identity.getPrincipal().getName();
    }
}
