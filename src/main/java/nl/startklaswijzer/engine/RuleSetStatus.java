package nl.startklaswijzer.engine;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * What GET /api/v1/regelsets tells about one rule set: the version that serves, and the errors of the last
 * attempt to load it if that failed.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RuleSetStatus(String naam, String versie, Instant geladen, int regels, boolean standaard,
                            List<CompileError> fouten) {
}
