package nl.startklaswijzer.domein;

import java.util.List;

/** The advice's outcome, least specialised first ("regulier waar het kan"). */
public enum Uitkomst {
    MOEDERSCHOOL("moederschool"),
    REGULIER_MET_ARRANGEMENT("regulier onderwijs met een arrangement"),
    STARTKLAS("startklas"),
    STARTKLAS_BESPREKEN("startklas, eerst bespreken in het knooppunt"),
    SPECIALISTISCH("specialistische route");

    private final String label;

    Uitkomst(String label) {
        this.label = label;
    }

    /** The Dutch words for this code, as a page shows them. */
    public String label() {
        return label;
    }

    /**
     * The one rule that turns verdicts into an outcome: the least specialised of the contract's arrangements that
     * fits; the catalogue's arrangements name the concrete routes and leave the outcome alone. A startklas
     * that must be discussed still counts, as STARTKLAS_BESPREKEN. When nothing less specialised fits, the reasons
     * against all of those are the reasons for a specialised route.
     */
    public static Uitkomst volgtUit(List<ArrangementOordeel> oordelen) {
        for (Arrangement arrangement : Arrangement.values()) {
            Oordeel oordeel = oordelen.stream()
                    .filter(o -> o.is(arrangement))
                    .map(ArrangementOordeel::oordeel)
                    .findFirst().orElse(null);
            if (oordeel == Oordeel.PASSEND) {
                return valueOf(arrangement.name());
            }
            if (oordeel == Oordeel.BESPREKEN && arrangement == Arrangement.STARTKLAS) {
                return STARTKLAS_BESPREKEN;
            }
        }
        return SPECIALISTISCH;
    }
}
