package nl.startklaswijzer.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The charts are images with a title and a description, draw no small count on its own, and mark their reference lines. */
class GrafiekenTest {

    private static final Pattern RECHTHOEK = Pattern.compile("<rect x=\"[\\d.]+\" y=\"[\\d.]+\" width=\"[\\d.]+\" height=\"([\\d.]+)\" "
            + "fill=\"([^\"]+)\"[^>]*><title>([^<]*)</title>");

    @Test
    void aStackedBarDrawsWhatIsShownAndTheHiddenCountsOnlyTogetherHatched() {
        Afscherming afscherming = new Afscherming();
        List<Aantal> moederschool = List.of(afscherming.aantal(20), afscherming.aantal(3));
        List<Aantal> startklas = List.of(afscherming.aantal(10), afscherming.aantal(2));
        List<Aantal> totalen = List.of(afscherming.somVan(List.of(moederschool.get(0), startklas.get(0))),
                afscherming.somVan(List.of(moederschool.get(1), startklas.get(1))));
        afscherming.pasToe();
        String svg = Staafgrafiek.staand("grafiek-test", "Adviezen & uitkomsten", "Staafdiagram <test>.",
                List.of(Staafgrafiek.Categorie.van("januari"), Staafgrafiek.Categorie.van("februari")),
                List.of(new Staafgrafiek.Reeks("Moederschool", "#2e7d32", moederschool), new Staafgrafiek.Reeks("Startklas", "#6a3d9a", startklas)),
                totalen).svg();
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"grafiek\" viewBox=\"0 0 760 "), svg);
        assertTrue(svg.contains("role=\"img\" aria-labelledby=\"grafiek-test-titel grafiek-test-beschrijving\""));
        assertTrue(svg.contains("<title id=\"grafiek-test-titel\">Adviezen &amp; uitkomsten</title>"));
        assertTrue(svg.contains("<desc id=\"grafiek-test-beschrijving\">Staafdiagram &lt;test&gt;. De hoogste staaf: januari (30). "
                + "Gearceerd: aantallen onder 5"), svg);
        List<String> delen = delen(svg);
        assertTrue(delen.contains("januari, Moederschool: 20") && delen.contains("januari, Startklas: 10"), delen.toString());
        assertTrue(delen.contains("februari, kleine aantallen samen: 5"), delen.toString());
        assertFalse(delen.stream().anyMatch(d -> d.startsWith("februari, Moederschool") || d.startsWith("februari, Startklas")),
                "the 3 and the 2 are not drawn one by one");
        assertTrue(svg.contains(">&lt;5<") || svg.contains(">5<"), "the bar's total is written above it");
        assertFalse(svg.contains("style="), "presentation attributes only: the page's CSP forbids inline styles");
    }

    @Test
    void aPercentageChartHasItsReferenceLineAndAnAxisFromZeroToAHundred() {
        Afscherming afscherming = new Afscherming();
        Aantal terug = afscherming.aantal(30);
        Aantal afgerond = afscherming.aantal(40);
        afscherming.som(List.of(terug, afscherming.aantal(10)), afgerond);
        afscherming.pasToe();
        String svg = Staafgrafiek.procenten("grafiek-terug", "Terug", "Staafdiagram.", List.of(Staafgrafiek.Categorie.van("K1")),
                new Staafgrafiek.Reeks("% terug", "#01689b", List.of(new Percentage(terug, afgerond))),
                new Staafgrafiek.Referentie(75, "Pilot: 75%")).svg();
        assertTrue(svg.contains("stroke-dasharray=\"8 5\""), "a dashed reference line");
        assertTrue(svg.contains(">Pilot: 75%</text>"));
        assertTrue(svg.contains(">100%</text>") && svg.contains(">0%</text>"));
        assertTrue(svg.contains("Het hoogste percentage: K1 (75,0%). Een stippellijn markeert Pilot: 75%."), svg);
    }

    @Test
    void aLineChartDrawsAValueBelowFiveAsAnOpenMarkerInTheBandNotAtItsHeight() {
        Afscherming afscherming = new Afscherming();
        List<Aantal> groep = List.of(afscherming.aantal(9), afscherming.aantal(3), afscherming.aantal(11));
        afscherming.pasToe();
        String svg = new Lijngrafiek("grafiek-bezetting", "Bezetting", "Lijndiagram.", List.of(Staafgrafiek.Categorie.van("1 jan"),
                Staafgrafiek.Categorie.van("1 feb"), Staafgrafiek.Categorie.van("1 mrt")),
                List.of(new Staafgrafiek.Reeks("Startklas Noord", "#0072b2", groep)), new Staafgrafiek.Referentie(12, "Capaciteit: 12")).svg();
        assertTrue(svg.contains("<title>Startklas Noord, 1 feb: minder dan 5</title>"), svg);
        assertTrue(svg.contains("fill=\"#ffffff\" stroke=\"#0072b2\""), "an open marker");
        assertFalse(svg.contains(": 3<"), "the 3 itself is nowhere");
        assertEquals(0, Pattern.compile("<polyline").matcher(svg).results().count(), "no line across the hidden month");
    }

    private static List<String> delen(String svg) {
        Matcher m = RECHTHOEK.matcher(svg);
        return m.results().map(r -> r.group(3)).toList();
    }
}
