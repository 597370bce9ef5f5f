package nl.startklaswijzer.dossier;

import java.time.LocalDate;
import java.util.List;
import nl.startklaswijzer.domein.Arrangement;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the knooppunt sends to record a decision or a step in the placement's course. */
public final class Verzoeken {

    private Verzoeken() {
    }

    /**
     * A decision, made on the dossier's version {@code versie}. A start date and group belong to a startklas placement;
     * a motivation is needed where the decision departs from the latest advice or the group is full. Never a name.
     * Where it departs, {@code afwijkingsreden} may say why from a fixed list (optional, added in version 1.2).
     */
    @Schema(name = "BesluitVerzoek")
    public record Besluit(Integer versie, LocalDate datum, Arrangement arrangement, LocalDate startdatum, String groep,
                          List<Deelnemer> aanwezig, String motivatie, Afwijkingsreden afwijkingsreden) {
    }

    /** A step in the placement's course, on the dossier's version {@code versie}. */
    public record Stap(Integer versie, Verloop soort, LocalDate datum) {
    }
}
