package nl.startklaswijzer.monitor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.startklaswijzer.api.InputErrors;
import nl.startklaswijzer.domein.Weigering;

/**
 * What the monitor covers: the period from {@code van} to {@code tot} (both included), and optionally one rule set and
 * one municipality. Without a period it covers the current month and the eleven before it.
 */
public record MonitorFilter(LocalDate van, LocalDate tot, String regelset, String gemeente) {

    /** Long enough for any policy period (the regional agendas run four years), short enough to stay readable. */
    static final int MAXIMUM_JAREN = 10;
    private static final Pattern REGELSET = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final int GEMEENTE_MAXIMUM = 80;

    /** Reads the filters as typed in a query; each error names its field. */
    public static MonitorFilter lees(String van, String tot, String regelset, String gemeente, LocalDate vandaag) {
        LocalDate totDag = InputErrors.datum(tot, "tot", vandaag);
        LocalDate vanDag = InputErrors.datum(van, "van", YearMonth.from(totDag).minusMonths(11).atDay(1));
        if (vanDag.isAfter(totDag)) {
            throw Weigering.ongeldig("tot", "De datum 'tot' (" + totDag + ") ligt voor 'van' (" + vanDag + ").");
        }
        if (vanDag.plusYears(MAXIMUM_JAREN).isBefore(totDag)) {
            throw Weigering.ongeldig("van", "Kies een periode van ten hoogste " + MAXIMUM_JAREN + " jaar.");
        }
        String set = leeg(regelset) ? null : regelset.strip();
        if (set != null && !REGELSET.matcher(set).matches()) {
            throw Weigering.ongeldig("regelset", "Een regelset heet met letters, cijfers, '.', '_' of '-', zoals cluster-brunssum.");
        }
        String plaats = leeg(gemeente) ? null : Gemeentenaam.normaliseer(gemeente);
        if (plaats != null && plaats.length() > GEMEENTE_MAXIMUM) {
            throw Weigering.ongeldig("gemeente", "Een gemeentenaam is ten hoogste " + GEMEENTE_MAXIMUM + " tekens.");
        }
        return new MonitorFilter(vanDag, totDag, set, plaats);
    }

    /** The filters as a query string, for a link that keeps them. */
    public String alsQuery() {
        StringBuilder query = new StringBuilder("van=").append(van).append("&tot=").append(tot);
        if (regelset != null) {
            query.append("&regelset=").append(URLEncoder.encode(regelset, StandardCharsets.UTF_8));
        }
        if (gemeente != null) {
            query.append("&gemeente=").append(URLEncoder.encode(gemeente, StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    /** Every month the period touches, the first and last perhaps in part. */
    List<YearMonth> maanden() {
        List<YearMonth> maanden = new ArrayList<>();
        for (YearMonth m = YearMonth.from(van); !m.isAfter(YearMonth.from(tot)); m = m.plusMonths(1)) {
            maanden.add(m);
        }
        return maanden;
    }

    /** Every quarter the period touches. */
    List<Kwartaal> kwartalen() {
        return maanden().stream().map(Kwartaal::van).distinct().toList();
    }

    /** The days on which the groups' occupancy is counted: the first of each month in the period, or its first day. */
    List<LocalDate> peildagen() {
        List<LocalDate> dagen = maanden().stream().map(m -> m.atDay(1)).filter(d -> !d.isBefore(van)).toList();
        return dagen.isEmpty() ? List.of(van) : dagen;
    }

    private static boolean leeg(String tekst) {
        return tekst == null || tekst.isBlank();
    }
}
