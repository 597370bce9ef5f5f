package nl.startklaswijzer.domein;

/** The outcome of a voorschool pre-screen, from the strongest signal to none. */
public enum Signaal {
    BESPREKEN_IN_KNOOPPUNT, VOLGEN, GEEN_ZORG
}
