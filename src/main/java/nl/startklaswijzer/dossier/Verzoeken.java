package nl.startklaswijzer.dossier;

import java.time.LocalDate;
import java.util.List;
import nl.startklaswijzer.domein.Arrangement;

/** What the knooppunt sends to record a decision or a step in the placement's course. */
public final class Verzoeken {

    private Verzoeken() {
    }

    /**
     * A decision, made on the dossier's version {@code versie}. A start date and group belong to a startklas placement;
     * a motivation is needed where the decision departs from the latest advice or the group is full. Never a name.
     */
    public record Besluit(Integer versie, LocalDate datum, Arrangement arrangement, LocalDate startdatum, String groep,
                          List<Deelnemer> aanwezig, String motivatie) {
    }

    /** A step in the placement's course, on the dossier's version {@code versie}. */
    public record Stap(Integer versie, Verloop soort, LocalDate datum) {
    }
}
