package nl.startklaswijzer.engine;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * What GET /api/v1/regelsets tells about one rule set: the version that serves, and the last attempt to load a
 * newer version if it was rejected (it did not compile, or a scenario failed).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleSetStatus(String naam, String versie, Instant geladen, int regels, boolean standaard,
                            Afwijzing afgewezen) {

    /** A version that was not taken into service, and why. */
    public record Afwijzing(String versie, Instant tijdstip, List<CompileError> fouten) {
    }
}
