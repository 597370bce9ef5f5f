package nl.startklaswijzer.engine;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.startklaswijzer.engine.scenario.Scenario;
import nl.startklaswijzer.engine.scenario.ScenarioFiles;
import nl.startklaswijzer.engine.scenario.ScenarioResult;
import nl.startklaswijzer.engine.scenario.ScenarioRunner;

/**
 * Whether a rule set may serve: it compiles, its scenarios can be read, and every scenario passes. A failing
 * scenario is also listed among the errors, at the line where it starts, so that one list says all that is wrong.
 * The compiled set is kept whenever it compiled, valid or not, so that an impact check need not compile it again.
 */
public record Validation(boolean geldig, String versie, List<CompileError> fouten, List<ScenarioResult> scenarios,
                         @JsonIgnore RuleSet ruleSet) {

    public static Validation of(RuleSetSource source) {
        List<CompileError> errors = new ArrayList<>();
        RuleSet ruleSet = null;
        List<Scenario> scenarios = List.of();
        try {
            ruleSet = RuleSetCompiler.compile(source);
        } catch (InvalidRuleSetException e) {
            errors.addAll(e.errors());
        }
        try {
            scenarios = ScenarioFiles.read(source);
        } catch (InvalidRuleSetException e) {
            errors.addAll(e.errors());
        }
        List<ScenarioResult> results = ruleSet == null ? List.of() : ScenarioRunner.runAll(ruleSet, scenarios);
        results.stream().filter(r -> !r.geslaagd()).forEach(r -> errors.add(new CompileError(r.bestand(),
                SourceLines.lineOf(source.files().get(r.bestand()), Pattern.compile("naam:\\s*" + Pattern.quote(r.naam()))),
                "Scenario '" + r.naam() + "' faalt: " + String.join("; ", r.verschillen()) + ".")));
        return new Validation(errors.isEmpty(), source.version(), List.copyOf(errors), results, ruleSet);
    }
}
