package nl.startklaswijzer.engine.scenario;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Set;

/**
 * How one scenario fared: passed or not, each difference in Dutch, and which rules applied (for the check that
 * every rule has a scenario where it applies and one where it does not).
 */
public record ScenarioResult(String bestand, String naam, boolean geslaagd, List<String> verschillen,
                             String uitkomst, @JsonIgnore Type type, @JsonIgnore Set<String> toegepasteRegels) {

    /** Whether the scenario is about an advice or about a pre-screen; rules of one kind never apply to the other. */
    public enum Type { ADVIES, SIGNALERING }
}
