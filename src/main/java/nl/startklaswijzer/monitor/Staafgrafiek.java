package nl.startklaswijzer.monitor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A bar chart in SVG: a bar per category (a month, a quarter, an outcome, a municipality), standing or lying, stacked
 * by series (the outcomes, followed or departed). A count that is not shown ("&lt;5", "x") is not drawn on its own:
 * where the bar's total is shown, what the hidden counts make up together is drawn hatched, so the bar keeps its true
 * length and no single small count can be read from it. A reference line marks a target or benchmark.
 */
final class Staafgrafiek {

    /** A category on the axis: short words on one or two lines, and the full words for the description. */
    record Categorie(String kort, String onder, String lang) {

        static Categorie van(String tekst) {
            return new Categorie(tekst, "", tekst);
        }
    }

    /** One series: its name in the legend, its colour, and a value per category. */
    record Reeks(String label, String kleur, List<? extends Cel> waarden) {
    }

    /** A line across the chart at a value: a target or a benchmark, with its words. */
    record Referentie(double waarde, String label) {
    }

    private static final int STAAND_HOOGTE = 240;
    private static final int RIJ = 32;
    private static final int MAXIMAAL_LABELS = 18;
    private static final int LABEL_TEKENS = 36;

    private final String id;
    private final String titel;
    private final String beschrijving;
    private final List<Categorie> categorieen;
    private final List<Reeks> reeksen;
    private final List<? extends Cel> totalen;
    private final boolean liggend;
    private final boolean procent;
    private final Referentie referentie;

    private Staafgrafiek(String id, String titel, String beschrijving, List<Categorie> categorieen, List<Reeks> reeksen,
                         List<? extends Cel> totalen, boolean liggend, boolean procent, Referentie referentie) {
        this.id = id;
        this.titel = titel;
        this.beschrijving = beschrijving;
        this.categorieen = categorieen;
        this.reeksen = reeksen;
        this.totalen = totalen;
        this.liggend = liggend;
        this.procent = procent;
        this.referentie = referentie;
    }

    /** Standing bars of counts, stacked; {@code totalen} are the shown totals of the stacks, or null for a single series. */
    static Staafgrafiek staand(String id, String titel, String beschrijving, List<Categorie> categorieen, List<Reeks> reeksen,
                               List<? extends Cel> totalen) {
        return new Staafgrafiek(id, titel, beschrijving, categorieen, reeksen, totalen, false, false, null);
    }

    /** Lying bars, for categories with long names. */
    static Staafgrafiek liggend(String id, String titel, String beschrijving, List<Categorie> categorieen, List<Reeks> reeksen,
                                List<? extends Cel> totalen) {
        return new Staafgrafiek(id, titel, beschrijving, categorieen, reeksen, totalen, true, false, null);
    }

    /** Standing bars of one percentage per category, from 0 to 100%, with a reference line. */
    static Staafgrafiek procenten(String id, String titel, String beschrijving, List<Categorie> categorieen, Reeks reeks,
                                  Referentie referentie) {
        return new Staafgrafiek(id, titel, beschrijving, categorieen, List.of(reeks), null, false, true, referentie);
    }

    String svg() {
        Svg svg = new Svg(id);
        List<Svg.Sleutel> sleutels = new ArrayList<>();
        if (reeksen.size() > 1) {
            reeksen.forEach(r -> sleutels.add(new Svg.Sleutel(r.label(), r.kleur(), false)));
        }
        if (heeftArcering()) {
            sleutels.add(new Svg.Sleutel("Kleine aantallen samen (niet los getoond)", null, true));
        }
        double legendaHoogte = Svg.legendaHoogte(sleutels);
        int hoogte = (int) (liggend ? legendaHoogte + 20 + categorieen.size() * RIJ + 34 : legendaHoogte + 24 + STAAND_HOOGTE + 46);
        svg.begin(hoogte, titel, beschrijving + " " + samenvatting());
        double boven = svg.legenda(sleutels, 0) + (liggend ? 12 : 22);
        Svg.Schaal schaal = procent ? Svg.Schaal.procent() : Svg.Schaal.tot(Math.max(hoogste(), referentie == null ? 0 : referentie.waarde()));
        if (liggend) {
            liggend(svg, boven, schaal);
        } else {
            staand(svg, boven, schaal);
        }
        return svg.einde();
    }

