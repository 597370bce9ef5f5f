package nl.startklaswijzer.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * One case in one session: its facts go in, the rules conclude, and closing takes the case's facts out again. Their
 * conclusions, inserted logically, go with them, so a warm session is left as it was; a pooled one is disposed,
 * which resets it.
 */
final class Evaluation implements AutoCloseable {

    private final KieSession session;
    /** The rule set's sessions that take a warm session back; null for a pooled one. */
    private final Sessions home;
    private final List<FactHandle> caseFacts = new ArrayList<>();
    /** Whether the rules concluded normally; a session in which anything else happened is never used again. */
    private boolean concluded;

    Evaluation(KieSession session, Sessions home) {
        this.session = session;
        this.home = home;
    }

    void insert(Object fact) {
        caseFacts.add(session.insert(fact));
    }

    /** Lets the rules conclude; a rule set that keeps firing past the limit is in a loop, and is stopped. */
    void fire(String ruleSet, int maxFirings) {
        if (session.fireAllRules(maxFirings) >= maxFirings) {
            throw new IllegalStateException("De regels van " + ruleSet + " blijven vuren (meer dan " + maxFirings
                    + " keer): een regel wijzigt wat hij zelf leest.");
        }
        concluded = true;
    }

    /** Every fact in the session: the standing ones, the case's, and what the rules concluded. */
    Collection<?> facts() {
        return session.getObjects();
    }

    @Override
    public void close() {
        if (home == null || !concluded) {
            session.dispose();
            return;
        }
        caseFacts.forEach(session::delete);
        // Takes the deletions through the network, and with them the conclusions that rested on the case's facts.
        session.fireAllRules(CaseEvaluator.MAX_FIRINGS);
        home.giveBack(session);
    }
}
