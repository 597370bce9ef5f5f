package nl.startklaswijzer.domein;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The explained advice for one child, under the case's own pseudonymous reference. The outcome is never set on its
 * own: it follows from the reasons. The start date is the one the age rules state: the peildatum, or the fourth
 * birthday of a child that is younger on the peildatum; the actions' deadlines count from it. What would change the
 * advice is only there when asked for: finding it weighs many variations of the case.
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
        LocalDate peildatum,
        WatZouVeranderen watZouVeranderen) {

    /** The fact name under which a rule states the day an arrangement can start. */
    public static final String START = "start";

    /**
     * Weighs the reasons per arrangement and derives the outcome; the summary is the rule set's text for it. The
     * arrangements go from the least to the most specialised: each of the contract's that the reasons speak about (the
     * startklas always), followed by the catalogue's of the same kind that come into consideration, in catalogue
     * order. Steps towards a catalogue arrangement go with that arrangement; the other actions are the advice's.
     */
    public static Advies uit(String referentie, List<Reden> redenen, List<Actie> acties, Catalogus catalogus,
                             Samenvattingen samenvattingen, RegelsetVersie regelset, LocalDate peildatum) {
        List<ArrangementOordeel> arrangementen = new ArrayList<>();
        for (Arrangement soort : Arrangement.values()) {
            if (soort == Arrangement.STARTKLAS || redenen.stream().anyMatch(r -> r.getArrangement() == soort)) {
                arrangementen.add(ArrangementOordeel.uit(soort, redenen));
            }
            catalogus.arrangementen().stream()
                    .filter(a -> a.getSoort() == soort)
                    .flatMap(a -> ArrangementOordeel.uit(a, redenen, acties).stream())
                    .filter(ArrangementOordeel.KOMT_IN_AANMERKING)
                    .forEach(arrangementen::add);
        }
        Uitkomst uitkomst = Uitkomst.volgtUit(arrangementen);
        LocalDate start = arrangementen.stream().filter(a -> a.is(Arrangement.STARTKLAS)).findFirst()
                .map(ArrangementOordeel::startdatum).orElse(null);
        return new Advies(referentie, uitkomst, samenvattingen.voor(uitkomst), start, List.copyOf(arrangementen), redenen,
                acties.stream().filter(a -> a.getAanbod() == null).toList(), regelset, peildatum, null);
    }

    /** The same advice with what would change it, when that is asked for. */
    public Advies met(WatZouVeranderen veranderingen) {
        return new Advies(referentie, uitkomst, samenvatting, startdatum, arrangementen, redenen, acties, regelset, peildatum,
                veranderingen);
    }
}
