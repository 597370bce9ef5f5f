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
 * What beheer may do with users, for the API and the Beheer page alike: create, change roles, switch off or on, and
 * set a new password. Every change goes to the audit log, and forgets the user's remembered password check.
 */
@ApplicationScoped
public class GebruikersBeheer {

    public static final int MINIMALE_LENGTE = 12;
    /** bcrypt reads no further than 72 bytes; a longer password would be cut without anyone knowing. */
    public static final int MAXIMALE_BYTES = 72;
    private static final Pattern NAAM = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final Gebruikers gebruikers;
    private final AuditLog audit;
    private final BevestigdeWachtwoorden bevestigd;

    public GebruikersBeheer(Gebruikers gebruikers, AuditLog audit, BevestigdeWachtwoorden bevestigd) {
        this.gebruikers = gebruikers;
        this.audit = audit;
        this.bevestigd = bevestigd;
    }

    public List<Gebruiker> alle() {
        return gebruikers.alle();
    }

    public Gebruiker lees(String naam) {
        return gebruikers.vind(naam).orElseThrow(() -> Weigering.onbekend("gebruikersnaam", "Er is geen gebruiker '" + naam + "'."));
    }

    public Gebruiker maakAan(String door, String naam, String wachtwoord, Set<Rol> rollen) {
        if (naam == null || !NAAM.matcher(naam).matches()) {
            throw Weigering.ongeldig("gebruikersnaam", "Een gebruikersnaam is 2 tot 64 tekens: kleine letters, cijfers, "
                    + "punt, streepje of liggend streepje, en begint met een letter of cijfer. Gebruik geen echte naam van een kind.");
        }
        if (gebruikers.vind(naam).isPresent()) {
            throw Weigering.ongeldig("gebruikersnaam", "De gebruikersnaam '" + naam + "' bestaat al.");
        }
        controleerWachtwoord(wachtwoord);
        gebruikers.maakAan(naam, wachtwoord, rollenOf(rollen));
        audit.schrijf(door, Handeling.GEBRUIKER_AANGEMAAKT, naam, "rollen: " + namen(rollen));
        return lees(naam);
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
