package nl.startklaswijzer.beveiliging;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Optional;
import nl.startklaswijzer.opslag.DatabaseException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * On the first start, when no user exists yet, creates the account "beheer" with role BEHEER, so that someone can sign
 * in and create the others. Its password comes from startklaswijzer.beheerder.wachtwoord; without it one is generated
 * and written to the log this once (CONTRACT §4), to be changed after the first sign-in.
 */
@ApplicationScoped
public class EersteBeheerder {

    static final String NAAM = "beheer";
    private static final Logger LOG = Logger.getLogger(EersteBeheerder.class);
    private static final String TEKENS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    void maakAanBijEersteStart(@Observes StartupEvent start, Gebruikers gebruikers, AuditLog audit,
                               @ConfigProperty(name = "startklaswijzer.beheerder.wachtwoord") Optional<String> wachtwoord) {
        try {
            if (gebruikers.bestaatEr()) {
                return;
            }
        } catch (DatabaseException e) {
            // The service still gives plain advice without its database; the account is made at the next start.
            LOG.warnf("De database is bij de start niet bereikbaar; de eerste beheerder wordt bij een volgende start aangemaakt. %s",
                    e.getMessage());
            return;
        }
        String password = wachtwoord.filter(w -> !w.isBlank()).orElseGet(EersteBeheerder::genereer);
        gebruikers.maakAan(NAAM, password, EnumSet.of(Rol.BEHEER), null);
        audit.schrijf(null, Handeling.GEBRUIKER_AANGEMAAKT, NAAM, "eerste beheerder bij de eerste start");
        if (wachtwoord.filter(w -> !w.isBlank()).isPresent()) {
            LOG.infof("Eerste gebruiker '%s' aangemaakt met het wachtwoord uit startklaswijzer.beheerder.wachtwoord.", NAAM);
        } else {
            LOG.warnf("Eerste gebruiker '%s' aangemaakt met het gegenereerde wachtwoord %s . Dit wordt maar één keer getoond: "
                    + "meld u aan en wijzig het op de pagina Beheer.", NAAM, password);
        }
    }

    private static String genereer() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(TEKENS.charAt(random.nextInt(TEKENS.length())));
        }
        return password.toString();
    }
}
