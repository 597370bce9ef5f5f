package nl.startklaswijzer.engine.scenario;

import java.time.LocalDate;
import java.util.List;
import nl.startklaswijzer.domein.Actie;
import nl.startklaswijzer.domein.Advies;
import nl.startklaswijzer.domein.Reden;
import nl.startklaswijzer.domein.SignaleringsAdvies;
import nl.startklaswijzer.engine.CaseEvaluator;
import nl.startklaswijzer.engine.RuleSet;

/**
 * What a rule set concludes for a scenario's case, advice or pre-screen alike: the outcome (uitkomst or signaal),
 * the pre-screen's dates or the advice's start date, and the reasons and actions.
 */
public record ScenarioOutcome(ScenarioResult.Type type, String outcome, LocalDate knooppuntRond,
                              LocalDate inschrijvenNietVoor, LocalDate startdatum, List<Reden> reasons,
                              List<Actie> actions) {

    /** Evaluates the scenario's case with its own parameter values, if it sets any. */
    public static ScenarioOutcome of(RuleSet ruleSet, Scenario scenario) {
        var parameters = ruleSet.parameters().withValues(scenario.parameters());
        if (scenario.casus() != null) {
            Advies advies = CaseEvaluator.advise(ruleSet, parameters, scenario.casus());
            return new ScenarioOutcome(ScenarioResult.Type.ADVIES, advies.uitkomst().name(), null, null,
                    advies.startdatum(), advies.redenen(), advies.acties());
        }
        SignaleringsAdvies advies = CaseEvaluator.screen(ruleSet, parameters, scenario.signalering());
        return new ScenarioOutcome(ScenarioResult.Type.SIGNALERING, advies.signaal().name(), advies.knooppuntRond(),
                advies.inschrijvenNietVoor(), null, advies.redenen(), advies.acties());
    }
}
