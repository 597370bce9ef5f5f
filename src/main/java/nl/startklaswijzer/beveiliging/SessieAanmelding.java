package nl.startklaswijzer.beveiliging;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The user of a signed-in session (the form sign-in's cookie names only the user): looked up again on each page, so
 * that a user switched off or given other roles is treated accordingly at once.
 */
@ApplicationScoped
public class SessieAanmelding implements IdentityProvider<TrustedAuthenticationRequest> {

    private final Gebruikers gebruikers;

    public SessieAanmelding(Gebruikers gebruikers) {
        this.gebruikers = gebruikers;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> gebruikers.vind(request.getPrincipal())
                .filter(Gebruiker::actief)
                .map(user -> Identiteit.van(user.gebruikersnaam(), user.rollen()))
                .orElseThrow(AuthenticationFailedException::new));
    }
}
