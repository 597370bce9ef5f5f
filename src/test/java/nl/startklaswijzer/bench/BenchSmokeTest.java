package nl.startklaswijzer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.startklaswijzer.domein.Actie;
import nl.startklaswijzer.domein.Advies;
import nl.startklaswijzer.domein.ArrangementOordeel;
import nl.startklaswijzer.domein.Casus;
import nl.startklaswijzer.domein.Reden;
import nl.startklaswijzer.domein.Uitkomst;
import nl.startklaswijzer.engine.CaseEvaluator;
import nl.startklaswijzer.engine.RuleSet;
import nl.startklaswijzer.engine.RuleSetCompiler;
import nl.startklaswijzer.engine.RuleSetSource;
import org.junit.jupiter.api.Test;

/** The benchmark's inputs and floor are sound: valid, repeatable cases, and a plain-Java floor that decides alike. */
@QuarkusTest
class BenchSmokeTest {

    @Inject
    Validator validator;

    @Inject
    ObjectMapper json;

    @Test
    void theGeneratorMakesValidRepeatableCasesWithEveryOutcome() throws Exception {
        List<Casus> cases = new CaseGenerator(42).cases(1_000);
        RuleSet ruleSet = RuleSetCompiler.compile(RuleSetSource.read(Path.of("rules", "cluster-brunssum")));
        Set<Uitkomst> outcomes = EnumSet.noneOf(Uitkomst.class);
        for (Casus casus : cases) {
            assertEquals(Set.of(), validator.validate(casus), casus.getKind().getReferentie());
            outcomes.add(CaseEvaluator.advise(ruleSet, casus).uitkomst());
        }
        assertEquals(EnumSet.allOf(Uitkomst.class), outcomes);
        assertEquals(json.writeValueAsString(new CaseGenerator(7).next(3)), json.writeValueAsString(new CaseGenerator(7).next(3)));
        // What the generator writes, the API reads back as the same case.
        Casus first = cases.get(0);
        assertEquals(json.writeValueAsString(first), json.writeValueAsString(json.readValue(json.writeValueAsString(first), Casus.class)));
    }

    private static String verdictAndSteps(ArrangementOordeel a) {
        return a.code() + "=" + a.oordeel() + (a.stappen() == null ? ""
                : a.stappen().stream().map(s -> " " + s.getCode() + "@" + s.getUiterlijk()).reduce("", String::concat));
    }

    @Test
    void thePlainJavaFloorDecidesAsTheRulesDo() throws Exception {
        RuleSet ruleSet = RuleSetCompiler.compile(RuleSetSource.read(Path.of("rules", "cluster-brunssum")));
        for (Casus casus : new CaseGenerator(42).cases(1_000)) {
            Advies rules = CaseEvaluator.advise(ruleSet, casus);
            Advies plain = PlainJavaAdvice.advise(casus, ruleSet.catalogus());
            String which = casus.getKind().getReferentie();
            assertEquals(rules.uitkomst(), plain.uitkomst(), which);
            assertEquals(rules.redenen().stream().map(Reden::getRegel).sorted().toList(),
                    plain.redenen().stream().map(Reden::getRegel).sorted().toList(), which);
            assertEquals(rules.acties().stream().map(a -> a.getCode() + "@" + a.getUiterlijk()).toList(),
                    plain.acties().stream().map(a -> a.getCode() + "@" + a.getUiterlijk()).toList(), which);
            assertEquals(rules.arrangementen().stream().map(BenchSmokeTest::verdictAndSteps).toList(),
                    plain.arrangementen().stream().map(BenchSmokeTest::verdictAndSteps).toList(), which);
        }
        assertTrue(PlainJavaAdvice.advise(new CaseGenerator(1).next(0), ruleSet.catalogus()).acties().stream().map(Actie::getRegel).allMatch(r -> r.startsWith("actie-")));
    }
}
