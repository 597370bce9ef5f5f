package nl.startklaswijzer.domein;

/** What a reason does to the verdict on its arrangement; a point of attention changes no verdict. */
public enum Effect {
    NIET_PASSEND("niet passend"), BESPREKEN("bespreken"), PASSEND("passend"), AANDACHTSPUNT("aandachtspunt");

    private final String label;

    Effect(String label) {
        this.label = label;
    }

    /** The Dutch words for this code, as a page shows them. */
    public String label() {
        return label;
    }

    /** The verdict this effect gives, or null for a point of attention. */
    public Oordeel oordeel() {
        return switch (this) {
            case NIET_PASSEND -> Oordeel.NIET_PASSEND;
            case BESPREKEN -> Oordeel.BESPREKEN;
            case PASSEND -> Oordeel.PASSEND;
            case AANDACHTSPUNT -> null;
        };
    }
}
