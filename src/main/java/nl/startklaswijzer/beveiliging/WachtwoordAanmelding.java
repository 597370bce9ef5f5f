package nl.startklaswijzer.beveiliging;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Checks a user name and password against the stored users, for the sign-in form and for HTTP Basic. It slows down
 * and then locks an account that keeps failing, and writes every sign-in through the form and every failure to the
 * audit log. Nothing here logs or stores a password.
 */
@ApplicationScoped
public class WachtwoordAanmelding implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger(WachtwoordAanmelding.class);
    private static final String FORM_POST = "/j_security_check";

    private final Gebruikers gebruikers;
    private final BevestigdeWachtwoorden bevestigd;
    private final AuditLog audit;
    private final AanmeldBeleid beleid;
    private final EenTegelijk eenTegelijk = new EenTegelijk();

    public WachtwoordAanmelding(Gebruikers gebruikers, BevestigdeWachtwoorden bevestigd, AuditLog audit, AanmeldConfig config) {
        this.gebruikers = gebruikers;
        this.bevestigd = bevestigd;
        this.audit = audit;
        this.beleid = new AanmeldBeleid(config);
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        String naam = request.getUsername();
        String wachtwoord = new String(request.getPassword().getPassword());
        boolean viaFormulier = viaFormulier(request);
        return context.runBlocking(() -> aanmelden(naam, wachtwoord, viaFormulier));
    }

    private SecurityIdentity aanmelden(String naam, String wachtwoord, boolean viaFormulier) {
        if (viaFormulier) {
            return controleer(naam, wachtwoord, true);
        }
        return onthouden(naam, wachtwoord).orElseGet(() -> eenTegelijk.voor(naam,
                () -> onthouden(naam, wachtwoord).orElseGet(() -> controleer(naam, wachtwoord, false))));
    }

    /** The identity of an API client whose password checked out a short while ago. */
    private Optional<SecurityIdentity> onthouden(String naam, String wachtwoord) {
        return bevestigd.rollen(naam, wachtwoord, Instant.now()).map(rollen -> Identiteit.van(naam, rollen));
    }

    private SecurityIdentity controleer(String naam, String wachtwoord, boolean viaFormulier) {
        Instant now = Instant.now();
        Optional<Gebruikers.Opgeslagen> found = gebruikers.opgeslagen(naam);
        if (found.isEmpty()) {
            BcryptUtil.matches(wachtwoord, Onbekend.HASH);
            // The name is not recorded: a user who typed the password into the name field would leave it in the log.
            audit.schrijf(null, Handeling.AANMELDEN_MISLUKT, null, "onbekende gebruikersnaam");
            throw new AuthenticationFailedException();
        }
        Gebruikers.Opgeslagen user = found.get();
        if (!user.gebruiker().actief()) {
            audit.schrijf(naam, Handeling.AANMELDEN_GEWEIGERD, naam, "account is uitgeschakeld");
            throw new AuthenticationFailedException();
        }
        Optional<String> refusal = beleid.weigering(user, now);
        if (refusal.isPresent()) {
            audit.schrijf(naam, Handeling.AANMELDEN_GEWEIGERD, naam, refusal.get());
            throw new AuthenticationFailedException();
        }
        if (!BcryptUtil.matches(wachtwoord, user.hash())) {
            mislukt(user, now);
            throw new AuthenticationFailedException();
        }
        if (user.mislukt() > 0) {
            gebruikers.vergeetMislukkingen(naam);
        }
        if (viaFormulier) {
            audit.schrijf(naam, Handeling.AANGEMELD, naam, "via het aanmeldformulier");
        }
        bevestigd.onthoud(naam, wachtwoord, user.gebruiker().rollen(), now);
        return Identiteit.van(naam, user.gebruiker().rollen());
    }

    private void mislukt(Gebruikers.Opgeslagen user, Instant now) {
        String naam = user.gebruiker().gebruikersnaam();
        AanmeldBeleid.Stand stand = beleid.naMislukking(user, now);
        // A lock must hold against the right password too, including one remembered from before.
        bevestigd.vergeet(naam);
        gebruikers.registreerMislukking(naam, stand.mislukt(), stand.eerste(), stand.laatste(), stand.vergrendeldTot());
        audit.schrijf(naam, Handeling.AANMELDEN_MISLUKT, naam, "onjuist wachtwoord");
        if (stand.vergrendelt()) {
            audit.schrijf(naam, Handeling.ACCOUNT_VERGRENDELD, naam, "vergrendeld tot " + stand.vergrendeldTot());
            LOG.warnf("Account %s is vergrendeld tot %s na herhaald mislukt aanmelden.", naam, stand.vergrendeldTot());
        }
    }

    /**
     * Checked against when the user does not exist, so that an unknown name takes as long as a wrong password. Made
     * when first needed: the first sign-in after a start need not pay for a second bcrypt hash.
     */
    private static final class Onbekend {
        static final String HASH = BcryptUtil.bcryptHash("geen-echte-gebruiker");
    }

    private static boolean viaFormulier(UsernamePasswordAuthenticationRequest request) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        return routing != null && FORM_POST.equals(routing.normalizedPath());
    }
}
