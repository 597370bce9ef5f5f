package nl.startklaswijzer.domein;

import java.time.LocalDate;
import java.time.Period;

/**
 * An age in whole years and months, such as a child's age on the peildatum or the 3 years 6 months of a knooppunt;
 * written as "3 jaar en 6 maanden", or "4 jaar" on the birthday itself.
 */
public final class Leeftijd {

    private final int jaren;
    private final int maanden;

    private Leeftijd(int jaren, int maanden) {
        this.jaren = jaren;
        this.maanden = maanden;
    }

    public static Leeftijd tussen(LocalDate geboortedatum, LocalDate peildatum) {
        Period periode = Period.between(geboortedatum, peildatum);
        return new Leeftijd(periode.getYears(), periode.getMonths());
    }

    public static Leeftijd inMaanden(int maanden) {
        return new Leeftijd(maanden / 12, maanden % 12);
    }

    public int getJaren() {
        return jaren;
    }

    public int getMaanden() {
        return maanden;
    }

    /** The whole age in months, such as 42 for 3 years and 6 months. */
    public int getInMaanden() {
        return jaren * 12 + maanden;
    }

    @Override
    public String toString() {
        return maanden == 0 ? jaren + " jaar" : jaren + " jaar en " + maanden + (maanden == 1 ? " maand" : " maanden");
    }
}
