package nl.startklaswijzer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.startklaswijzer.bench.CaseGenerator;
import nl.startklaswijzer.domein.Casus;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.junit.jupiter.api.Test;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;

/**
 * The rules that weigh reasons and actions fire after the rules that give them, so that no conclusion is drawn only
 * to be taken back when a later reason takes its ground away.
 */
class ConclusionsLastTest {

    private static final Path DEFAULT_SET = Path.of("rules", "cluster-brunssum");

    @Test
    void theRulesThatWeighConclusionsComeAfterTheRulesThatDrawThem() throws Exception {
        RuleSet ruleSet = RuleSetCompiler.compile(RuleSetSource.read(DEFAULT_SET));
        // Reads "not Reden( STARTKLAS, NIET_PASSEND )" before planning the knooppunt.
        assertEquals(-1, salience(ruleSet, "actie-knooppunt"));
        // Gives a reason, but only when other reasons rule the startklas out.
        assertEquals(-1, salience(ruleSet, "regulier-met-arrangement-buiten-doelgroep"));
        // Reads the case and the parameters alone.
        assertEquals(0, salience(ruleSet, "startklas-leeftijd-doelgroep"));
        assertEquals(0, salience(ruleSet, "catalogus-biedt-wat-nodig-is"));
    }

    @Test
    void aSalienceTheRuleFileGivesIsKept() throws Exception {
        Map<String, String> files = new HashMap<>(RuleSetSource.read(DEFAULT_SET).files());
        String acties = files.get("acties.drl");
        int firstWhen = acties.indexOf("\nwhen\n");
        files.put("acties.drl", acties.substring(0, firstWhen) + "\n    salience 5" + acties.substring(firstWhen));
        RuleSet ruleSet = RuleSetCompiler.compile(new RuleSetSource("volgorde", files));
        assertEquals(5, salience(ruleSet, "actie-knooppunt"));
        assertEquals(-1, salience(ruleSet, "actie-onderbouwing-moederschool"));
    }

    @Test
    void noConclusionIsDrawnAndTakenBackOverARealisticMixOfCases() throws Exception {
        RuleSet ruleSet = RuleSetCompiler.compile(RuleSetSource.read(DEFAULT_SET));
        AtomicInteger drawn = new AtomicInteger();
        AtomicInteger takenBack = new AtomicInteger();
        for (Casus casus : new CaseGenerator(5).cases(500)) {
            KieSession session = ruleSet.sessions().newKieSession();
            try {
                ruleSet.sessions().standingFacts(ruleSet.parameters()).forEach(session::insert);
                session.addEventListener(new DefaultRuleRuntimeEventListener() {
                    @Override
                    public void objectInserted(ObjectInsertedEvent event) {
                        drawn.incrementAndGet();
                    }

                    @Override
                    public void objectDeleted(ObjectDeletedEvent event) {
                        takenBack.incrementAndGet();
                    }
                });
                CaseEvaluator.facts(casus).forEach(session::insert);
                session.fireAllRules(CaseEvaluator.MAX_FIRINGS);
            } finally {
                session.dispose();
            }
        }
        assertTrue(drawn.get() > 500 * 10, "the cases' facts and conclusions went in: " + drawn);
        assertEquals(0, takenBack.get(), "conclusions drawn and taken back again");
    }

    private static int salience(RuleSet ruleSet, String rule) {
        KieSession session = ruleSet.sessions().newKieSession();
        try {
            return ((RuleImpl) session.getKieBase().getRule("regels", rule)).getSalienceValue();
        } finally {
            session.dispose();
        }
    }
}
