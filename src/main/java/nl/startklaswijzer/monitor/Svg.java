package nl.startklaswijzer.monitor;

import java.util.List;
import java.util.Locale;

/**
 * Writes the SVG of one chart: its accessible frame (role="img", a title and a description it is labelled by), and
 * the pieces the charts share (text, bars, lines, the value axis, the legend). Presentation attributes only, no style
 * attributes and no script, so that the page's Content-Security-Policy allows it; the style sheet adds the fonts.
 */
final class Svg {

    static final int BREEDTE = 760;
    static final String TEKST = "#1a1a1a";
    static final String AS = "#767676";
    static final String RASTER = "#d9d9d9";
    /** Hatched: the part of a bar made of counts that are not shown one by one. */
    static final String ARCERING_KLEUR = "#6f6f6f";
    private static final int LEGENDA_REGEL = 22;

    private final StringBuilder uit = new StringBuilder();
    private final String id;

    Svg(String id) {
        this.id = id;
    }

    /** A colour and the words for it in the legend. */
    record Sleutel(String label, String kleur, boolean gearceerd) {
    }

    /** Opens the chart: {@code hoogte} tall, labelled by its title and description, with the hatching it may use. */
    Svg begin(int hoogte, String titel, String beschrijving) {
        uit.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"grafiek\" viewBox=\"0 0 ").append(BREEDTE).append(' ')
                .append(hoogte).append("\" width=\"").append(BREEDTE).append("\" height=\"").append(hoogte)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-titel ").append(id).append("-beschrijving\">")
                .append("<title id=\"").append(id).append("-titel\">").append(escape(titel)).append("</title>")
                .append("<desc id=\"").append(id).append("-beschrijving\">").append(escape(beschrijving)).append("</desc>")
                .append("<defs><pattern id=\"").append(arcering()).append("\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" ")
                .append("patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/>")
                .append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"").append(ARCERING_KLEUR)
                .append("\" stroke-width=\"2.5\"/></pattern></defs>");
        return this;
    }

    String einde() {
        return uit.append("</svg>").toString();
    }

    /** The fill of a hatched part. */
    String arceringVulling() {
        return "url(#" + arcering() + ")";
    }

    private String arcering() {
        return id + "-arcering";
    }

    /** A bar or block, with a tooltip for those who point at it. */
    void rechthoek(double x, double y, double breedte, double hoogte, String vulling, String tip) {
        uit.append("<rect x=\"").append(getal(x)).append("\" y=\"").append(getal(y)).append("\" width=\"").append(getal(breedte))
                .append("\" height=\"").append(getal(hoogte)).append("\" fill=\"").append(vulling)
                .append("\" stroke=\"#ffffff\" stroke-width=\"1\">");
        if (tip != null) {
            uit.append("<title>").append(escape(tip)).append("</title>");
        }
        uit.append("</rect>");
    }

    void lijn(double x1, double y1, double x2, double y2, String kleur, double dikte, String streep) {
        uit.append("<line x1=\"").append(getal(x1)).append("\" y1=\"").append(getal(y1)).append("\" x2=\"").append(getal(x2))
                .append("\" y2=\"").append(getal(y2)).append("\" stroke=\"").append(kleur).append("\" stroke-width=\"")
                .append(getal(dikte)).append('"');
        if (streep != null) {
            uit.append(" stroke-dasharray=\"").append(streep).append('"');
        }
        uit.append("/>");
    }

    /**
     * A text; {@code anker} is start, middle or end; {@code klasse} sets its size in the style sheet. Values and
     * reference labels get a white edge, so that they stay legible where they cross a line or a bar.
     */
    void tekst(double x, double y, String anker, String klasse, String tekst) {
        uit.append("<text x=\"").append(getal(x)).append("\" y=\"").append(getal(y)).append("\" text-anchor=\"").append(anker)
                .append("\" class=\"").append(klasse).append("\" fill=\"").append(TEKST).append('"');
        if (klasse.equals("waarde") || klasse.equals("referentie")) {
            uit.append(" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\"");
        }
        uit.append('>').append(escape(tekst)).append("</text>");
    }

    /** Raw SVG for what the charts draw themselves (a line's points, its markers). */
    void element(String svg) {
        uit.append(svg);
    }

    /**
     * The legend in rows across the top, starting at {@code y}; returns where the chart can start below it. The width
     * of a label is estimated, which is enough to keep the entries apart.
     */
    double legenda(List<Sleutel> sleutels, double y) {
        double x = 0;
        double regel = y;
        for (Sleutel s : sleutels) {
            double breedte = breedte(s);
            if (x > 0 && x + breedte > BREEDTE) {
                x = 0;
                regel += LEGENDA_REGEL;
            }
            rechthoek(x, regel, 14, 14, s.gearceerd() ? arceringVulling() : s.kleur(), null);
            if (s.gearceerd()) {
                uit.append("<rect x=\"").append(getal(x)).append("\" y=\"").append(getal(regel))
                        .append("\" width=\"14\" height=\"14\" fill=\"none\" stroke=\"").append(ARCERING_KLEUR).append("\"/>");
            }
            tekst(x + 20, regel + 12, "start", "legenda", s.label());
            x += breedte;
        }
        return sleutels.isEmpty() ? y : regel + LEGENDA_REGEL + 8;
    }

    /** How much height the legend takes, laid out as {@link #legenda} lays it out. */
    static double legendaHoogte(List<Sleutel> sleutels) {
        if (sleutels.isEmpty()) {
            return 0;
        }
        double x = 0;
        int regels = 1;
        for (Sleutel s : sleutels) {
            if (x > 0 && x + breedte(s) > BREEDTE) {
                x = 0;
                regels++;
            }
            x += breedte(s);
        }
        return regels * LEGENDA_REGEL + 8;
    }

    private static double breedte(Sleutel sleutel) {
        return 22 + sleutel.label().length() * 7.2 + 18;
    }

    /** A value axis from 0 to a round maximum at or above {@code maximum}: 0-5, 0-10, 0-20, 0-50, ... */
    record Schaal(double maximum, double stap) {

        static Schaal tot(double maximum) {
            double grens = Math.max(maximum, 1);
            double macht = Math.pow(10, Math.floor(Math.log10(grens)));
            for (double factor : new double[] {0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10}) {
                double stap = factor * macht;
                // Counts step by whole numbers: 0, 5, 10, 15 rather than 0, 2.5, 5.
                if (stap >= 1 && stap == Math.rint(stap) && grens / stap <= 5) {
                    return new Schaal(Math.ceil(grens / stap) * stap, stap);
                }
            }
            return new Schaal(Math.ceil(grens / macht) * macht, macht);
        }

        static Schaal procent() {
            return new Schaal(100, 25);
        }
    }

    static String escape(String tekst) {
        return tekst.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String getal(double waarde) {
        return String.format(Locale.ROOT, "%.1f", waarde);
    }
}
