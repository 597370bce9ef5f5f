package nl.startklaswijzer.domein;

/** A code from the contract with the Dutch words that people read instead of the code. */
public interface Code {

    String name();

    /** Short Dutch label, as used in explanations and on forms. */
    String label();

    /** One line of Dutch help text from the policy texts. */
    String toelichting();
}
