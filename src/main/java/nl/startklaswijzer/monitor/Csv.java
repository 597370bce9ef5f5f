package nl.startklaswijzer.monitor;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A monitor table as a CSV file that a spreadsheet opens in columns, with its Dutch characters intact:
 * <ul>
 *   <li>UTF-8 with a byte-order mark, without which Excel reads the file as Windows-1252 and writes "beÃ«indigd";</li>
 *   <li>a semicolon between fields and a decimal comma (78,5): what Excel expects with Dutch regional settings, where a
 *       comma separator would put every row in one cell; LibreOffice and Google Sheets detect the semicolon;</li>
 *   <li>a header row; CRLF line ends and quoting as RFC 4180 has them (a field with ; " or a line break is quoted, a quote
 *       doubled);</li>
 *   <li>a text that a spreadsheet would run as a formula (=, +, -, @ first, such as a typed municipality) starts with
 *       an apostrophe.</li>
 * </ul>
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8; header=present";
    private static final String BOM = "\uFEFF";
    private static final String SCHEIDING = ";";
    private static final String REGEL = "\r\n";

    private Csv() {
    }

    public static byte[] van(Tabel tabel) {
        StringBuilder uit = new StringBuilder(BOM);
        regel(uit, tabel.kolommen().stream().map(Tabel.Kolom::label).toList());
        for (Tabel.Rij rij : tabel.rijen()) {
            regel(uit, rij.cellen().stream().map(Cel::csv).toList());
        }
        return uit.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** startklaswijzer-monitor-adviezen-per-maand-2026-01-01-tot-2026-12-31[-brunssum][-cluster-brunssum].csv: ASCII only. */
    public static String bestandsnaam(Tabel tabel, MonitorFilter filter) {
        StringBuilder naam = new StringBuilder("startklaswijzer-monitor-").append(tabel.code()).append('-').append(filter.van())
                .append("-tot-").append(filter.tot());
        if (filter.gemeente() != null) {
            naam.append('-').append(ascii(filter.gemeente()));
        }
        if (filter.regelset() != null) {
            naam.append('-').append(ascii(filter.regelset()));
        }
        return naam.append(".csv").toString();
    }

    private static void regel(StringBuilder uit, List<String> velden) {
        uit.append(velden.stream().map(Csv::veld).collect(Collectors.joining(SCHEIDING))).append(REGEL);
    }

    static String veld(String waarde) {
        String veld = waarde == null ? "" : waarde;
        if (!veld.isEmpty() && "=+-@\t\r".indexOf(veld.charAt(0)) >= 0) {
            veld = "'" + veld;
        }
        if (veld.contains(SCHEIDING) || veld.contains("\"") || veld.contains("\n") || veld.contains("\r")) {
            veld = "\"" + veld.replace("\"", "\"\"") + "\"";
        }
        return veld;
    }

    private static String ascii(String tekst) {
        String zonderAccenten = Normalizer.normalize(tekst, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return zonderAccenten.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
