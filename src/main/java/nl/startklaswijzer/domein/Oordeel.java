package nl.startklaswijzer.domein;

/** A verdict on one arrangement for this child. */
public enum Oordeel {
    PASSEND("passend"),
    BESPREKEN("bespreken"),
    NIET_PASSEND("niet passend");

    private final String label;

    Oordeel(String label) {
        this.label = label;
    }

    /** The Dutch words for this code, as a page shows them. */
    public String label() {
        return label;
    }
}
