package nl.startklaswijzer.dossier;

import java.time.LocalDate;
import java.util.List;
import nl.startklaswijzer.domein.ComplicerendeFactor;

/** A child's place in a startklas group, and its course. */
public record Plaatsing(String groep, LocalDate startdatum, List<ComplicerendeFactor> complicerendeFactoren, String regelset,
                        LocalDate teruggeplaatstOp, LocalDate tlvAangevraagdOp, LocalDate beeindigdOp) {

    /** The day the placement stopped: the return or the end, whichever came first; null while it runs. */
    public LocalDate geeindigdOp() {
        if (teruggeplaatstOp == null) {
            return beeindigdOp;
        }
        return beeindigdOp == null || teruggeplaatstOp.isBefore(beeindigdOp) ? teruggeplaatstOp : beeindigdOp;
    }
}
