package nl.startklaswijzer.monitor;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** The categories along a time axis (months, quarters, days), with the year written where it changes. */
final class Assen {

    private Assen() {
    }

    static List<Staafgrafiek.Categorie> maanden(List<YearMonth> maanden) {
        List<Staafgrafiek.Categorie> uit = new ArrayList<>();
        for (int i = 0; i < maanden.size(); i++) {
            YearMonth m = maanden.get(i);
            uit.add(new Staafgrafiek.Categorie(Opmaak.maandKort(m), jaar(i, m.getMonthValue() == 1, m.getYear()), Opmaak.maand(m)));
        }
        return uit;
    }

    static List<Staafgrafiek.Categorie> kwartalen(List<Kwartaal> kwartalen, MonitorFilter filter) {
        List<Staafgrafiek.Categorie> uit = new ArrayList<>();
        for (int i = 0; i < kwartalen.size(); i++) {
            Kwartaal k = kwartalen.get(i);
            uit.add(new Staafgrafiek.Categorie(k.kort(), jaar(i, k.nummer() == 1, k.jaar()), k.label(filter)));
        }
        return uit;
    }

    static List<Staafgrafiek.Categorie> dagen(List<LocalDate> dagen) {
        List<Staafgrafiek.Categorie> uit = new ArrayList<>();
        for (int i = 0; i < dagen.size(); i++) {
            LocalDate d = dagen.get(i);
            uit.add(new Staafgrafiek.Categorie(Opmaak.dagKort(d), jaar(i, d.getDayOfYear() <= 31, d.getYear()), Opmaak.dag(d)));
        }
        return uit;
    }

    private static String jaar(int i, boolean begintJaar, int jaar) {
        return i == 0 || begintJaar ? String.valueOf(jaar) : "";
    }
}
