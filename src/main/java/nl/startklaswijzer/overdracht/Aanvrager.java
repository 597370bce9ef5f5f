package nl.startklaswijzer.overdracht;

import io.quarkus.security.identity.SecurityIdentity;
import nl.startklaswijzer.beveiliging.Organisatie;
import nl.startklaswijzer.beveiliging.OrganisatieSoort;
import nl.startklaswijzer.beveiliging.Organisaties;
import nl.startklaswijzer.beveiliging.Rol;
import nl.startklaswijzer.domein.Weigering;

/** Who asks: the user's name, organisation (may be null) and whether they are a knooppunt member. */
public record Aanvrager(String naam, Organisatie organisatie, boolean knooppunt) {

    public static Aanvrager van(SecurityIdentity identity, Organisaties organisaties) {
        return new Aanvrager(identity.getPrincipal().getName(), organisaties.van(identity).orElse(null),
                identity.hasRole(Rol.KNOOPPUNT.name()));
    }

    /** Whether the records of this organisation are the user's own. */
    public boolean hoortBij(String code) {
        return organisatie != null && organisatie.code().equals(code);
    }

    /** The voorschool the user records for; a user of no voorschool cannot record a signal or consent. */
    Organisatie voorschool() {
        if (organisatie == null || organisatie.soort() != OrganisatieSoort.VOORSCHOOL) {
            throw Weigering.ongeldig("organisatie", "Uw account hoort niet bij een voorschoolse voorziening, en een signalering "
                    + "wordt vastgelegd voor de voorschool die haar doet. Vraag beheer om uw organisatie in te stellen.");
        }
        return organisatie;
    }
}
