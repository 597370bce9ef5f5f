package nl.startklaswijzer.domein;

/** The arrangements an advice weighs, from the least to the most specialised ("regulier waar het kan"). */
public enum Arrangement {
    MOEDERSCHOOL("de moederschool", "De moederschool"),
    REGULIER_MET_ARRANGEMENT("regulier onderwijs met een arrangement", "Regulier onderwijs met een arrangement"),
    STARTKLAS("de startklas", "De startklas"),
    SPECIALISTISCH("een specialistische route", "Een specialistische route");

    private final String label;
    private final String naam;

    Arrangement(String label, String naam) {
        this.label = label;
        this.naam = naam;
    }

    /** The Dutch words for this code in a sentence. */
    public String label() {
        return label;
    }

    /** The Dutch words for this code on their own, as a heading or a list shows them. */
    public String naam() {
        return naam;
    }
}