    private void staand(Svg svg, double boven, Svg.Schaal schaal) {
        double links = 52;
        double rechts = Svg.BREEDTE - 12;
        double onder = boven + STAAND_HOOGTE;
        double schaalY = STAAND_HOOGTE / schaal.maximum();
        for (double w = 0; w <= schaal.maximum() + 1e-9; w += schaal.stap()) {
            double y = onder - w * schaalY;
            svg.lijn(links, y, rechts, y, w == 0 ? Svg.AS : Svg.RASTER, 1, null);
            svg.tekst(links - 6, y + 4, "end", "as", asLabel(w));
        }
        // The reference line first, so that the bars and their numbers stand in front of it; its words last, on top.
        double referentieY = referentie == null ? 0 : onder - referentie.waarde() * schaalY;
        if (referentie != null) {
            svg.lijn(links, referentieY, rechts, referentieY, Svg.TEKST, 2, "8 5");
        }
        double band = (rechts - links) / categorieen.size();
        double breedte = Math.min(48, band * 0.7);
        int elke = (int) Math.ceil(categorieen.size() / (double) MAXIMAAL_LABELS);
        for (int i = 0; i < categorieen.size(); i++) {
            double x = links + i * band + (band - breedte) / 2;
            double y = onder;
            Categorie c = categorieen.get(i);
            for (Deel deel : delen(i)) {
                double h = deel.waarde() * schaalY;
                y -= h;
                svg.rechthoek(x, y, breedte, h, deel.gearceerd() ? svg.arceringVulling() : deel.kleur(), c.lang() + ", " + deel.tip());
            }
            if (categorieen.size() <= MAXIMAAL_LABELS * 2) {
                svg.tekst(x + breedte / 2, y - 5, "middle", "waarde", waardeTekst(i));
            }
            if (i % elke == 0) {
                svg.tekst(x + breedte / 2, onder + 16, "middle", "as", c.kort());
                svg.tekst(x + breedte / 2, onder + 31, "middle", "as", c.onder());
            }
        }
        if (referentie != null) {
            svg.tekst(rechts, referentieY - 6, "end", "referentie", referentie.label());
        }
    }

    private void liggend(Svg svg, double boven, Svg.Schaal schaal) {
        int langste = categorieen.stream().flatMap(c -> regels(c.kort()).stream()).mapToInt(String::length).max().orElse(10);
        double links = Math.min(300, Math.max(90, langste * 6.6 + 14));
        double rechts = Svg.BREEDTE - 56;
        double onder = boven + categorieen.size() * RIJ;
        double schaalX = (rechts - links) / schaal.maximum();
        for (double w = 0; w <= schaal.maximum() + 1e-9; w += schaal.stap()) {
            double x = links + w * schaalX;
            svg.lijn(x, boven - 4, x, onder, w == 0 ? Svg.AS : Svg.RASTER, 1, null);
            svg.tekst(x, onder + 16, "middle", "as", asLabel(w));
        }
        double referentieX = referentie == null ? 0 : links + referentie.waarde() * schaalX;
        if (referentie != null) {
            svg.lijn(referentieX, boven - 8, referentieX, onder, Svg.TEKST, 2, "8 5");
        }
        for (int i = 0; i < categorieen.size(); i++) {
            double y = boven + i * RIJ + 5;
            double x = links;
            Categorie c = categorieen.get(i);
            for (Deel deel : delen(i)) {
                double b = deel.waarde() * schaalX;
                svg.rechthoek(x, y, b, RIJ - 10, deel.gearceerd() ? svg.arceringVulling() : deel.kleur(), c.lang() + ", " + deel.tip());
                x += b;
            }
            List<String> regels = regels(c.kort());
            for (int r = 0; r < regels.size(); r++) {
                svg.tekst(links - 8, y + 14 + (r - (regels.size() - 1) / 2.0) * 13, "end", "as", regels.get(r));
            }
            svg.tekst(x + 6, y + 14, "start", "waarde", waardeTekst(i));
        }
        if (referentie != null) {
            svg.tekst(referentieX, boven - 12, "middle", "referentie", referentie.label());
        }
    }

