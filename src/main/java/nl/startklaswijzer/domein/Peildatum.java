package nl.startklaswijzer.domein;

import java.time.LocalDate;
import java.time.ZoneId;

/** Today as the schools in the Netherlands count it, the default date an advice is for. */
public final class Peildatum {

    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private Peildatum() {
    }

    public static LocalDate vandaag() {
        return LocalDate.now(NEDERLAND);
    }
}
