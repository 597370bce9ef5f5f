package nl.startklaswijzer.dossier;

import nl.startklaswijzer.domein.RegelsetVersie;
import nl.startklaswijzer.domein.Uitkomst;
import nl.startklaswijzer.engine.Impact;

/**
 * A recorded advice run again: under the version that gave it (which must give the same advice again), and under
 * today's version of its rule set, with what would be different now. No difference leaves {@code verschil} empty.
 */
public record Herbeoordeling(long adviesId, RegelsetVersie vastgelegdMet, Uitkomst uitkomstToen, boolean herhaaldGelijk,
                             RegelsetVersie nu, Uitkomst uitkomstNu, Impact.Wijziging verschil) {
}
