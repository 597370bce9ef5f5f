package nl.startklaswijzer.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import nl.startklaswijzer.domein.Casus;
import nl.startklaswijzer.domein.Leerling;
import nl.startklaswijzer.domein.Startklas;
import nl.startklaswijzer.domein.Weigering;

/**
 * Fills in a case that names a recorded group instead of listing its pupils: the group's capacity, and a pupil for
 * each child placed there on the peildatum (the child itself left out), so that the rules see the real group.
 */
@ApplicationScoped
public class GroepInvuller {

    private final Groepen groepen;

    public GroepInvuller(Groepen groepen) {
        this.groepen = groepen;
    }

    /** Whether the case names a recorded group, whose pupils must then be read from the dossiers. */
    public static boolean noemtGroep(Casus casus) {
        return casus.getStartklas() != null && casus.getStartklas().getGroep() != null;
    }

    public Casus vulIn(Casus casus) {
        if (!noemtGroep(casus)) {
            return casus;
        }
        Startklas startklas = casus.getStartklas();
        if (!startklas.getLeerlingen().isEmpty() || startklas.getCapaciteit() != null) {
            throw Weigering.ongeldig("startklas.groep", "Noem de groep, of geef de capaciteit en de leerlingen zelf; niet allebei.");
        }
        Groep groep = groepen.vind(startklas.getGroep()).orElseThrow(() -> Weigering.ongeldig("startklas.groep",
                "Er is geen groep '" + startklas.getGroep() + "'. Bekende groepen: "
                        + String.join(", ", groepen.alle().stream().map(Groep::naam).toList()) + "."));
        String zelf = casus.getKind().getReferentie();
        startklas.setCapaciteit(groep.capaciteit());
        startklas.setLeerlingen(groepen.geplaatst(groep.naam(), casus.getPeildatum()).stream()
                .filter(g -> !g.referentie().equals(zelf))
                .map(g -> {
                    Leerling leerling = new Leerling();
                    leerling.setComplicerendeFactoren(g.complicerendeFactoren());
                    return leerling;
                })
                .toList());
        return casus;
    }
}
