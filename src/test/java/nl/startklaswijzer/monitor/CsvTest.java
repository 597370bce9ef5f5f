package nl.startklaswijzer.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A monitor table as a CSV file: opened by a Dutch spreadsheet in columns, with its characters and numbers intact. */
class CsvTest {

    @Test
    void aTableBecomesUtf8WithABomSemicolonsADecimalCommaAndCrlf() {
        Afscherming afscherming = new Afscherming();
        Aantal terug = afscherming.aantal(15);
        Aantal beeindigd = afscherming.aantal(6);
        Aantal afgerond = afscherming.somVan(List.of(terug, beeindigd));
        afscherming.pasToe();
        Tabel tabel = new Tabel.Bouwer("terugplaatsing", "Terug").kolom("kwartaal", "Kwartaal").kolom("terug", "Terug binnen 12 maanden")
                .kolom("beeindigd", "Eerder beëindigd").kolom("procent", "% terug")
                .rij(new Cel.Tekst("2026-K1", "1e kwartaal 2026", "2026-K1"), List.of(terug, beeindigd, new Percentage(terug, afgerond)))
                .bouw();
        byte[] csv = Csv.van(tabel);
        assertEquals("efbbbf", String.format("%02x%02x%02x", csv[0], csv[1], csv[2]));
        assertEquals("\uFEFFKwartaal;Terug binnen 12 maanden;Eerder beëindigd;% terug\r\n2026-K1;15;6;71,4\r\n",
                new String(csv, StandardCharsets.UTF_8));
    }

    @Test
    void aFieldIsQuotedWhereItMustBeAndNeverRunsAsAFormula() {
        assertEquals("Brunssum", Csv.veld("Brunssum"));
        assertEquals("\"Nuenen; Gerwen\"", Csv.veld("Nuenen; Gerwen"));
        assertEquals("\"Het \"\"Kasteel\"\"\"", Csv.veld("Het \"Kasteel\""));
        assertEquals("\"twee\nregels\"", Csv.veld("twee\nregels"));
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", Csv.veld("=HYPERLINK(\"x\")"));
        assertEquals("'+31", Csv.veld("+31"));
        assertEquals("'@SOM", Csv.veld("@SOM"));
        assertEquals("<5", Csv.veld("<5"));
        assertEquals("", Csv.veld(null));
    }

    @Test
    void theFileNameSaysWhatAndWhenInAsciiOnly() {
        Tabel tabel = new Tabel.Bouwer("adviezen-per-maand", "Adviezen").kolom("maand", "Maand").bouw();
        MonitorFilter filter = new MonitorFilter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "cluster-brunssum", "Súdwest-Fryslân");
        assertEquals("startklaswijzer-monitor-adviezen-per-maand-2026-01-01-tot-2026-12-31-sudwest-fryslan-cluster-brunssum.csv",
                Csv.bestandsnaam(tabel, filter));
        assertEquals(List.of(), Arrays.stream(Csv.bestandsnaam(tabel, filter).split("")).filter(c -> c.charAt(0) > 127).toList());
    }
}
