package nl.startklaswijzer.domein;

/** How firm the policy behind a rule is, so that a policy owner sees what still needs confirming. */
public enum Status {
    /** Adopted policy. */
    VASTGESTELD,
    /** A wish stated in the policy text ("de wens is"). */
    WENS,
    /** A proposal that awaits a board decision. */
    VOORSTEL,
    /** Our own reading where the policy text is silent; to be confirmed by the policy owner. */
    AANNAME
}
