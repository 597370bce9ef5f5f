package nl.startklaswijzer.monitor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongBiFunction;

/**
 * Counts by two things at once (month and outcome, municipality and outcome, day and group), with the total of every
 * row and, where the rows add up, of every column and of all: each a sum the small-numbers check knows.
 */
final class Kruistabel<R, K> {

    private final List<R> rijen;
    private final List<K> kolommen;
    private final Map<R, Map<K, Aantal>> cellen = new LinkedHashMap<>();
    private final Map<R, Aantal> rijtotalen = new LinkedHashMap<>();
    private final Map<K, Aantal> kolomtotalen = new LinkedHashMap<>();
    private final Aantal totaal;

    private Kruistabel(Afscherming afscherming, List<R> rijen, List<K> kolommen, ToLongBiFunction<R, K> telling,
                       boolean rijenTellenOp) {
        this.rijen = rijen;
        this.kolommen = kolommen;
        for (R rij : rijen) {
            Map<K, Aantal> regel = new LinkedHashMap<>();
            kolommen.forEach(k -> regel.put(k, afscherming.aantal(telling.applyAsLong(rij, k))));
            cellen.put(rij, regel);
            rijtotalen.put(rij, afscherming.somVan(List.copyOf(regel.values())));
        }
        if (rijenTellenOp) {
            kolommen.forEach(k -> kolomtotalen.put(k, afscherming.somVan(rijen.stream().map(r -> cel(r, k)).toList())));
            totaal = afscherming.somVan(List.copyOf(kolomtotalen.values()));
            afscherming.som(List.copyOf(rijtotalen.values()), totaal);
        } else {
            totaal = null;
        }
    }

    /** Rows that add up, such as months: every column has its total, and so has the whole table. */
    static <R, K> Kruistabel<R, K> metTotalen(Afscherming afscherming, List<R> rijen, List<K> kolommen,
                                               ToLongBiFunction<R, K> telling) {
        return new Kruistabel<>(afscherming, rijen, kolommen, telling, true);
    }

    /** Rows that do not add up, such as the same group on different days: only each row has its total. */
    static <R, K> Kruistabel<R, K> zonderKolomtotalen(Afscherming afscherming, List<R> rijen, List<K> kolommen,
                                                       ToLongBiFunction<R, K> telling) {
        return new Kruistabel<>(afscherming, rijen, kolommen, telling, false);
    }

    /**
     * Fills a table with a row per row of this one (its head, its cells, its total, then {@code erna}'s cells, such as
     * a share) and, where the rows add up, the totals row (with {@code totaalErna} after it).
     */
    Tabel.Bouwer vul(Tabel.Bouwer tabel, Function<R, Cel> kop, Function<R, List<? extends Cel>> erna, List<? extends Cel> totaalErna) {
        for (R rij : rijen) {
            tabel.rij(kop.apply(rij), cellen(regel(rij), rijtotaal(rij), erna.apply(rij)));
        }
        if (totaal != null) {
            tabel.totaal(cellen(kolomtotalen(), totaal, totaalErna));
        }
        return tabel;
    }

    private static List<Cel> cellen(List<Aantal> regel, Aantal totaal, List<? extends Cel> erna) {
        List<Cel> cellen = new ArrayList<>(regel);
        cellen.add(totaal);
        cellen.addAll(erna);
        return cellen;
    }

    List<R> rijen() {
        return rijen;
    }

    List<K> kolommen() {
        return kolommen;
    }

    Aantal cel(R rij, K kolom) {
        return cellen.get(rij).get(kolom);
    }

    /** The row's cells in the order of the columns. */
    List<Aantal> regel(R rij) {
        return List.copyOf(cellen.get(rij).values());
    }

    Aantal rijtotaal(R rij) {
        return rijtotalen.get(rij);
    }

    Aantal kolomtotaal(K kolom) {
        return kolomtotalen.get(kolom);
    }

    List<Aantal> kolomtotalen() {
        return List.copyOf(kolomtotalen.values());
    }

    Aantal totaal() {
        return totaal;
    }
}
