package nl.startklaswijzer.domein;

/** What a reason does to the verdict on its arrangement; a point of attention changes no verdict. */
public enum Effect {
    NIET_PASSEND, BESPREKEN, PASSEND, AANDACHTSPUNT;

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
