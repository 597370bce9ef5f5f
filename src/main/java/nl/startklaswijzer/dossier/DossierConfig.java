package nl.startklaswijzer.dossier;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Period;

/** How long a dossier is kept (see Bewaartermijn). */
@ConfigMapping(prefix = "startklaswijzer.dossier")
public interface DossierConfig {

    /** This long after its placement ended, or after its last advice when none followed. */
    @WithDefault("P2Y")
    Period bewaartermijn();

    /**
     * A voorschool's signal that no advice followed: this long after the later of the day it was recorded and the
     * day its knooppunt was due.
     */
    @WithDefault("P1Y")
    Period bewaartermijnSignalering();
}
