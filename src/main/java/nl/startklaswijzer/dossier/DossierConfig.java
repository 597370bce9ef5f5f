package nl.startklaswijzer.dossier;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Period;

/** How long a dossier is kept: this long after its placement ended, or after its last advice when none followed. */
@ConfigMapping(prefix = "startklaswijzer.dossier")
public interface DossierConfig {

    @WithDefault("P2Y")
    Period bewaartermijn();
}
