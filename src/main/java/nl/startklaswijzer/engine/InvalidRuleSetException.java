package nl.startklaswijzer.engine;

import java.util.List;

/** A rule set's files cannot be used as they are; the errors say where and why. */
public class InvalidRuleSetException extends Exception {

    private final transient List<CompileError> errors;

    public InvalidRuleSetException(List<CompileError> errors) {
        super(errors.size() + " fout(en) in de regelset");
        this.errors = List.copyOf(errors);
    }

    public InvalidRuleSetException(CompileError error) {
        this(List.of(error));
    }

    public List<CompileError> errors() {
        return errors;
    }
}
