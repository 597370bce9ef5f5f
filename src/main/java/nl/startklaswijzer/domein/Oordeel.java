package nl.startklaswijzer.domein;

/** A verdict on one arrangement for this child. */
public enum Oordeel {
    PASSEND, BESPREKEN, NIET_PASSEND
}
