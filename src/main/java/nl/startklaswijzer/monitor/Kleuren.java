package nl.startklaswijzer.monitor;

import nl.startklaswijzer.domein.Arrangement;
import nl.startklaswijzer.domein.Uitkomst;

/**
 * The charts' colours: each at least 4.5:1 against white, so that bars and lines stand out (WCAG 1.4.11 asks 3:1), and
 * told apart by hue as well as by lightness. The same arrangement has the same colour in every chart.
 */
final class Kleuren {

    static final String EEN_REEKS = "#01689b";
    static final String GEVOLGD = "#2e7d32";
    static final String AFGEWEKEN = "#b35900";
    private static final String[] REEKSEN = {"#0072b2", "#b35900", "#2e7d32", "#6a3d9a", "#b3261e", "#00796b", "#ad1457", "#5d4037"};

    private Kleuren() {
    }

    static String van(Uitkomst uitkomst) {
        return switch (uitkomst) {
            case MOEDERSCHOOL -> "#2e7d32";
            case REGULIER_MET_ARRANGEMENT -> "#0072b2";
            case STARTKLAS -> "#6a3d9a";
            case STARTKLAS_BESPREKEN -> "#b35900";
            case SPECIALISTISCH -> "#b3261e";
        };
    }

    static String van(Arrangement arrangement) {
        return van(Uitkomst.valueOf(arrangement.name()));
    }

    /** The colour of the i-th line or series where there is no fixed meaning, such as a group. */
    static String reeks(int i) {
        return REEKSEN[i % REEKSEN.length];
    }

    /** How many series have a colour of their own; more share them. */
    static int aantal() {
        return REEKSEN.length;
    }
}
