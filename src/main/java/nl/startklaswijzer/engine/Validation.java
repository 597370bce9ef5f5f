package nl.startklaswijzer.engine;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.startklaswijzer.engine.guard.CandidateRun;
import nl.startklaswijzer.engine.scenario.Scenario;
import nl.startklaswijzer.engine.scenario.ScenarioFiles;
import nl.startklaswijzer.engine.scenario.ScenarioResult;
import nl.startklaswijzer.engine.scenario.ScenarioRunner;

/**
 * Whether a rule set may serve: it compiles, its scenarios can be read, and every scenario passes. A failing
 * scenario is also listed among the errors, at the line where it starts, so that one list says all that is wrong.
 * The compiled set is kept whenever it compiled, valid or not, so that an impact check need not compile it again;
 * not when its scenarios had to be stopped at the candidate limits.
 */
public record Validation(boolean geldig, String versie, List<CompileError> fouten, List<ScenarioResult> scenarios,
                         @JsonIgnore RuleSet ruleSet) {

    /** Compiles the files and runs their scenarios within the candidate limits. */
    public static Validation of(RuleSetSource source, CandidateRun run) {
        return of(source, run, null);
    }

    /**
     * As {@link #of(RuleSetSource, CandidateRun)}, given the kjar that a cache kept for exactly these files (or null):
     * it was kept only after these files passed their scenarios, so a set loaded from it is valid without running
     * them again. The guard and the rules' metadata checks run all the same.
     */
    public static Validation of(RuleSetSource source, CandidateRun run, byte[] cached) {
        List<CompileError> errors = new ArrayList<>();
        RuleSet ruleSet = null;
        List<Scenario> scenarios = List.of();
        try {
            ruleSet = RuleSetCompiler.compile(source, cached);
        } catch (InvalidRuleSetException e) {
            errors.addAll(e.errors());
        }
        if (ruleSet != null && ruleSet.compiled().fromCache()) {
            return new Validation(true, source.version(), List.of(), List.of(), ruleSet);
        }
        try {
            scenarios = ScenarioFiles.read(source);
        } catch (InvalidRuleSetException e) {
            errors.addAll(e.errors());
        }
        List<ScenarioResult> results = List.of();
        if (ruleSet != null) {
            RuleSet compiled = ruleSet;
            List<Scenario> toRun = scenarios;
            try {
                results = run.run(() -> ScenarioRunner.runAll(compiled, toRun));
            } catch (CandidateRun.Stopped e) {
                errors.add(stopped(source, e));
                // Its sessions were stopped mid-evaluation: the set is not kept for an impact check either.
                ruleSet = null;
            }
        }
        results.stream().filter(r -> !r.geslaagd()).forEach(r -> errors.add(new CompileError(r.bestand(),
                scenarioLine(source, r.bestand(), r.naam()), "Scenario '" + r.naam() + "' faalt: "
                        + String.join("; ", r.verschillen()) + ".")));
        return new Validation(errors.isEmpty(), source.version(), List.copyOf(errors), results, ruleSet);
    }

    /** A candidate that cannot even be compiled, such as one whose base is unknown: nothing of it ran. */
    public static Validation refused(RuleSetSource source, List<CompileError> errors) {
        return new Validation(false, source.version(), List.copyOf(errors), List.of(), null);
    }

    /** A candidate stopped at its limit, told at the scenario that was running then. */
    static CompileError stopped(RuleSetSource source, CandidateRun.Stopped stop) {
        Scenario scenario = stop.scenario();
        if (scenario == null) {
            return new CompileError(null, null, stop.getMessage());
        }
        return new CompileError(scenario.bestand(), scenarioLine(source, scenario.bestand(), scenario.naam()),
                (scenario.bestand() == null ? "Casus '" : "Scenario '") + scenario.naam() + "' is gestopt: " + stop.getMessage());
    }

    private static Integer scenarioLine(RuleSetSource source, String file, String name) {
        String text = file == null ? null : source.files().get(file);
        return text == null ? null : SourceLines.lineOf(text, Pattern.compile("naam:\\s*" + Pattern.quote(name)));
    }
}
