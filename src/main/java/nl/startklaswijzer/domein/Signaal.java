package nl.startklaswijzer.domein;

/** The outcome of a voorschool pre-screen, from the strongest signal to none. */
public enum Signaal {
    BESPREKEN_IN_KNOOPPUNT("bespreek het kind in een knooppunt"),
    VOLGEN("volg het kind"),
    GEEN_ZORG("geen zorg");

    private final String label;

    Signaal(String label) {
        this.label = label;
    }

    /** The Dutch words for this code, as a page shows them. */
    public String label() {
        return label;
    }
}
