package nl.startklaswijzer.domein;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
        // The reasons and steps sorted out once by what they are about, rather than searched for every arrangement.
        Map<Arrangement, List<Reden>> perSoort = groep(redenen, Reden::getArrangement);
        Map<String, List<Reden>> perAanbod = groep(redenen, Reden::getAanbod);
        Map<String, List<Actie>> stappen = groep(acties, Actie::getAanbod);
        List<ArrangementOordeel> arrangementen = new ArrayList<>();
        for (Arrangement soort : Arrangement.values()) {
            List<Reden> over = perSoort.getOrDefault(soort, List.of());
            if (soort == Arrangement.STARTKLAS || !over.isEmpty()) {
                arrangementen.add(ArrangementOordeel.uit(soort, over));
            }
            for (Aanbod aanbod : catalogus.arrangementen()) {
                if (aanbod.getSoort() == soort) {
                    ArrangementOordeel.uit(aanbod, perAanbod.getOrDefault(aanbod.getCode(), List.of()),
                                    stappen.getOrDefault(aanbod.getCode(), List.of()))
                            .filter(ArrangementOordeel.KOMT_IN_AANMERKING)
                            .ifPresent(arrangementen::add);
                }
            }
        }
        Uitkomst uitkomst = Uitkomst.volgtUit(arrangementen);
        LocalDate start = arrangementen.stream().filter(a -> a.is(Arrangement.STARTKLAS)).findFirst()
                .map(ArrangementOordeel::startdatum).orElse(null);
        return new Advies(referentie, uitkomst, samenvattingen.voor(uitkomst), start, List.copyOf(arrangementen), redenen,
                acties.stream().filter(a -> a.getAanbod() == null).toList(), regelset, peildatum, null);
    }

    /** The items with a key, by key, each list in the items' own order. */
    private static <T, K> Map<K, List<T>> groep(List<T> items, Function<T, K> sleutel) {
        Map<K, List<T>> groepen = new HashMap<>();
        for (T item : items) {
            K key = sleutel.apply(item);
            if (key != null) {
                groepen.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
            }
        }
        return groepen;
    }

    /** The same advice with what would change it, when that is asked for. */
    public Advies met(WatZouVeranderen veranderingen) {
        return new Advies(referentie, uitkomst, samenvatting, startdatum, arrangementen, redenen, acties, regelset, peildatum,
                veranderingen);
    }
}
