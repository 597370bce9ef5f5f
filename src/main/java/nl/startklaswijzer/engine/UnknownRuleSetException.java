package nl.startklaswijzer.engine;

import java.util.Collection;

/** A request named a rule set that does not exist, or that has no version that compiled. */
public class UnknownRuleSetException extends RuntimeException {

    private final boolean exists;

    UnknownRuleSetException(String name, boolean exists, Collection<String> available) {
        super(exists
                ? "De regelset '" + name + "' is niet geladen door fouten in de bestanden; zie GET /api/v1/regelsets."
                : "Onbekende regelset '" + name + "'; beschikbaar: " + String.join(", ", available) + ".");
        this.exists = exists;
    }

    /** True when the set exists but failed to compile: the server's problem, not the request's. */
    public boolean exists() {
        return exists;
    }
}
