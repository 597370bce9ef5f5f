package nl.startklaswijzer.beveiliging;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.util.Set;

/** A signed-in stored user as Quarkus Security sees it: the name and the roles. */
final class Identiteit {

    private Identiteit() {
    }

    static SecurityIdentity van(String naam, Set<Rol> rollen) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(naam));
        rollen.forEach(rol -> builder.addRole(rol.name()));
        return builder.build();
    }
}
