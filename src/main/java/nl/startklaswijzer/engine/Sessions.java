package nl.startklaswijzer.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import nl.startklaswijzer.domein.Catalogus;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Where the evaluations of one rule set get their Drools sessions. With the set's own parameters, as every advice
 * the service gives, a session stays warm: the parameters and the catalogue's arrangements stand in it from one case
 * to the next, so the rule network keeps what it worked out about them, and only a case's own facts go in and out.
 * Other parameters (a scenario's, a draft's) get a session from Drools' pool, which comes back reset; they are put
 * in as standing facts of that one evaluation, so both ways weigh exactly the same facts.
 */
public final class Sessions {

    /** Sessions made ready up front in Drools' pool; it grows when more evaluations run at once. */
    private static final int POOLED = 4;
    /** At most this many warm sessions wait between evaluations; one more is disposed rather than kept. */
    private static final int WARM = 32;

    private final KieSessionsPool pool;
    private final Parameters parameters;
    private final Catalogus catalogus;
    private final BlockingQueue<KieSession> warm = new ArrayBlockingQueue<>(WARM);

    Sessions(KieContainer container, Parameters parameters, Catalogus catalogus) {
        this.pool = container.newKieSessionsPool(POOLED);
        this.parameters = parameters;
        this.catalogus = catalogus;
    }

    /** A session for one evaluation with these parameters, holding the standing facts and nothing else yet. */
    Evaluation open(Parameters with) {
        if (with != parameters) {
            KieSession session = pool.newKieSession();
            standingFacts(with).forEach(session::insert);
            return new Evaluation(session, null);
        }
        KieSession session = warm.poll();
        if (session == null) {
            session = pool.newKieSession();
            standingFacts(parameters).forEach(session::insert);
        }
        return new Evaluation(session, this);
    }

    /** A new session straight from the pool, without standing facts: for reading the rule base itself. */
    public KieSession newKieSession() {
        return pool.newKieSession();
    }

    List<Object> standingFacts(Parameters with) {
        List<Object> facts = new ArrayList<>(with.facts());
        facts.addAll(catalogus.arrangementen());
        return facts;
    }

    /** How many warm sessions wait for the next evaluation. */
    int waiting() {
        return warm.size();
    }

    /** A warm session comes back only with its standing facts; one that does not is disposed, never reused. */
    void giveBack(KieSession session) {
        if (session.getFactCount() != parameters.facts().size() + catalogus.arrangementen().size() || !warm.offer(session)) {
            session.dispose();
        }
    }
}
