package nl.startklaswijzer.monitor;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import nl.startklaswijzer.domein.Arrangement;
import nl.startklaswijzer.domein.ComplicerendeFactor;
import nl.startklaswijzer.domein.Uitkomst;
import nl.startklaswijzer.dossier.Afwijkingsreden;
import nl.startklaswijzer.dossier.Groep;

/**
 * The counts the database grouped for one filter, all read at one moment: never a row per child, never a reference.
 * A municipality that the case did not name is the empty string.
 */
record MonitorGegevens(List<Adviezen> adviezen, long kinderen, Map<ComplicerendeFactor, Long> factoren,
                       List<Besluiten> besluiten, Map<String, Long> gestart, List<Afgerond> afgerond, List<Tlv> tlv,
                       List<Groep> groepen, List<Bezet> bezetting) {

    /** Recorded advices by the month they were recorded, municipality, outcome and number of factors (0, 1, 2 or more). */
    record Adviezen(YearMonth maand, String gemeente, Uitkomst uitkomst, int factoren, long aantal) {
    }

    /** Decisions by month, the municipality and outcome of the advice they follow, what was decided, and why it departs. */
    record Besluiten(YearMonth maand, String gemeente, Uitkomst advies, Arrangement besluit, boolean wijktAf,
                     Afwijkingsreden reden, long aantal) {
    }

    /** Placements by the month they came to an end, municipality and how. */
    record Afgerond(YearMonth maand, String gemeente, Afloop afloop, long aantal) {
    }

    /** TLV requests for children in the startklas, by the month of the request and municipality. */
    record Tlv(YearMonth maand, String gemeente, long aantal) {
    }

    /** How many children were in a group on a day. */
    record Bezet(LocalDate dag, String groep, long aantal) {
    }
}
