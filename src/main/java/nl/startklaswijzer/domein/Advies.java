package nl.startklaswijzer.domein;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The explained advice for one child, under the case's own pseudonymous reference. The outcome is never set on its
 * own: it follows from the reasons.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Advies(
        String referentie,
        Uitkomst uitkomst,
        String samenvatting,
        List<ArrangementOordeel> arrangementen,
        List<Reden> redenen,
        List<Actie> acties,
        RegelsetVersie regelset,
        LocalDate peildatum) {

    /** Weighs the reasons per arrangement and derives the outcome; the summary is the rule set's text for it. */
    public static Advies uit(String referentie, List<Reden> redenen, List<Actie> acties, Samenvattingen samenvattingen,
                             RegelsetVersie regelset, LocalDate peildatum) {
        List<ArrangementOordeel> arrangementen = Arrays.stream(Arrangement.values())
                .filter(a -> a == Arrangement.STARTKLAS || redenen.stream().anyMatch(r -> r.getArrangement() == a))
                .map(a -> ArrangementOordeel.uit(a, redenen))
                .toList();
        Uitkomst uitkomst = Uitkomst.volgtUit(arrangementen);
        return new Advies(referentie, uitkomst, samenvattingen.voor(uitkomst), arrangementen, redenen, acties, regelset, peildatum);
    }
}
