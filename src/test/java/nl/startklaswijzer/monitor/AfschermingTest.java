package nl.startklaswijzer.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Small numbers: no count of 1 to 4 can be read, nor worked out from the counts and totals shown beside it. */
class AfschermingTest {

    @Test
    void aCountBelowFiveShowsAsLessThanFiveEverywhereAndZeroAndFiveShowAsTheyAre() {
        Afscherming afscherming = new Afscherming();
        Aantal nul = afscherming.aantal(0);
        Aantal vier = afscherming.aantal(4);
        Aantal een = afscherming.aantal(1);
        Aantal vijf = afscherming.aantal(5);
        afscherming.pasToe();
        assertEquals(0L, nul.json());
        assertEquals("<5", vier.json());
        assertEquals("<5", vier.tekst());
        assertEquals("<5", vier.csv());
        assertEquals("<5", een.json());
        assertEquals(5L, vijf.json());
        assertTrue(vier.getal().isEmpty(), "a hidden count is not drawn");
    }

    @Test
    void aTotalMinusAShownPartCannotGiveAwayTheSmallPart() {
        Afscherming afscherming = new Afscherming();
        Aantal gevolgd = afscherming.aantal(17);
        Aantal afgeweken = afscherming.aantal(3);
        Aantal besluiten = afscherming.somVan(List.of(gevolgd, afgeweken));
        Percentage procentGevolgd = new Percentage(gevolgd, besluiten);
        Percentage procentAfgeweken = new Percentage(afgeweken, besluiten);
        afscherming.pasToe();
        assertEquals("<5", afgeweken.json());
        assertEquals("x", gevolgd.json(), "17 = 20 - 3 would give the 3 away");
        assertEquals(20L, besluiten.json(), "the total stays");
        assertEquals("x", procentGevolgd.json(), "85% of 20 would give the 3 away too");
        assertEquals("x", procentAfgeweken.json());
        assertEquals("x", procentAfgeweken.tekst());
    }

    @Test
    void aPercentageOfShownCountsIsShownAndNothingToDivideByIsNull() {
        Afscherming afscherming = new Afscherming();
        Aantal terug = afscherming.aantal(15);
        Aantal niet = afscherming.aantal(5);
        Aantal afgerond = afscherming.somVan(List.of(terug, niet));
        Aantal geen = afscherming.aantal(0);
        afscherming.pasToe();
        assertEquals(75.0, new Percentage(terug, afgerond).json());
        assertEquals("75,0%", new Percentage(terug, afgerond).tekst());
        assertEquals("75,0", new Percentage(terug, afgerond).csv());
        assertEquals(null, new Percentage(geen, geen).json());
    }

    @Test
    void aComplementThatIsNotShownIsGuardedToo() {
        // 97 of 100 advices have the factor: the 3 without it follow from the total.
        Afscherming afscherming = new Afscherming();
        Aantal alle = afscherming.aantal(100);
        Aantal met = afscherming.aantal(97);
        afscherming.som(List.of(met, afscherming.afleidbaar(3)), alle);
        Percentage aandeel = new Percentage(met, alle);
        afscherming.pasToe();
        assertEquals("x", met.json());
        assertEquals("x", aandeel.json());
        assertEquals(100L, alle.json());
    }

    @Test
    void aCountHiddenToProtectASmallOneIsProtectedInTurn() {
        // Per municipality: Brunssum 4, Heerlen 8; the total of 12 is also shown per month, so hiding it here would not help.
        Afscherming afscherming = new Afscherming();
        Aantal perMaand = afscherming.aantal(12);
        Aantal brunssum = afscherming.aantal(4);
        Aantal heerlen = afscherming.aantal(8);
        Aantal totaal = afscherming.somVan(List.of(brunssum, heerlen));
        afscherming.som(List.of(totaal), perMaand);
        afscherming.pasToe();
        assertEquals("<5", brunssum.json());
        assertEquals("x", heerlen.json());
        assertEquals(12L, totaal.json());
        assertEquals(12L, perMaand.json());
    }

