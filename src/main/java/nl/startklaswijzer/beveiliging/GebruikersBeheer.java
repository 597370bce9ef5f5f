package nl.startklaswijzer.beveiliging;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.startklaswijzer.domein.Weigering;

/**
 * What beheer may do with users, for the API and the Beheer page alike: create, change roles or organisation, switch
 * off or on, and set a new password; and the organisations users belong to. Every change goes to the audit log, and
 * forgets the user's remembered password check.
 */
@ApplicationScoped
public class GebruikersBeheer {

    public static final int MINIMALE_LENGTE = 12;
    /** bcrypt reads no further than 72 bytes; a longer password would be cut without anyone knowing. */
    public static final int MAXIMALE_BYTES = 72;
    private static final Pattern NAAM = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final int ORGANISATIENAAM_MAXIMUM = 100;

    private final Gebruikers gebruikers;
    private final Organisaties organisaties;
    private final AuditLog audit;
    private final BevestigdeWachtwoorden bevestigd;

    public GebruikersBeheer(Gebruikers gebruikers, Organisaties organisaties, AuditLog audit, BevestigdeWachtwoorden bevestigd) {
        this.gebruikers = gebruikers;
        this.organisaties = organisaties;
        this.audit = audit;
        this.bevestigd = bevestigd;
    }

    public List<Gebruiker> alle() {
        return gebruikers.alle();
    }

    public Gebruiker lees(String naam) {
        return gebruikers.vind(naam).orElseThrow(() -> Weigering.onbekend("gebruikersnaam", "Er is geen gebruiker '" + naam + "'."));
    }

    /** A new user; {@code organisatie}, the code of an organisation, may be null. */
    public Gebruiker maakAan(String door, String naam, String wachtwoord, Set<Rol> rollen, String organisatie) {
        if (naam == null || !NAAM.matcher(naam).matches()) {
            throw Weigering.ongeldig("gebruikersnaam", "Een gebruikersnaam is 2 tot 64 tekens: kleine letters, cijfers, "
                    + "punt, streepje of liggend streepje, en begint met een letter of cijfer. Gebruik geen echte naam van een kind.");
        }
        if (gebruikers.vind(naam).isPresent()) {
            throw Weigering.ongeldig("gebruikersnaam", "De gebruikersnaam '" + naam + "' bestaat al.");
        }
        controleerWachtwoord(wachtwoord);
        Set<Rol> gekozen = rollenOf(rollen);
        String code = bestaande(organisatie);
        gebruikers.maakAan(naam, wachtwoord, gekozen, code);
        audit.schrijf(door, Handeling.GEBRUIKER_AANGEMAAKT, naam, "rollen: " + namen(rollen)
                + (code == null ? "" : "; organisatie: " + code));
        return lees(naam);
    }

    /** Sets the user's organisation, or none with null. */
    public Gebruiker zetOrganisatie(String door, String naam, String organisatie) {
        Gebruiker user = lees(naam);
        String code = bestaande(organisatie);
        gebruikers.zetOrganisatie(naam, code);
        audit.schrijf(door, Handeling.ORGANISATIE_GEWIJZIGD, naam, (user.organisatie() == null ? "geen" : user.organisatie())
                + " → " + (code == null ? "geen" : code));
        return lees(naam);
    }

    public List<Organisatie> organisaties() {
        return organisaties.alle();
    }

    public Organisatie organisatie(String code) {
        return organisaties.vind(code).orElseThrow(() -> Weigering.onbekend("code", "Er is geen organisatie '" + code + "'."));
    }

    /** A new organisation: a code like a user name, a name people know it by (never a child's), and its kind. */
    public Organisatie maakOrganisatie(String door, String code, String naam, OrganisatieSoort soort) {
        if (code == null || !NAAM.matcher(code).matches()) {
            throw Weigering.ongeldig("code", "Een code is 2 tot 64 tekens: kleine letters, cijfers, punt, streepje of liggend "
                    + "streepje, en begint met een letter of cijfer, zoals psz-de-klimop.");
        }
        if (organisaties.vind(code).isPresent()) {
            throw Weigering.ongeldig("code", "De organisatie '" + code + "' bestaat al.");
        }
        if (naam == null || naam.isBlank() || naam.strip().length() > ORGANISATIENAAM_MAXIMUM) {
            throw Weigering.ongeldig("naam", "Geef de naam van de organisatie, ten hoogste " + ORGANISATIENAAM_MAXIMUM + " tekens.");
        }
        if (soort == null) {
            throw Weigering.ongeldig("soort", "Kies de soort: VOORSCHOOL, SCHOOL of SAMENWERKINGSVERBAND.");
        }
        Organisatie organisatie = new Organisatie(code, naam.strip(), soort);
        organisaties.maakAan(organisatie);
        audit.schrijf(door, Handeling.ORGANISATIE_AANGEMAAKT, code, soort.name());
        return organisatie;
    }

