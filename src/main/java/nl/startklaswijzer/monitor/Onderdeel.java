package nl.startklaswijzer.monitor;

/**
 * One part of the monitor: its heading, what it counts and how (in Dutch, for policy owners), its table, and the chart
 * of that table as SVG (null for a table without a chart).
 */
public record Onderdeel(String titel, String toelichting, Tabel tabel, String svg) {

    public String code() {
        return tabel.code();
    }

    /** A part whose chart is drawn once every count is known to be shown or hidden. */
    record Ontwerp(String titel, String toelichting, Tabel tabel, Grafiek grafiek) {

        Onderdeel teken() {
            return new Onderdeel(titel, toelichting, tabel, grafiek == null ? null : grafiek.svg());
        }
    }

    /** A chart, drawn from the counts as they stand. */
    interface Grafiek {
        String svg();
    }
}
