package nl.startklaswijzer.domein;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The answer to a voorschool's pre-screen: the signal, the dates that matter, and what to arrange. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SignaleringsAdvies(
        Signaal signaal,
        LocalDate knooppuntRond,
        LocalDate inschrijvenNietVoor,
        List<Reden> redenen,
        List<Actie> acties,
        RegelsetVersie regelset,
        LocalDate peildatum) {

    /** The fact names under which the rules state the two dates. */
    public static final String KNOOPPUNT_ROND = "knooppuntRond";
    public static final String INSCHRIJVEN_NIET_VOOR = "inschrijvenNietVoor";

    /** The signal is the strongest one any reason gives; the dates are facts that the rules established. */
    public static SignaleringsAdvies uit(List<Reden> redenen, List<Actie> acties, RegelsetVersie regelset,
                                         LocalDate peildatum) {
        Signaal signaal = redenen.stream()
                .map(Reden::getSignaal)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(Signaal.GEEN_ZORG);
        return new SignaleringsAdvies(signaal, datum(redenen, KNOOPPUNT_ROND),
                signaal == Signaal.BESPREKEN_IN_KNOOPPUNT ? datum(redenen, INSCHRIJVEN_NIET_VOOR) : null,
                redenen, acties, regelset, peildatum);
    }

    private static LocalDate datum(List<Reden> redenen, String feit) {
        return redenen.stream()
                .map(r -> r.getFeiten().get(feit))
                .filter(LocalDate.class::isInstance)
                .map(LocalDate.class::cast)
                .findFirst().orElse(null);
    }
}
