package nl.startklaswijzer.monitor;

import java.time.LocalDate;
import java.time.YearMonth;

/** A quarter of a year: the unit for shares over time, where a month would hold too few children to show. */
record Kwartaal(int jaar, int nummer) implements Comparable<Kwartaal> {

    static Kwartaal van(YearMonth maand) {
        return new Kwartaal(maand.getYear(), (maand.getMonthValue() - 1) / 3 + 1);
    }

    LocalDate eerste() {
        return LocalDate.of(jaar, (nummer - 1) * 3 + 1, 1);
    }

    LocalDate laatste() {
        return eerste().plusMonths(3).minusDays(1);
    }

    /** 2026-K1, for the API and the spreadsheet. */
    String code() {
        return jaar + "-K" + nummer;
    }

    /** "1e kwartaal 2026", and which part of it the period covers when that is not all of it. */
    String label(MonitorFilter filter) {
        String label = nummer + "e kwartaal " + jaar;
        boolean vanaf = filter.van().isAfter(eerste());
        boolean totEnMet = filter.tot().isBefore(laatste());
        if (vanaf && totEnMet) {
            return label + " (" + Opmaak.dag(filter.van()) + " tot en met " + Opmaak.dag(filter.tot()) + ")";
        }
        if (vanaf) {
            return label + " (vanaf " + Opmaak.dag(filter.van()) + ")";
        }
        return totEnMet ? label + " (tot en met " + Opmaak.dag(filter.tot()) + ")" : label;
    }

    /** K1 with the year, for a chart's axis. */
    String kort() {
        return "K" + nummer;
    }

    @Override
    public int compareTo(Kwartaal ander) {
        return eerste().compareTo(ander.eerste());
    }
}
