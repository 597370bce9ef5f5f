package nl.startklaswijzer.domein;

/** How firm the policy behind a rule is, so that a policy owner sees what still needs confirming. */
public enum Status {
    /** Adopted policy. */
    VASTGESTELD("vastgesteld beleid"),
    /** A wish stated in the policy text ("de wens is"). */
    WENS("wens"),
    /** A proposal that awaits a board decision. */
    VOORSTEL("voorstel"),
    /** Our own reading where the policy text is silent; to be confirmed by the policy owner. */
    AANNAME("aanname, te bevestigen");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    /** The Dutch words for this code, as a page shows them. */
    public String label() {
        return label;
    }
}