    /** A drawn part of a bar: a series' shown value, or what the hidden values make up together. */
    private record Deel(double waarde, String kleur, boolean gearceerd, String tip) {
    }

    private List<Deel> delen(int i) {
        List<Deel> delen = new ArrayList<>();
        double getoond = 0;
        for (Reeks r : reeksen) {
            OptionalDouble waarde = r.waarden().get(i).getal();
            if (waarde.isPresent() && waarde.getAsDouble() > 0) {
                delen.add(new Deel(waarde.getAsDouble(), r.kleur(), false, (reeksen.size() > 1 ? r.label() + ": " : "")
                        + r.waarden().get(i).tekst()));
                getoond += waarde.getAsDouble();
            }
        }
        OptionalDouble totaal = totalen == null ? OptionalDouble.empty() : totalen.get(i).getal();
        if (totaal.isPresent() && totaal.getAsDouble() > getoond) {
            delen.add(new Deel(totaal.getAsDouble() - getoond, null, true, "kleine aantallen samen: "
                    + Opmaak.aantal(Math.round(totaal.getAsDouble() - getoond))));
        }
        return delen;
    }

    private boolean heeftArcering() {
        return totalen != null && java.util.stream.IntStream.range(0, categorieen.size())
                .anyMatch(i -> delen(i).stream().anyMatch(Deel::gearceerd));
    }

    /** The number above or beside a bar: its total, or its one value; "&lt;5" or "x" where that is hidden. */
    private String waardeTekst(int i) {
        Cel cel = totalen != null ? totalen.get(i) : reeksen.get(0).waarden().get(i);
        return cel.tekst();
    }

    private double hoogste() {
        double hoogste = 0;
        for (int i = 0; i < categorieen.size(); i++) {
            hoogste = Math.max(hoogste, delen(i).stream().mapToDouble(Deel::waarde).sum());
        }
        return hoogste;
    }

    /** The highest bar in words, for those who do not see the chart. */
    private String samenvatting() {
        Optional<Integer> hoogste = java.util.stream.IntStream.range(0, categorieen.size()).boxed()
                .filter(i -> waardeCel(i).getal().isPresent())
                .max(Comparator.comparingDouble(i -> waardeCel(i).getal().getAsDouble()));
        String uit = hoogste.map(i -> (procent ? "Het hoogste percentage: " : "De hoogste staaf: ") + categorieen.get(i).lang()
                + " (" + waardeCel(i).tekst() + "). ").orElse("");
        if (referentie != null) {
            uit += "Een stippellijn markeert " + referentie.label() + ". ";
        }
        if (heeftArcering()) {
            uit += "Gearceerd: aantallen onder 5, en aantallen waaruit die af te leiden zijn, samen. ";
        }
        return uit + "De cijfers staan in de tabel bij deze grafiek.";
    }

    private Cel waardeCel(int i) {
        return totalen != null ? totalen.get(i) : reeksen.get(0).waarden().get(i);
    }

    private String asLabel(double waarde) {
        return procent ? Math.round(waarde) + "%" : Opmaak.aantal(Math.round(waarde));
    }

    /** A long label on two lines, broken between words, the second cut short if it is still too long. */
    private static List<String> regels(String tekst) {
        if (tekst.length() <= LABEL_TEKENS) {
            return List.of(tekst);
        }
        int breuk = tekst.lastIndexOf(' ', LABEL_TEKENS);
        breuk = breuk > 0 ? breuk : LABEL_TEKENS;
        String rest = tekst.substring(breuk).strip();
        return List.of(tekst.substring(0, breuk).strip(),
                rest.length() <= LABEL_TEKENS ? rest : rest.substring(0, LABEL_TEKENS - 1).strip() + "…");
    }
}
