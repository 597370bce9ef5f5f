package nl.startklaswijzer.web;

import java.util.List;
import nl.startklaswijzer.domein.WatZouVeranderen;
import nl.startklaswijzer.engine.ExplanationText;

/** What would change the advice, as the advice page shows it: per arrangement the smallest changes that make it fit. */
final class VeranderingenWeergave {

    private VeranderingenWeergave() {
    }

    record Arrangement(String naam, String oordeel, String oordeelCode, List<Mogelijkheid> mogelijkheden) {
    }

    record Mogelijkheid(List<String> veranderingen, String uitkomst, List<Weergave.RedenWeergave> redenen) {
    }

    /** The arrangements for which a change was found. */
    static List<Arrangement> gevonden(WatZouVeranderen veranderingen) {
        return veranderingen.arrangementen().stream()
                .filter(a -> !a.mogelijkheden().isEmpty())
                .map(a -> new Arrangement(a.naam(), a.oordeel().label(), a.oordeel().name(), a.mogelijkheden().stream()
                        .map(m -> new Mogelijkheid(m.veranderingen().stream().map(WatZouVeranderen.Verandering::tekst).toList(),
                                m.uitkomst().label(), m.redenen().stream().map(Weergave::reden).toList()))
                        .toList()))
                .toList();
    }

    /** The names of those for which no change in the facts that can change was found, as one phrase. */
    static String nietGevonden(WatZouVeranderen veranderingen) {
        List<String> namen = veranderingen.arrangementen().stream()
                .filter(a -> a.mogelijkheden().isEmpty())
                .map(WatZouVeranderen.WanneerPassend::naam)
                .toList();
        return namen.isEmpty() ? null : ExplanationText.format(namen);
    }
}
