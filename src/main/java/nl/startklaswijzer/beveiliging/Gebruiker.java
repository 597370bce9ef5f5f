package nl.startklaswijzer.beveiliging;

import java.time.Instant;
import java.util.Set;

/** A user as the Beheer page and API show it: never the password hash. {@code organisatie} is its organisation's code. */
public record Gebruiker(String gebruikersnaam, Set<Rol> rollen, boolean actief, Instant vergrendeldTot, Instant aangemaakt,
                        String organisatie) {

    public boolean isVergrendeld(Instant now) {
        return vergrendeldTot != null && vergrendeldTot.isAfter(now);
    }
}
