package nl.startklaswijzer.engine.guard;

import java.util.List;
import java.util.Map;
import nl.startklaswijzer.engine.CompileError;

/**
 * A rule file as the guard found it: the rules it declares (by name, with the line each starts on), what the guard
 * refused in it, and the parser's own errors when it could not be read at all. Only a file with neither may be
 * compiled.
 */
public record CheckedRuleFile(String file, Map<String, Integer> rules, List<CompileError> refusals,
                              List<ParseError> parseErrors) {

    /** A syntax error in the parser's words, to be told in Dutch by whoever reports it. */
    public record ParseError(Integer line, String text) {
    }

    public boolean mayCompile() {
        return refusals.isEmpty() && parseErrors.isEmpty();
    }
}
