package nl.startklaswijzer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.startklaswijzer.domein.Aanbod;
import nl.startklaswijzer.domein.ActieCode;
import nl.startklaswijzer.domein.Advies;
import nl.startklaswijzer.domein.ArrangementOordeel;
import nl.startklaswijzer.domein.Categorie;
import nl.startklaswijzer.domein.Effect;
import nl.startklaswijzer.domein.Oordeel;
import nl.startklaswijzer.domein.Reden;
import nl.startklaswijzer.domein.Signaal;
import nl.startklaswijzer.domein.Uitkomst;
import nl.startklaswijzer.engine.scenario.Scenario;
import nl.startklaswijzer.engine.scenario.ScenarioFiles;
import nl.startklaswijzer.engine.scenario.ScenarioOutcome;
import nl.startklaswijzer.engine.scenario.ScenarioResult;
import nl.startklaswijzer.engine.scenario.ScenarioRunner;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every policy owner's scenario of every rule set under rules/, and checks that the scenarios together
 * exercise the whole rule set: each rule applies in one scenario and not in another, each arrangement of the
 * catalogue comes into consideration in one scenario and not in another, and each contract code occurs.
 */
class RuleSetScenariosTest {

    private static final Path RULES = Path.of("rules");
    private static final String DEFAULT_SET = "cluster-brunssum";

