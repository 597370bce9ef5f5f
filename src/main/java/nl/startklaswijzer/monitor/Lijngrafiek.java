package nl.startklaswijzer.monitor;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A line chart in SVG: a line per series (a startklas group) over the days along the axis. Each line has its own
 * colour and marker shape, so that it is told apart without colour too. A count below 5 is drawn as an open marker in
 * the shaded band below 5, not at its height; a count hidden for another reason ("x") is left out.
 */
final class Lijngrafiek {

    private static final int HOOGTE = 240;
    private static final double BAND = Afscherming.DREMPEL;
    private static final String[] VORMEN = {"rondje", "vierkant", "driehoek", "ruit"};

    private final String id;
    private final String titel;
    private final String beschrijving;
    private final List<Staafgrafiek.Categorie> dagen;
    private final List<Staafgrafiek.Reeks> reeksen;
    private final Staafgrafiek.Referentie referentie;

    Lijngrafiek(String id, String titel, String beschrijving, List<Staafgrafiek.Categorie> dagen, List<Staafgrafiek.Reeks> reeksen,
                Staafgrafiek.Referentie referentie) {
        this.id = id;
        this.titel = titel;
        this.beschrijving = beschrijving;
        this.dagen = dagen;
        this.reeksen = reeksen;
        this.referentie = referentie;
    }

    String svg() {
        Svg svg = new Svg(id);
        List<Svg.Sleutel> sleutels = reeksen.stream().map(r -> new Svg.Sleutel(r.label(), r.kleur(), false)).toList();
        double legendaHoogte = Svg.legendaHoogte(sleutels);
        svg.begin((int) (legendaHoogte + 24 + HOOGTE + 46), titel, beschrijving + " Een open teken in de grijze band betekent: "
                + "minder dan 5 kinderen. De cijfers staan in de tabel bij deze grafiek.");
        double boven = svg.legenda(sleutels, 0) + 22;
        double hoogste = reeksen.stream().flatMap(r -> r.waarden().stream()).map(Cel::getal).filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble).max().orElse(BAND);
        Svg.Schaal schaal = Svg.Schaal.tot(Math.max(Math.max(hoogste, BAND), referentie == null ? 0 : referentie.waarde()));
        double links = 52;
        double rechts = Svg.BREEDTE - 24;
        double onder = boven + HOOGTE;
        double schaalY = HOOGTE / schaal.maximum();
        svg.rechthoek(links, onder - BAND * schaalY, rechts - links, BAND * schaalY, "#ededed", "minder dan 5: niet getoond");
        if (BAND * schaalY >= 16) {
            svg.tekst(rechts - 4, onder - BAND * schaalY + 13, "end", "as", "onder 5");
        }
        for (double w = 0; w <= schaal.maximum() + 1e-9; w += schaal.stap()) {
            double y = onder - w * schaalY;
            svg.lijn(links, y, rechts, y, w == 0 ? Svg.AS : Svg.RASTER, 1, null);
            svg.tekst(links - 6, y + 4, "end", "as", Opmaak.aantal(Math.round(w)));
        }
        double stap = dagen.size() > 1 ? (rechts - links - 20) / (dagen.size() - 1) : 0;
        int elke = (int) Math.ceil(dagen.size() / 18.0);
        for (int i = 0; i < dagen.size(); i++) {
            double x = links + 10 + i * stap;
            if (i % elke == 0) {
                svg.tekst(x, onder + 16, "middle", "as", dagen.get(i).kort());
                svg.tekst(x, onder + 31, "middle", "as", dagen.get(i).onder());
            }
        }
        double referentieY = referentie == null ? 0 : onder - referentie.waarde() * schaalY;
        if (referentie != null) {
            svg.lijn(links, referentieY, rechts, referentieY, Svg.TEKST, 2, "8 5");
        }
        for (int r = 0; r < reeksen.size(); r++) {
            teken(svg, reeksen.get(r), VORMEN[r % VORMEN.length], links + 10, stap, onder, schaalY);
        }
        if (referentie != null) {
            svg.tekst(rechts, referentieY - 6, "end", "referentie", referentie.label());
        }
        return svg.einde();
    }

    /** One series: lines between neighbouring shown counts, a marker at each point, open in the band where below 5. */
    private void teken(Svg svg, Staafgrafiek.Reeks reeks, String vorm, double links, double stap, double onder, double schaalY) {
        List<double[]> stuk = new ArrayList<>();
        for (int i = 0; i <= dagen.size(); i++) {
            Cel cel = i < dagen.size() ? reeks.waarden().get(i) : null;
            OptionalDouble waarde = cel == null ? OptionalDouble.empty() : cel.getal();
            if (waarde.isPresent()) {
                stuk.add(new double[] {links + i * stap, onder - waarde.getAsDouble() * schaalY});
                continue;
            }
            lijn(svg, stuk, reeks.kleur());
            stuk.clear();
            if (cel != null && Aantal.KLEIN.equals(cel.json())) {
                marker(svg, vorm, links + i * stap, onder - BAND / 2 * schaalY, reeks.kleur(), false,
                        reeks.label() + ", " + dagen.get(i).lang() + ": minder dan 5");
            }
        }
        for (int i = 0; i < dagen.size(); i++) {
            OptionalDouble waarde = reeks.waarden().get(i).getal();
            if (waarde.isPresent()) {
                marker(svg, vorm, links + i * stap, onder - waarde.getAsDouble() * schaalY, reeks.kleur(), true,
                        reeks.label() + ", " + dagen.get(i).lang() + ": " + reeks.waarden().get(i).tekst());
            }
        }
    }

    private static void lijn(Svg svg, List<double[]> punten, String kleur) {
        if (punten.size() < 2) {
            return;
        }
        StringBuilder p = new StringBuilder();
        punten.forEach(pt -> p.append(Svg.getal(pt[0])).append(',').append(Svg.getal(pt[1])).append(' '));
        svg.element("<polyline points=\"" + p.toString().strip() + "\" fill=\"none\" stroke=\"" + kleur + "\" stroke-width=\"2.5\"/>");
    }

    private static void marker(Svg svg, String vorm, double x, double y, String kleur, boolean gevuld, String tip) {
        String vulling = gevuld ? kleur : "#ffffff";
        String rand = "\" fill=\"" + vulling + "\" stroke=\"" + kleur + "\" stroke-width=\"2\"><title>" + Svg.escape(tip) + "</title>";
        String x0 = Svg.getal(x);
        String y0 = Svg.getal(y);
        svg.element(switch (vorm) {
            case "vierkant" -> "<rect x=\"" + Svg.getal(x - 4.5) + "\" y=\"" + Svg.getal(y - 4.5) + "\" width=\"9\" height=\"9" + rand + "</rect>";
            case "driehoek" -> "<polygon points=\"" + x0 + "," + Svg.getal(y - 6) + " " + Svg.getal(x + 5.5) + "," + Svg.getal(y + 4.5)
                    + " " + Svg.getal(x - 5.5) + "," + Svg.getal(y + 4.5) + rand + "</polygon>";
            case "ruit" -> "<polygon points=\"" + x0 + "," + Svg.getal(y - 6) + " " + Svg.getal(x + 6) + "," + y0 + " " + x0 + ","
                    + Svg.getal(y + 6) + " " + Svg.getal(x - 6) + "," + y0 + rand + "</polygon>";
            default -> "<circle cx=\"" + x0 + "\" cy=\"" + y0 + "\" r=\"5" + rand + "</circle>";
        });
    }
}
