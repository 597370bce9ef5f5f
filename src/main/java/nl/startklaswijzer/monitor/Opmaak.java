package nl.startklaswijzer.monitor;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers, months and quarters in Dutch, for the page and for a Dutch spreadsheet. */
final class Opmaak {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter MAAND = DateTimeFormatter.ofPattern("MMMM yyyy", NL);
    private static final DateTimeFormatter MAAND_KORT = DateTimeFormatter.ofPattern("MMM", NL);
    private static final DateTimeFormatter DAG = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);
    private static final DateTimeFormatter DAG_KORT = DateTimeFormatter.ofPattern("d MMM", NL);

    private Opmaak() {
    }

    /** 1.234: a full stop between thousands, as Dutch readers write it. */
    static String aantal(long waarde) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(NL)).format(waarde);
    }

    /** 78,5%. */
    static String percentage(double waarde) {
        return decimaal(waarde) + "%";
    }

    /** 78,5: one decimal, after a comma, which a Dutch spreadsheet reads as a number. */
    static String decimaal(double waarde) {
        return new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(NL)).format(waarde);
    }

    /** januari 2026. */
    static String maand(YearMonth maand) {
        return MAAND.format(maand);
    }

    /** jan, for a chart's axis. */
    static String maandKort(YearMonth maand) {
        return MAAND_KORT.format(maand).replace(".", "");
    }

    /** 1 januari 2026. */
    static String dag(LocalDate dag) {
        return DAG.format(dag);
    }

    /** 1 jan, for a chart's axis. */
    static String dagKort(LocalDate dag) {
        return DAG_KORT.format(dag).replace(".", "");
    }

    /** A label on its own starts with a capital; in a sentence the same words do not. */
    static String hoofdletter(String label) {
        return label.substring(0, 1).toUpperCase(NL) + label.substring(1);
    }
}
