package nl.startklaswijzer.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.startklaswijzer.domein.Actie;
import nl.startklaswijzer.domein.Advies;
import nl.startklaswijzer.domein.Reden;
import nl.startklaswijzer.domein.RegelsetVersie;
import nl.startklaswijzer.engine.guard.CandidateRun;
import nl.startklaswijzer.engine.scenario.Scenario;
import nl.startklaswijzer.engine.scenario.ScenarioOutcome;

/** Runs the same cases through the serving rule set and a candidate, and lists every case whose advice changes. */
public final class ImpactAnalysis {

    private ImpactAnalysis() {
    }

    public static Impact compare(RuleSet current, RuleSetSource candidateSource, List<Scenario> cases, CandidateRun run) {
        try {
            return compare(current, RuleSetCompiler.compile(candidateSource), candidateSource, cases, run);
        } catch (InvalidRuleSetException e) {
            return Impact.ongeldig(current.version(), candidateSource.toVersion(), e.errors());
        }
    }

    /** The same for a candidate that is already compiled, such as the one a validation compiled. */
    public static Impact compare(RuleSet current, Validation candidate, List<Scenario> cases, CandidateRun run) {
        return candidate.ruleSet() != null
                ? compare(current, candidate.ruleSet(), candidate.ruleSet().source(), cases, run)
                : Impact.ongeldig(current.version(), new RegelsetVersie(current.name(), candidate.versie()), candidate.fouten());
    }

    /** The serving set answers on this thread: it passed its checks. Only the candidate runs within the limits. */
    private static Impact compare(RuleSet current, RuleSet candidate, RuleSetSource candidateSource, List<Scenario> cases,
                                  CandidateRun run) {
        List<Attempt> before = cases.stream().map(c -> Attempt.of(current, c)).toList();
        List<Attempt> after;
        try {
            after = run.run(() -> cases.stream().map(c -> Attempt.of(candidate, c)).toList());
        } catch (CandidateRun.Stopped e) {
            return Impact.ongeldig(current.version(), candidate.version(), List.of(Validation.stopped(candidateSource, e)));
        }
        List<Impact.Wijziging> changed = new ArrayList<>();
        List<CompileError> errors = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Scenario c = cases.get(i);
            String error = before.get(i).error() != null ? before.get(i).error() : after.get(i).error();
            if (error != null) {
                errors.add(new CompileError(c.bestand(), null, "Casus '" + c.naam() + "' niet te beoordelen: " + error));
            } else {
                change(c.naam(), before.get(i).outcome(), after.get(i).outcome()).ifPresent(changed::add);
            }
        }
        return new Impact(current.version(), candidate.version(), errors.isEmpty(), errors, changed,
                cases.size() - changed.size() - errors.size(), null);
    }

    /** What one rule set concluded for one case, or why it could not. */
    private record Attempt(ScenarioOutcome outcome, String error) {

        static Attempt of(RuleSet ruleSet, Scenario c) {
            try {
                return new Attempt(ScenarioOutcome.of(ruleSet, c), null);
            } catch (RuntimeException e) {
                return new Attempt(null, e.getMessage());
            }
        }
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

    /** How one case's advice differs between two evaluations, such as a recorded advice and today's; empty if alike. */
    public static Optional<Impact.Wijziging> verschil(String casus, Advies voor, Advies na) {
        return change(casus, ScenarioOutcome.of(voor, null), ScenarioOutcome.of(na, null));
    }
}
