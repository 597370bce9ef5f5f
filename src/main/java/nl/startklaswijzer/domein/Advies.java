package nl.startklaswijzer.domein;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The explained advice for one child, under the case's own pseudonymous reference. The outcome is never set on its
 * own: it follows from the reasons. The start date is the one the age rules state: the peildatum, or the fourth
 * birthday of a child that is younger on the peildatum; the actions' deadlines count from it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Advies(
        String referentie,
        Uitkomst uitkomst,
        String samenvatting,
        LocalDate startdatum,
        List<ArrangementOordeel> arrangementen,
        List<Reden> redenen,
        List<Actie> acties,
        RegelsetVersie regelset,
        LocalDate peildatum) {

    /** The fact name under which a rule states the day an arrangement can start. */
    public static final String START = "start";

    /** Weighs the reasons per arrangement and derives the outcome; the summary is the rule set's text for it. */
    public static Advies uit(String referentie, List<Reden> redenen, List<Actie> acties, Samenvattingen samenvattingen,
                             RegelsetVersie regelset, LocalDate peildatum) {
        List<ArrangementOordeel> arrangementen = Arrays.stream(Arrangement.values())
                .filter(a -> a == Arrangement.STARTKLAS || redenen.stream().anyMatch(r -> r.getArrangement() == a))
                .map(a -> ArrangementOordeel.uit(a, redenen))
                .toList();
        Uitkomst uitkomst = Uitkomst.volgtUit(arrangementen);
        return new Advies(referentie, uitkomst, samenvattingen.voor(uitkomst), start(redenen, Arrangement.STARTKLAS),
                arrangementen, redenen, acties, regelset, peildatum);
    }

    private static LocalDate start(List<Reden> redenen, Arrangement arrangement) {
        return redenen.stream()
                .filter(r -> r.getArrangement() == arrangement)
                .map(r -> r.getFeiten().get(START))
                .filter(LocalDate.class::isInstance)
                .map(LocalDate.class::cast)
                .findFirst().orElse(null);
    }
}
