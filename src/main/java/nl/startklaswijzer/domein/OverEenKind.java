package nl.startklaswijzer.domein;

import java.time.LocalDate;

/** A request about one child on a peildatum: an advice or a pre-screen. */
public interface OverEenKind {

    LocalDate getPeildatum();

    Kind getKind();

    /** The rule set to use; null means the configured default. */
    String getRegelset();
}
