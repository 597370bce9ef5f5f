package nl.startklaswijzer.monitor;

import jakarta.ws.rs.core.Response;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.startklaswijzer.domein.Weigering;

/**
 * How the API and the page hand out the monitor: as JSON or a page, or one table as a CSV download
 * ({@code formaat=csv&tabel=...}). The markers a count may carry are the same everywhere.
 */
public final class Uitvoer {

    public static final String CSV = "csv";
    /** What the markers mean, in the answer itself and on the page. */
    public static final Map<String, String> TEKENS = tekens();

    private Uitvoer() {
    }

    /** Whether the request asks for CSV; anything but CSV or the usual form ({@code standaard}) is refused. */
    public static boolean isCsv(String formaat, String standaard) {
        if (formaat == null || formaat.isBlank() || formaat.strip().equalsIgnoreCase(standaard)) {
            return false;
        }
        if (formaat.strip().equalsIgnoreCase(CSV)) {
            return true;
        }
        throw Weigering.ongeldig("formaat", "Onbekend formaat '" + formaat.strip() + "'. Kies " + standaard + " (de standaard) of "
                + CSV + ".");
    }

    /** One table of the report as a CSV file to download; an unknown or missing table is refused naming the field. */
    public static Response csv(Monitor.Rapport rapport, String tabel) {
        Onderdeel onderdeel = rapport.onderdeel(tabel == null ? "" : tabel.strip()).orElseThrow(() -> Weigering.ongeldig("tabel",
                (tabel == null || tabel.isBlank() ? "Noem de tabel die u als CSV wilt" : "Onbekende tabel '" + tabel.strip() + "'")
                        + ". Kies uit: " + String.join(", ", rapport.codes()) + "."));
        return Response.ok(Csv.van(onderdeel.tabel()), Csv.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + Csv.bestandsnaam(onderdeel.tabel(), rapport.filter()) + "\"")
                .build();
    }

    /** The monitor as the API answers it: the filters, the markers and every table with a link to its CSV file. */
    public record Antwoord(MonitorFilter filters, int drempel, Map<String, String> tekens, List<TabelAntwoord> tabellen) {
    }

    /** One table: its rows as objects keyed by the columns' codes; counts are numbers, or "&lt;5" or "x". */
    public record TabelAntwoord(String code, String titel, String toelichting, List<Tabel.Kolom> kolommen,
                                List<Map<String, Object>> rijen, String csv) {
    }

    public static Antwoord json(Monitor.Rapport rapport, String pad) {
        return new Antwoord(rapport.filter(), Afscherming.DREMPEL, TEKENS, rapport.onderdelen().stream()
                .map(o -> new TabelAntwoord(o.code(), o.titel(), o.toelichting(), o.tabel().kolommen(), o.tabel().json(),
                        csvLink(pad, rapport.filter(), o.code())))
                .toList());
    }

    /** The address of a table's CSV file with the same filters: on the API for the API, on the page for the page. */
    public static String csvLink(String pad, MonitorFilter filter, String tabel) {
        return pad + "?" + filter.alsQuery() + "&formaat=" + CSV + "&tabel=" + tabel;
    }

    private static Map<String, String> tekens() {
        Map<String, String> tekens = new LinkedHashMap<>();
        tekens.put(Aantal.KLEIN, "1 tot en met 4: een klein aantal wordt niet getoond, zodat geen kind herkenbaar is.");
        tekens.put(Aantal.VERBORGEN, "Niet getoond: anders is een aantal onder de 5 af te leiden uit de getoonde aantallen "
                + "en totalen. Een percentage van een verborgen aantal is ook 'x'.");
        tekens.put("null", "Bij een percentage: er is niets om door te delen (0).");
        return Collections.unmodifiableMap(tekens);
    }
}
