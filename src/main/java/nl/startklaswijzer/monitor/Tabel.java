package nl.startklaswijzer.monitor;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One table of the monitor: the data behind a chart, shown beside it on the page, in the API's answer, and as a CSV
 * file. Its first column names the row; a row may be the total of those above it.
 */
public record Tabel(String code, String titel, List<Kolom> kolommen, List<Rij> rijen) {

    /** A column: its code in the API, its heading for people, and what it holds: tekst, aantal or percentage. */
    public record Kolom(String code, String label, String soort) {

        @JsonIgnore
        public boolean isGetal() {
            return !soort.equals("tekst");
        }
    }

    /** A row: its cells in the order of the columns, and whether it is the total of the rows above. */
    public record Rij(List<Cel> cellen, boolean totaal) {

        public Cel kop() {
            return cellen.get(0);
        }

        public List<Cel> waarden() {
            return cellen.subList(1, cellen.size());
        }
    }

    /** The rows as the API gives them: one object per row, its values under the columns' codes. */
    public List<Map<String, Object>> json() {
        List<Map<String, Object>> uit = new ArrayList<>();
        for (Rij rij : rijen) {
            Map<String, Object> regel = new LinkedHashMap<>();
            for (int i = 0; i < kolommen.size(); i++) {
                regel.put(kolommen.get(i).code(), rij.cellen().get(i).json());
            }
            uit.add(regel);
        }
        return uit;
    }

    /** Builds a table row by row. */
    static final class Bouwer {
        private final String code;
        private final String titel;
        private final List<String[]> kolommen = new ArrayList<>();
        private final List<Rij> rijen = new ArrayList<>();

        Bouwer(String code, String titel) {
            this.code = code;
            this.titel = titel;
        }

        Bouwer kolom(String kolomCode, String label) {
            kolommen.add(new String[] {kolomCode, label});
            return this;
        }

        Bouwer rij(Cel kop, List<? extends Cel> waarden) {
            return voegToe(kop, waarden, false);
        }

        Bouwer totaal(List<? extends Cel> waarden) {
            return voegToe(Cel.Tekst.van("TOTAAL", "Totaal"), waarden, true);
        }

        Tabel bouw() {
            List<Kolom> uit = new ArrayList<>();
            for (int i = 0; i < kolommen.size(); i++) {
                uit.add(new Kolom(kolommen.get(i)[0], kolommen.get(i)[1], soort(i)));
            }
            return new Tabel(code, titel, List.copyOf(uit), List.copyOf(rijen));
        }

        /** What a column holds, from its cells: a column of counts may have a blank for a row it does not apply to. */
        private String soort(int kolom) {
            for (Rij rij : rijen) {
                Cel cel = rij.cellen().get(kolom);
                if (cel instanceof Aantal) {
                    return "aantal";
                }
                if (cel instanceof Percentage) {
                    return "percentage";
                }
            }
            return "tekst";
        }

        private Bouwer voegToe(Cel kop, List<? extends Cel> waarden, boolean totaal) {
            List<Cel> cellen = new ArrayList<>();
            cellen.add(kop);
            cellen.addAll(waarden);
            if (cellen.size() != kolommen.size()) {
                throw new IllegalStateException("Tabel " + code + ": " + cellen.size() + " cellen voor " + kolommen.size() + " kolommen");
            }
            rijen.add(new Rij(List.copyOf(cellen), totaal));
            return this;
        }
    }
}