    /**
     * Random tables of 2 rows and 3 columns with their totals, checked by trying every value the hidden cells could
     * have: each hidden count below 5 must have at least two possible values given everything shown.
     */
    @Test
    void inRandomTablesNoSmallCountCanBeWorkedOutFromWhatIsShown() {
        Random random = new Random(12);
        for (int proef = 0; proef < 300; proef++) {
            long[][] waarden = new long[2][3];
            for (int r = 0; r < 2; r++) {
                for (int k = 0; k < 3; k++) {
                    waarden[r][k] = random.nextInt(10) < 3 ? 0 : random.nextInt(random.nextBoolean() ? 5 : 12);
                }
            }
            Afscherming afscherming = new Afscherming();
            Kruistabel<Integer, Integer> tabel = Kruistabel.metTotalen(afscherming, List.of(0, 1), List.of(0, 1, 2),
                    (r, k) -> waarden[r][k]);
            afscherming.pasToe();
            controleer(tabel, waarden, proef);
        }
    }

    private static void controleer(Kruistabel<Integer, Integer> tabel, long[][] waarden, int proef) {
        List<Aantal> cellen = new ArrayList<>();
        tabel.rijen().forEach(r -> cellen.addAll(tabel.regel(r)));
        List<Aantal> alle = new ArrayList<>(cellen);
        tabel.rijen().forEach(r -> alle.add(tabel.rijtotaal(r)));
        alle.addAll(tabel.kolomtotalen());
        alle.add(tabel.totaal());
        List<Set<Long>> mogelijk = new ArrayList<>();
        cellen.forEach(c -> mogelijk.add(new HashSet<>()));
        probeer(new long[6], 0, cellen, tabel, mogelijk);
        for (int i = 0; i < cellen.size(); i++) {
            Aantal cel = cellen.get(i);
            assertTrue(mogelijk.get(i).contains(cel.waarde()), "proef " + proef + ": de echte waarden passen");
            if (cel.waarde() > 0 && cel.waarde() < 5) {
                assertTrue(mogelijk.get(i).size() >= 2, "proef " + proef + ": cel " + i + " (" + cel.waarde()
                        + ") is af te leiden uit " + java.util.Arrays.deepToString(waarden) + " getoond als " + alle);
            }
        }
    }

    /** Every filling of the six cells that agrees with what a reader sees: shown numbers, "<5" as 1-4, "x" as 5 or more. */
    private static void probeer(long[] keuze, int i, List<Aantal> cellen, Kruistabel<Integer, Integer> tabel, List<Set<Long>> mogelijk) {
        if (i == cellen.size()) {
            long[] rijen = {keuze[0] + keuze[1] + keuze[2], keuze[3] + keuze[4] + keuze[5]};
            long[] kolommen = {keuze[0] + keuze[3], keuze[1] + keuze[4], keuze[2] + keuze[5]};
            boolean past = past(tabel.rijtotaal(0), rijen[0]) && past(tabel.rijtotaal(1), rijen[1])
                    && past(tabel.kolomtotaal(0), kolommen[0]) && past(tabel.kolomtotaal(1), kolommen[1])
                    && past(tabel.kolomtotaal(2), kolommen[2]) && past(tabel.totaal(), rijen[0] + rijen[1]);
            if (past) {
                for (int c = 0; c < keuze.length; c++) {
                    mogelijk.get(c).add(keuze[c]);
                }
            }
            return;
        }
        for (long w = 0; w <= 40; w++) {
            if (past(cellen.get(i), w)) {
                keuze[i] = w;
                probeer(keuze, i + 1, cellen, tabel, mogelijk);
            }
        }
    }

    private static boolean past(Aantal getoond, long waarde) {
        return switch (getoond.lezer()) {
            case BEKEND -> waarde == getoond.waarde();
            case KLEIN -> waarde >= 1 && waarde <= 4;
            case VERBORGEN -> waarde >= 5;
            case ONBEKEND -> true;
        };
    }
}
