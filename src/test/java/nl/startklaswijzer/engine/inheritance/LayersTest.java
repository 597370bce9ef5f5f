package nl.startklaswijzer.engine.inheritance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.startklaswijzer.engine.CompileError;
import nl.startklaswijzer.engine.RuleSetSource;
import nl.startklaswijzer.engine.scenario.Scenario;
import nl.startklaswijzer.engine.scenario.ScenarioFiles;
import org.junit.jupiter.api.Test;

/** How a derived set's layers make one effective set, without touching its base's files. */
class LayersTest {

    private static final String BASE_RULES = """
            package regels;

            rule "een"
            when
            then
            end

            rule "twee"
            when
            then
            end
            """;

    private static final String SCENARIOS = """
            - naam: eerste
              casus: { kind: { geboortedatum: 2022-01-01 } }
              verwacht: { uitkomst: MOEDERSCHOOL }
            - naam: tweede
              casus: { kind: { geboortedatum: 2022-01-01 } }
              verwacht: { uitkomst: MOEDERSCHOOL }
            """;

    private static RuleSetSource base() {
        return new RuleSetSource("basis", Map.of("regels.drl", BASE_RULES, "scenarios/a.yaml", SCENARIOS));
    }

    private static RuleSetSource derived(String manifest, Map<String, String> own) {
        Map<String, String> files = new java.util.HashMap<>(own);
        files.put(Manifest.FILE, manifest);
        return Layers.combine(new RuleSetSource("afgeleid", files), base());
    }

    @Test
    void aReplacedRuleIsBlankedOutOfTheBaseLineForLineAndTheBaseItselfIsUntouched() {
        RuleSetSource source = derived("basis: basis\n", Map.of("eigen.drl", "package regels;\nrule \"twee\"\nwhen\nthen\nend\n"));
        Map<String, String> files = Layers.of(source).ruleFiles();
        String inherited = files.get("../basis/regels.drl");
        assertEquals(BASE_RULES.split("\n", -1).length, inherited.split("\n", -1).length, "line numbers stay");
        assertTrue(inherited.contains("rule \"een\""));
        assertFalse(inherited.contains("rule \"twee\""));
        assertTrue(files.get("eigen.drl").contains("rule \"twee\""));
        assertEquals(BASE_RULES, base().files().get("regels.drl"));
        assertEquals(java.util.Optional.of("basis"), Layers.of(source).replaces("eigen.drl", "twee"));
        assertEquals("basis", Layers.of(source).setOf("../basis/regels.drl"));
    }

    @Test
    void switchedOffRulesFilesAndScenariosAreLeftOutAndATypoIsAnError() throws Exception {
        RuleSetSource source = derived("""
                basis: basis
                uitgezet:
                  - regel: een
                    bron: eigen besluit
                  - scenario: eerste
                    bron: eigen besluit
                """, Map.of());
        Layers layers = Layers.of(source);
        assertEquals(List.of(), layers.errors());
        assertFalse(layers.ruleFiles().get("../basis/regels.drl").contains("rule \"een\""));
        assertEquals(List.of("tweede"), ScenarioFiles.read(source).stream().map(Scenario::naam).toList());

        RuleSetSource typo = derived("basis: basis\nuitgezet:\n  - regel: eenn\n    bron: eigen besluit\n", Map.of());
        assertEquals(List.of(new CompileError(Manifest.FILE, 3, "Uitgezet: regel 'eenn' bestaat niet in de basis.")),
                Layers.of(typo).errors());

        RuleSetSource wholeFile = derived("basis: basis\nuitgezet:\n  - bestand: regels.drl\n    bron: eigen besluit\n", Map.of());
        assertFalse(Layers.of(wholeFile).ruleFiles().containsKey("../basis/regels.drl"));
    }

    @Test
    void aDerivedScenarioOfTheSameNameStandsInForTheBasesOne() throws Exception {
        String own = SCENARIOS.lines().limit(3).collect(Collectors.joining("\n")).replace("MOEDERSCHOOL", "STARTKLAS");
        List<Scenario> scenarios = ScenarioFiles.read(derived("basis: basis\n", Map.of("scenarios/eigen.yaml", own)));
        assertEquals(List.of("eerste", "tweede"), scenarios.stream().map(Scenario::naam).toList());
        assertEquals("scenarios/eigen.yaml", scenarios.get(0).bestand());
        assertEquals("../basis/scenarios/a.yaml", scenarios.get(1).bestand());
    }

    @Test
    void aRuleNameGivenTwiceIsAnErrorAtTheSecond() {
        assertEquals(List.of(new CompileError("b.drl", 2, "De regel 'een' staat al in a.drl, regel 3; geef elke regel een eigen naam.")),
                Layers.duplicateRules(new java.util.TreeMap<>(Map.of("a.drl", BASE_RULES, "b.drl", "package regels;\nrule \"een\"\nwhen\nthen\nend\n"))));
    }

    @Test
    void aManifestWithoutABaseMayNotOverrideOrSwitchOff() {
        RuleSetSource source = new RuleSetSource("los", Map.of(Manifest.FILE, "uitgezet:\n  - regel: een\n    bron: x\n"));
        assertTrue(Layers.of(source).errors().get(0).melding().contains("alleen met een 'basis'"));
    }
}
