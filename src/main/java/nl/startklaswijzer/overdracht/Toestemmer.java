package nl.startklaswijzer.overdracht;

/** Who gave consent for the warm handover, by their role: never a name. */
public enum Toestemmer {
    OUDERS("de ouders of verzorgers samen"),
    OUDER_MET_GEZAG("één ouder met gezag"),
    VOOGD("de voogd");

    private final String label;

    Toestemmer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
