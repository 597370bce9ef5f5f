package nl.startklaswijzer.domein;

/** The arrangements an advice weighs, from the least to the most specialised ("regulier waar het kan"). */
public enum Arrangement {
    MOEDERSCHOOL("de moederschool"),
    REGULIER_MET_ARRANGEMENT("regulier onderwijs met een arrangement"),
    STARTKLAS("de startklas"),
    SPECIALISTISCH("een specialistische route");

    private final String label;

    Arrangement(String label) {
        this.label = label;
    }

    /** The Dutch words for this code, as a page shows them. */
    public String label() {
        return label;
    }
}
