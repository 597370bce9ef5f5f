package nl.startklaswijzer.domein;

import java.util.List;

/**
 * What would change the advice: for each arrangement that is not fitting, the smallest changes to the facts that
 * can change that would make it fitting, each with the outcome and the reasons that would then apply. The search is
 * bounded: it says how many variations of the case it weighed, and whether it weighed all it meant to.
 */
public record WatZouVeranderen(int geprobeerd, boolean volledig, List<WanneerPassend> arrangementen) {

    /** One arrangement that is not fitting now, and the ways to make it fitting; none found leaves the list empty. */
    public record WanneerPassend(String code, String naam, Oordeel oordeel, List<Mogelijkheid> mogelijkheden) {
    }

    /** One smallest set of changes, the advice's outcome with them, and the reasons about the arrangement then. */
    public record Mogelijkheid(List<Verandering> veranderingen, Uitkomst uitkomst, List<Reden> redenen) {
    }

    /** One change to the case, by a code and in Dutch: "het kind is zindelijk". */
    public record Verandering(String code, String tekst) {
    }
}
