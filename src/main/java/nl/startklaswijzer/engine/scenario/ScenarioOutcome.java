package nl.startklaswijzer.engine.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import nl.startklaswijzer.domein.Actie;
import nl.startklaswijzer.domein.Advies;
import nl.startklaswijzer.domein.ArrangementOordeel;
import nl.startklaswijzer.domein.Reden;
import nl.startklaswijzer.domein.SignaleringsAdvies;
import nl.startklaswijzer.domein.WatZouVeranderen;
import nl.startklaswijzer.engine.CaseEvaluator;
import nl.startklaswijzer.engine.RuleSet;
import nl.startklaswijzer.engine.guard.CandidateRun;
import nl.startklaswijzer.engine.tegenfeitelijk.CounterfactualSearch;

/**
 * What a rule set concludes for a scenario's case, advice or pre-screen alike: the outcome (uitkomst or signaal),
 * the pre-screen's dates or the advice's start date, the reasons and actions, and for an advice its arrangements with
 * the steps towards those from the catalogue, and what would change it when the scenario expects that.
 */
public record ScenarioOutcome(ScenarioResult.Type type, String outcome, LocalDate knooppuntRond,
                              LocalDate inschrijvenNietVoor, LocalDate startdatum, List<Reden> reasons,
                              List<Actie> actions, List<ArrangementOordeel> arrangements,
                              WatZouVeranderen watZouVeranderen) {

    /** The advice's actions followed by every step towards an arrangement from the catalogue. */
    public List<Actie> actionsAndSteps() {
        return Stream.concat(actions.stream(), arrangements.stream()
                .filter(a -> a.stappen() != null).flatMap(a -> a.stappen().stream())).toList();
    }

    /** Evaluates the scenario's case with its own parameter values, if it sets any. */
    public static ScenarioOutcome of(RuleSet ruleSet, Scenario scenario) {
        CandidateRun.evaluating(scenario);
        var parameters = ruleSet.parameters().withValues(scenario.parameters());
        if (scenario.casus() != null) {
            Advies advies = CaseEvaluator.advise(ruleSet, parameters, scenario.casus());
            boolean search = scenario.verwacht() != null && scenario.verwacht().watZouVeranderen() != null;
            return of(advies, search ? CounterfactualSearch.of(ruleSet, parameters, scenario.casus(), advies) : null);
        }
        SignaleringsAdvies advies = CaseEvaluator.screen(ruleSet, parameters, scenario.signalering());
        return new ScenarioOutcome(ScenarioResult.Type.SIGNALERING, advies.signaal().name(), advies.knooppuntRond(),
                advies.inschrijvenNietVoor(), null, advies.redenen(), advies.acties(), List.of(), null);
    }

    /** What an advice concluded, however it was given: for a scenario, or recorded in a dossier and run again. */
    public static ScenarioOutcome of(Advies advies, WatZouVeranderen watZouVeranderen) {
        return new ScenarioOutcome(ScenarioResult.Type.ADVIES, advies.uitkomst().name(), null, null,
                advies.startdatum(), advies.redenen(), advies.acties(), advies.arrangementen(), watZouVeranderen);
    }
}
