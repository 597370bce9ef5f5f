package nl.startklaswijzer.engine;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A problem in a rule set's files, told the way a policy owner can act on it: which file, which line, what.
 * The detail keeps the engine's own words for a developer, where they differ.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CompileError(String bestand, Integer regelnummer, String melding, String detail) {

    public CompileError(String bestand, Integer regelnummer, String melding) {
        this(bestand, regelnummer, melding, null);
    }
}
