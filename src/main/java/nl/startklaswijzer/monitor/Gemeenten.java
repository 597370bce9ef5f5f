package nl.startklaswijzer.monitor;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The municipalities the counts name, in alphabetical order, the unknown one (no municipality in the case) last. */
final class Gemeenten {

    static final String ONBEKEND = "";
    private static final Collator NL = Collator.getInstance(Locale.forLanguageTag("nl-NL"));

    private Gemeenten() {
    }

    static List<String> van(MonitorGegevens gegevens) {
        List<String> gemeenten = new ArrayList<>(Stream.of(
                        gegevens.adviezen().stream().map(MonitorGegevens.Adviezen::gemeente),
                        gegevens.besluiten().stream().map(MonitorGegevens.Besluiten::gemeente),
                        gegevens.gestart().keySet().stream(),
                        gegevens.afgerond().stream().map(MonitorGegevens.Afgerond::gemeente),
                        gegevens.tlv().stream().map(MonitorGegevens.Tlv::gemeente))
                .flatMap(s -> s).distinct().toList());
        gemeenten.sort(Comparator.comparing((String g) -> g.equals(ONBEKEND)).thenComparing(NL::compare));
        return gemeenten;
    }

    static String naam(String gemeente) {
        return gemeente.equals(ONBEKEND) ? "Onbekend" : gemeente;
    }

    /** The row's head: the name, and for the API null where the case named none. */
    static Cel.Tekst kop(String gemeente) {
        return new Cel.Tekst(gemeente.equals(ONBEKEND) ? null : gemeente, naam(gemeente), naam(gemeente));
    }
}
