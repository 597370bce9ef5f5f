package nl.startklaswijzer.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.startklaswijzer.domein.Actie;
import nl.startklaswijzer.domein.Reden;
import nl.startklaswijzer.domein.RegelsetVersie;
import nl.startklaswijzer.engine.scenario.Scenario;
import nl.startklaswijzer.engine.scenario.ScenarioOutcome;

/** Runs the same cases through the serving rule set and a candidate, and lists every case whose advice changes. */
public final class ImpactAnalysis {

    private ImpactAnalysis() {
    }

    public static Impact compare(RuleSet current, RuleSetSource candidateSource, List<Scenario> cases) {
        try {
            return compare(current, RuleSetCompiler.compile(candidateSource), cases);
        } catch (InvalidRuleSetException e) {
            return Impact.ongeldig(current.version(), candidateSource.toVersion(), e.errors());
        }
    }

    /** The same for a candidate that is already compiled, such as the one a validation compiled. */
    public static Impact compare(RuleSet current, Validation candidate, List<Scenario> cases) {
        return candidate.ruleSet() != null ? compare(current, candidate.ruleSet(), cases)
                : Impact.ongeldig(current.version(), new RegelsetVersie(current.name(), candidate.versie()), candidate.fouten());
    }

    private static Impact compare(RuleSet current, RuleSet candidate, List<Scenario> cases) {
        List<Impact.Wijziging> changed = new ArrayList<>();
        List<CompileError> errors = new ArrayList<>();
        for (Scenario c : cases) {
            try {
                change(c.naam(), ScenarioOutcome.of(current, c), ScenarioOutcome.of(candidate, c)).ifPresent(changed::add);
            } catch (RuntimeException e) {
                errors.add(new CompileError(c.bestand(), null, "Casus '" + c.naam() + "' niet te beoordelen: " + e.getMessage()));
            }
        }
        return new Impact(current.version(), candidate.version(), errors.isEmpty(), errors, changed,
                cases.size() - changed.size() - errors.size());
    }

    private static Optional<Impact.Wijziging> change(String name, ScenarioOutcome before, ScenarioOutcome after) {
        List<Reden> reasonsAdded = minus(after.reasons(), before.reasons(), ImpactAnalysis::reasonKey);
        List<Reden> reasonsRemoved = minus(before.reasons(), after.reasons(), ImpactAnalysis::reasonKey);
        List<Actie> actionsAdded = minus(after.actionsAndSteps(), before.actionsAndSteps(), ImpactAnalysis::actionKey);
        List<Actie> actionsRemoved = minus(before.actionsAndSteps(), after.actionsAndSteps(), ImpactAnalysis::actionKey);
        boolean same = before.outcome().equals(after.outcome()) && reasonsAdded.isEmpty() && reasonsRemoved.isEmpty()
                && actionsAdded.isEmpty() && actionsRemoved.isEmpty();
        return same ? Optional.empty() : Optional.of(new Impact.Wijziging(name, before.outcome(),
                after.outcome(), reasonsAdded, reasonsRemoved, actionsAdded, actionsRemoved));
    }

    private static String reasonKey(Reden r) {
        return r.getRegel() + "\n" + r.getEffect() + "\n" + r.getTekst();
    }

    private static String actionKey(Actie a) {
        return a.getCode() + "\n" + a.getTekst() + "\n" + a.getUiterlijk();
    }

    private static <T> List<T> minus(List<T> items, List<T> others, Function<T, String> key) {
        List<String> otherKeys = others.stream().map(key).toList();
        return items.stream().filter(i -> !otherKeys.contains(key.apply(i))).toList();
    }
}
