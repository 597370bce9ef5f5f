package nl.startklaswijzer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.startklaswijzer.bench.CaseGenerator;
import nl.startklaswijzer.domein.Casus;
import org.junit.jupiter.api.Test;

/**
 * A warm session keeps the parameters and the catalogue between cases; what one case concluded must never show in
 * the next. Every case of a realistic mix, given one after the other to the same warm sessions, must get exactly the
 * advice a session from the pool gives it, which starts from nothing.
 */
class SessionsTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void aWarmSessionGivesEveryCaseTheAdviceAFreshSessionGives() throws Exception {
        RuleSet ruleSet = RuleSetCompiler.compile(EffectiveSource.read(Path.of("rules", "cluster-brunssum")));
        // Equal values in another instance: the evaluation takes a session from the pool, as a scenario's would.
        Parameters same = ruleSet.parameters().withValues(Map.of("groepsgrootte", IntNode.valueOf(12)));
        List<Casus> cases = new CaseGenerator(11).cases(300);
        for (int round = 0; round < 2; round++) {
            for (Casus casus : cases) {
                assertEquals(JSON.writeValueAsString(CaseEvaluator.advise(ruleSet, same, casus)),
                        JSON.writeValueAsString(CaseEvaluator.advise(ruleSet, casus)), "case " + casus.getKind().getReferentie());
            }
        }
        assertEquals(1, ruleSet.sessions().waiting(), "one case at a time needs one warm session, reused every time");
    }
}