    @TestFactory
    Stream<DynamicContainer> everyScenarioOfEveryRuleSetPasses() throws Exception {
        List<DynamicContainer> sets = new ArrayList<>();
        for (Path folder : ruleSetFolders()) {
            RuleSetSource source = EffectiveSource.read(folder);
            RuleSet ruleSet = RuleSetCompiler.compile(source);
            List<Scenario> scenarios = ScenarioFiles.read(source);
            assertFalse(scenarios.isEmpty(), "regelset " + source.name() + " heeft geen scenario's");
            sets.add(DynamicContainer.dynamicContainer(source.name(), scenarios.stream().map(s ->
                    DynamicTest.dynamicTest(s.bestand() + ": " + s.naam(), () -> {
                        ScenarioResult result = ScenarioRunner.run(ruleSet, s);
                        if (!result.geslaagd()) {
                            fail(String.join("\n", result.verschillen()));
                        }
                    }))));
        }
        return sets.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyRuleAppliesInOneScenarioAndNotInAnother() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path folder : ruleSetFolders()) {
            RuleSetSource source = EffectiveSource.read(folder);
            RuleSet ruleSet = RuleSetCompiler.compile(source);
            List<ScenarioResult> results = ScenarioRunner.runAll(ruleSet, ScenarioFiles.read(source));
            for (RuleDescription rule : ruleSet.rules()) {
                tests.add(DynamicTest.dynamicTest(source.name() + ": " + rule.id(), () -> {
                    List<ScenarioResult> applies = results.stream()
                            .filter(r -> r.toegepasteRegels().contains(rule.id())).toList();
                    assertFalse(applies.isEmpty(), "geen scenario waarin regel " + rule.id() + " toepast");
                    // Only scenarios of the same kind count: an advice rule never applies to a pre-screen anyway.
                    Set<ScenarioResult.Type> types = applies.stream().map(ScenarioResult::type).collect(Collectors.toSet());
                    assertTrue(results.stream().anyMatch(r -> types.contains(r.type())
                                    && !r.toegepasteRegels().contains(rule.id())),
                            "geen scenario waarin regel " + rule.id() + " niet toepast");
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyCatalogueArrangementIsListedInOneScenarioAndNotInAnother() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path folder : ruleSetFolders()) {
            RuleSetSource source = EffectiveSource.read(folder);
            RuleSet ruleSet = RuleSetCompiler.compile(source);
            List<Set<String>> listed = new ArrayList<>();
            for (Scenario scenario : ScenarioFiles.read(source)) {
                if (scenario.casus() != null) {
                    listed.add(ScenarioOutcome.of(ruleSet, scenario).arrangements().stream()
                            .map(ArrangementOordeel::code).collect(Collectors.toSet()));
                }
            }
            for (Aanbod aanbod : ruleSet.catalogus().arrangementen()) {
                tests.add(DynamicTest.dynamicTest(source.name() + ": " + aanbod.getCode(), () -> {
                    assertTrue(listed.stream().anyMatch(l -> l.contains(aanbod.getCode())),
                            "geen scenario waarin " + aanbod.getCode() + " in aanmerking komt");
                    assertTrue(listed.stream().anyMatch(l -> !l.contains(aanbod.getCode())),
                            "geen scenario waarin " + aanbod.getCode() + " niet in aanmerking komt");
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void theDefaultRuleSetProducesEveryCodeOfTheContract() throws Exception {
        RuleSetSource source = RuleSetSource.read(RULES.resolve(DEFAULT_SET));
        RuleSet ruleSet = RuleSetCompiler.compile(source);
        Set<Uitkomst> outcomes = EnumSet.noneOf(Uitkomst.class);
        Set<Oordeel> verdicts = EnumSet.noneOf(Oordeel.class);
        Set<Categorie> categories = EnumSet.noneOf(Categorie.class);
        Set<Effect> effects = EnumSet.noneOf(Effect.class);
        Set<ActieCode> actions = EnumSet.noneOf(ActieCode.class);
        Set<Signaal> signals = EnumSet.noneOf(Signaal.class);
        for (Scenario scenario : ScenarioFiles.read(source)) {
            ScenarioOutcome outcome = ScenarioOutcome.of(ruleSet, scenario);
            if (outcome.type() == ScenarioResult.Type.ADVIES) {
                outcomes.add(Uitkomst.valueOf(outcome.outcome()));
                Advies advies = CaseEvaluator.advise(ruleSet, ruleSet.parameters().withValues(scenario.parameters()),
                        scenario.casus());
                advies.arrangementen().forEach(a -> verdicts.add(a.oordeel()));
            } else {
                signals.add(Signaal.valueOf(outcome.outcome()));
            }
            collect(outcome.reasons(), categories, effects);
            outcome.actionsAndSteps().forEach(a -> actions.add(a.getCode()));
        }
        assertEquals(EnumSet.allOf(Uitkomst.class), outcomes);
        assertEquals(EnumSet.allOf(Oordeel.class), verdicts);
        assertEquals(EnumSet.allOf(Categorie.class), categories);
        assertEquals(EnumSet.allOf(Effect.class), effects);
        assertEquals(EnumSet.allOf(ActieCode.class), actions);
        assertEquals(EnumSet.allOf(Signaal.class), signals);
    }

    @Test
    void noAdviceWithoutReasonsAndNoReasonWithoutRuleSourceOrText() throws Exception {
        RuleSetSource source = RuleSetSource.read(RULES.resolve(DEFAULT_SET));
        RuleSet ruleSet = RuleSetCompiler.compile(source);
        for (Scenario scenario : ScenarioFiles.read(source)) {
            if (scenario.casus() == null) {
                continue;
            }
            Advies advies = CaseEvaluator.advise(ruleSet, ruleSet.parameters().withValues(scenario.parameters()),
                    scenario.casus());
            assertTrue(advies.arrangementen().stream().anyMatch(a -> a.code().equals("STARTKLAS")), scenario.naam());
            for (ArrangementOordeel arrangement : advies.arrangementen()) {
                assertFalse(arrangement.redenen().isEmpty(), scenario.naam() + ": " + arrangement.code() + " zonder reden");
            }
            for (Reden reden : advies.redenen()) {
                assertFalse(reden.getRegel().isBlank(), scenario.naam());
                assertFalse(reden.getBron().isBlank(), scenario.naam() + ": " + reden.getRegel());
                assertFalse(reden.getTekst().contains("{"), scenario.naam() + ": " + reden.getTekst());
            }
            assertFalse(advies.samenvatting().isBlank());
        }
    }

    private static void collect(List<Reden> reasons, Set<Categorie> categories, Set<Effect> effects) {
        reasons.forEach(r -> {
            categories.add(r.getCategorie());
            effects.add(r.getEffect());
        });
    }

    private static List<Path> ruleSetFolders() throws IOException {
        try (Stream<Path> folders = Files.list(RULES)) {
            return folders.filter(Files::isDirectory).sorted().collect(Collectors.toCollection(ArrayList::new));
        }
    }

    @Test
    void theDefaultRuleSetIsThere() throws Exception {
        assertTrue(new TreeSet<>(ruleSetFolders()).contains(RULES.resolve(DEFAULT_SET)));
    }
}
