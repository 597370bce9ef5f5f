package nl.startklaswijzer.monitor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Small numbers: no count of 1 to 4 children can be read, nor worked out from what is shown.
 *
 * <p>Every count on the monitor is an {@link Aantal} made here, and every way in which counts add up (the cells of a row
 * to its total, the months to the period, a part and its complement to the whole) is a {@link #som sum}, also across
 * tables that share a total. {@link #pasToe()} first shows each count of 1 to 4 as "&lt;5". It then reasons as a
 * reader would: from the counts shown, "&lt;5" meaning 1 to 4 and "x" meaning 5 or more, it narrows every hidden count
 * through the sums until nothing changes. Wherever a count below 5 would then be known exactly, it hides one more
 * count in a sum that gave it away ("x": the smallest one shown), and reasons again; where a count so hidden is
 * given away by yet another sum, it hides there too. A count that is not shown but follows from others (the children
 * without a factor, beside those with it) is guarded the same way.
 */
final class Afscherming {

    static final int DREMPEL = 5;
    /** Far above any count, and far enough below Long.MAX_VALUE that sums of a few cannot overflow. */
    private static final long ONBEGRENSD = Long.MAX_VALUE / 1024;
    /** Narrowing stops here at the latest; every pass that changes something narrows a bound. */
    private static final int MAXIMUM_RONDES = 500;

    private final List<Aantal> aantallen = new ArrayList<>();
    private final List<Som> sommen = new ArrayList<>();

    /** A sum: the parts add up to the total. */
    private record Som(List<Aantal> delen, Aantal totaal) {

        List<Aantal> leden() {
            List<Aantal> leden = new ArrayList<>(delen);
            leden.add(totaal);
            return leden;
        }
    }

    /** A count that is shown (or marked as hidden) on the monitor. */
    Aantal aantal(long waarde) {
        return nieuw(waarde, true);
    }

    /** A count that is not shown, but that a reader can work out from others, such as a whole minus a part. */
    Aantal afleidbaar(long waarde) {
        return nieuw(waarde, false);
    }

    /** The sum of the counts, shown. */
    Aantal somVan(List<Aantal> delen) {
        Aantal totaal = aantal(delen.stream().mapToLong(Aantal::waarde).sum());
        som(delen, totaal);
        return totaal;
    }

    void som(List<Aantal> delen, Aantal totaal) {
        long opgeteld = delen.stream().mapToLong(Aantal::waarde).sum();
        if (opgeteld != totaal.waarde()) {
            throw new IllegalArgumentException("De delen (" + opgeteld + ") zijn niet het totaal (" + totaal.waarde() + ").");
        }
        sommen.add(new Som(List.copyOf(delen), totaal));
    }

    /** Hides the small counts, then as many more as it takes so that none of them can be worked out exactly. */
    void pasToe() {
        aantallen.stream().filter(a -> a.isGetoond() && isKlein(a)).forEach(a -> a.zet(Aantal.Stand.KLEIN));
        while (true) {
            Grenzen grenzen = redeneer();
            List<Aantal> bekend = aantallen.stream().filter(a -> isKlein(a) && grenzen.vast(a)).toList();
            if (bekend.isEmpty()) {
                return;
            }
            teVerbergen(lek(bekend, grenzen)).zet(Aantal.Stand.VERBORGEN);
        }
    }

    private Aantal nieuw(long waarde, boolean getoond) {
        if (waarde < 0) {
            throw new IllegalArgumentException("Een aantal is nooit negatief: " + waarde);
        }
        Aantal aantal = new Aantal(aantallen.size(), waarde, getoond);
        aantallen.add(aantal);
        return aantal;
    }

    private static boolean isKlein(Aantal a) {
        return a.waarde() > 0 && a.waarde() < DREMPEL;
    }

    /** What a reader knows of each count: shown exactly, 1 to 4, 5 or more, or nothing; narrowed through the sums. */
    private final class Grenzen {
        private final long[] laag = new long[aantallen.size()];
        private final long[] hoog = new long[aantallen.size()];

        Grenzen() {
            for (Aantal a : aantallen) {
                switch (a.lezer()) {
                    case BEKEND -> { laag[a.index()] = a.waarde(); hoog[a.index()] = a.waarde(); }
                    case KLEIN -> { laag[a.index()] = 1; hoog[a.index()] = DREMPEL - 1; }
                    case VERBORGEN -> { laag[a.index()] = DREMPEL; hoog[a.index()] = ONBEGRENSD; }
                    case ONBEKEND -> { laag[a.index()] = 0; hoog[a.index()] = ONBEGRENSD; }
                }
            }
        }

        boolean vast(Aantal a) {
            return laag[a.index()] >= hoog[a.index()];
        }

        /** One pass over every sum; whether any bound moved. */
        boolean versmal() {
            boolean veranderd = false;
            for (Som som : sommen) {
                // Lower bounds are always finite; of the upper bounds, the finite ones are added and the others counted.
                long somLaag = 0;
                long eindigHoog = 0;
                int onbegrensd = 0;
                for (Aantal deel : som.delen()) {
                    somLaag += laag[deel.index()];
                    if (hoog[deel.index()] >= ONBEGRENSD) {
                        onbegrensd++;
                    } else {
                        eindigHoog += hoog[deel.index()];
                    }
                }
                int t = som.totaal().index();
                veranderd |= zet(t, somLaag, onbegrensd > 0 ? ONBEGRENSD : eindigHoog);
                for (Aantal deel : som.delen()) {
                    int d = deel.index();
                    boolean ditOnbegrensd = hoog[d] >= ONBEGRENSD;
                    boolean anderenOnbegrensd = onbegrensd - (ditOnbegrensd ? 1 : 0) > 0;
                    long nieuwLaag = anderenOnbegrensd ? 0 : laag[t] - (eindigHoog - (ditOnbegrensd ? 0 : hoog[d]));
                    long nieuwHoog = hoog[t] >= ONBEGRENSD ? ONBEGRENSD : hoog[t] - (somLaag - laag[d]);
                    veranderd |= zet(d, nieuwLaag, nieuwHoog);
                }
            }
            return veranderd;
        }

        private boolean zet(int i, long nieuwLaag, long nieuwHoog) {
            boolean veranderd = false;
            if (nieuwLaag > laag[i]) {
                laag[i] = nieuwLaag;
                veranderd = true;
            }
            if (nieuwHoog < hoog[i]) {
                hoog[i] = nieuwHoog;
                veranderd = true;
            }
            return veranderd;
        }
    }

    private Grenzen redeneer() {
        Grenzen grenzen = new Grenzen();
        for (int ronde = 0; ronde < MAXIMUM_RONDES && grenzen.versmal(); ronde++) {
            // every pass narrows until nothing more follows
        }
        return grenzen;
    }

    /**
     * Where small counts leak: the ones known, and every hidden count known too that shares a sum with one of them,
     * and so on; for a count hidden to protect a small one protects nothing while another sum gives it away.
     */
    private List<Aantal> lek(List<Aantal> bekend, Grenzen grenzen) {
        Set<Aantal> lek = new LinkedHashSet<>(bekend);
        Deque<Aantal> teDoen = new ArrayDeque<>(bekend);
        while (!teDoen.isEmpty()) {
            Aantal a = teDoen.removeFirst();
            sommen.stream().filter(s -> s.leden().contains(a)).flatMap(s -> s.leden().stream())
                    .filter(l -> !l.isZichtbaar() && grenzen.vast(l) && lek.add(l))
                    .forEach(teDoen::addLast);
        }
        return List.copyOf(lek);
    }

    /**
     * The count to hide to stop the leak: of the counts shown in the sums through which it leaks, the best (a part
     * before a total, the smallest first). When those sums show none, the sums next to them, outwards.
     */
    private Aantal teVerbergen(List<Aantal> lek) {
        Optional<Aantal> direct = lek.stream().flatMap(b -> kandidaten(b).stream()).min(Kandidaat.BESTE).map(Kandidaat::aantal);
        if (direct.isPresent()) {
            return direct.get();
        }
        Deque<Aantal> teDoen = new ArrayDeque<>(lek);
        Set<Aantal> gezien = new HashSet<>(teDoen);
        while (!teDoen.isEmpty()) {
            Aantal a = teDoen.removeFirst();
            Optional<Kandidaat> kandidaat = kandidaten(a).stream().min(Kandidaat.BESTE);
            if (kandidaat.isPresent()) {
                return kandidaat.get().aantal();
            }
            sommen.stream().filter(s -> s.leden().contains(a)).flatMap(s -> s.leden().stream()).filter(gezien::add)
                    .forEach(teDoen::addLast);
        }
        throw new IllegalStateException("Geen aantal te verbergen rond aantal " + lek.get(0).index());
    }

    /** The counts shown, other than 0, in the sums that hold {@code a}. */
    private List<Kandidaat> kandidaten(Aantal a) {
        return sommen.stream().filter(s -> s.leden().contains(a))
                .flatMap(s -> s.leden().stream().filter(l -> l.isZichtbaar() && l.waarde() > 0).map(l -> new Kandidaat(l, l == s.totaal())))
                .toList();
    }

    private record Kandidaat(Aantal aantal, boolean isTotaal) {
        static final Comparator<Kandidaat> BESTE = Comparator.comparing(Kandidaat::isTotaal)
                .thenComparingLong(k -> k.aantal().waarde()).thenComparingInt(k -> k.aantal().index());
    }
}
