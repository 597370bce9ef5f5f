package nl.startklaswijzer.domein;

/** The voorschoolse voorziening the child attends, if any. */
public enum Voorziening {
    PEUTERSPEELZAAL, KINDERDAGVERBLIJF, VOORSCHOOLSE_DAGBEHANDELING, GEEN
}