    public Gebruiker zetRollen(String door, String naam, Set<Rol> rollen) {
        Gebruiker user = lees(naam);
        Set<Rol> nieuw = rollenOf(rollen);
        if (user.rollen().contains(Rol.BEHEER) && !nieuw.contains(Rol.BEHEER)) {
            blijftErEenBeheerder(naam, "rollen");
        }
        gebruikers.zetRollen(naam, nieuw);
        bevestigd.vergeet(naam);
        audit.schrijf(door, Handeling.ROLLEN_GEWIJZIGD, naam, namen(user.rollen()) + " → " + namen(nieuw));
        return lees(naam);
    }

    public Gebruiker zetActief(String door, String naam, boolean actief) {
        Gebruiker user = lees(naam);
        if (!actief && user.rollen().contains(Rol.BEHEER)) {
            blijftErEenBeheerder(naam, "actief");
        }
        gebruikers.zetActief(naam, actief);
        bevestigd.vergeet(naam);
        audit.schrijf(door, actief ? Handeling.GEBRUIKER_INGESCHAKELD : Handeling.GEBRUIKER_UITGESCHAKELD, naam, null);
        return lees(naam);
    }

    public Gebruiker zetWachtwoord(String door, String naam, String wachtwoord) {
        lees(naam);
        controleerWachtwoord(wachtwoord);
        gebruikers.zetWachtwoord(naam, wachtwoord);
        bevestigd.vergeet(naam);
        audit.schrijf(door, Handeling.WACHTWOORD_GEWIJZIGD, naam, null);
        return lees(naam);
    }

    public List<AuditLog.Regel> audit(int maximum) {
        return audit.recent(maximum);
    }

    /** The code of an existing organisation, or null for none (an empty choice on a form is none too). */
    private String bestaande(String organisatie) {
        if (organisatie == null || organisatie.isBlank()) {
            return null;
        }
        return organisaties.vind(organisatie).orElseThrow(() -> Weigering.ongeldig("organisatie",
                "Er is geen organisatie '" + organisatie + "'; maak die eerst aan.")).code();
    }

    private static void controleerWachtwoord(String wachtwoord) {
        if (wachtwoord == null || wachtwoord.codePointCount(0, wachtwoord.length()) < MINIMALE_LENGTE) {
            throw Weigering.ongeldig("wachtwoord", "Een wachtwoord is ten minste " + MINIMALE_LENGTE + " tekens lang.");
        }
        if (wachtwoord.getBytes(StandardCharsets.UTF_8).length > MAXIMALE_BYTES) {
            throw Weigering.ongeldig("wachtwoord", "Een wachtwoord is ten hoogste " + MAXIMALE_BYTES + " bytes lang.");
        }
    }

    private static Set<Rol> rollenOf(Set<Rol> rollen) {
        if (rollen == null || rollen.isEmpty()) {
            throw Weigering.ongeldig("rollen", "Geef ten minste één rol: " + namen(EnumSet.allOf(Rol.class)) + ".");
        }
        return EnumSet.copyOf(rollen);
    }

    /** Nobody could create users again if the last active beheerder lost the role or was switched off. */
    private void blijftErEenBeheerder(String naam, String veld) {
        boolean another = gebruikers.alle().stream()
                .anyMatch(g -> !g.gebruikersnaam().equals(naam) && g.actief() && g.rollen().contains(Rol.BEHEER));
        if (!another) {
            throw Weigering.ongeldig(veld, "Dit is de laatste actieve gebruiker met de rol BEHEER; "
                    + "geef eerst iemand anders die rol.");
        }
    }

    private static String namen(Set<Rol> rollen) {
        return rollen == null ? "" : rollen.stream().map(Rol::name).sorted().collect(Collectors.joining(", "));
    }
}
