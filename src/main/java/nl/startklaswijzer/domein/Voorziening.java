package nl.startklaswijzer.domein;

/** The voorschoolse voorziening the child attends, if any. */
public enum Voorziening {
    PEUTERSPEELZAAL("peuterspeelzaal"),
    KINDERDAGVERBLIJF("kinderdagverblijf"),
    VOORSCHOOLSE_DAGBEHANDELING("voorschoolse dagbehandeling"),
    GEEN("geen voorschoolse voorziening");

    private final String label;

    Voorziening(String label) {
        this.label = label;
    }

    /** The Dutch words for this code, as a page shows them. */
    public String label() {
        return label;
    }
}
