package nl.startklaswijzer.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.startklaswijzer.domein.Actie;
import nl.startklaswijzer.domein.Advies;
import nl.startklaswijzer.domein.Casus;
import nl.startklaswijzer.domein.Reden;
import nl.startklaswijzer.domein.Signalering;
import nl.startklaswijzer.domein.SignaleringsAdvies;
import org.kie.api.runtime.KieSession;

/**
 * Runs one case through a rule set: puts the case's facts, the parameters and the catalogue's arrangements into a
 * fresh session, lets the rules conclude, and gathers their reasons and actions. Nothing outside the rules adds to
 * the explanation.
 */
public final class CaseEvaluator {

    /** A rule set that keeps firing past this is in a loop; the evaluation stops rather than hang the service. */
    static final int MAX_FIRINGS = 10_000;

    /** Decisive reasons first, so that the knooppunt reads what tipped the balance before the rest. */
    private static final Comparator<Reden> REASON_ORDER = Comparator.comparing(Reden::getEffect)
            .thenComparing(Reden::getCategorie)
            .thenComparing(Reden::getRegel)
            // One rule can give several reasons (one per catalogue entry, say); their text keeps the order the same
            // on every run, so that a recorded advice run again gives exactly the same answer.
            .thenComparing(Reden::getTekst);
    private static final Comparator<Actie> ACTION_ORDER = Comparator.comparing(Actie::getCode)
            .thenComparing(Actie::getRegel)
            .thenComparing(Actie::getTekst);

    private CaseEvaluator() {
    }

    public static Advies advise(RuleSet ruleSet, Casus casus) {
        return advise(ruleSet, ruleSet.parameters(), casus);
    }

    public static Advies advise(RuleSet ruleSet, Parameters parameters, Casus casus) {
        List<Object> facts = new ArrayList<>();
        facts.add(casus);
        facts.add(casus.getKind());
        facts.add(casus.getProces());
        if (casus.getMoederschool() != null) {
            facts.add(casus.getMoederschool());
        }
        if (casus.getStartklas() != null) {
            facts.add(casus.getStartklas());
            facts.addAll(casus.getStartklas().getLeerlingen());
        }
        facts.addAll(ruleSet.catalogus().arrangementen());
        Conclusions conclusions = conclude(ruleSet, parameters, facts);
        return Advies.uit(casus.getKind().getReferentie(), conclusions.reasons(), conclusions.actions(),
                ruleSet.catalogus(), ruleSet.samenvattingen(), ruleSet.version(), casus.getPeildatum());
    }

    public static SignaleringsAdvies screen(RuleSet ruleSet, Signalering signalering) {
        return screen(ruleSet, ruleSet.parameters(), signalering);
    }

    /** The pre-screen's facts are the Signalering alone: the child is not inserted, so no advice rule fires. */
    public static SignaleringsAdvies screen(RuleSet ruleSet, Parameters parameters, Signalering signalering) {
        Conclusions conclusions = conclude(ruleSet, parameters, List.of(signalering));
        return SignaleringsAdvies.uit(conclusions.reasons(), conclusions.actions(), ruleSet.version(),
                signalering.getPeildatum());
    }

    private static Conclusions conclude(RuleSet ruleSet, Parameters parameters, List<Object> facts) {
        KieSession session = ruleSet.sessions().newKieSession();
        try {
            parameters.facts().forEach(session::insert);
            facts.forEach(session::insert);
            if (session.fireAllRules(MAX_FIRINGS) >= MAX_FIRINGS) {
                throw new IllegalStateException("De regels van " + ruleSet.name() + " blijven vuren (meer dan "
                        + MAX_FIRINGS + " keer): een regel wijzigt wat hij zelf leest.");
            }
            List<Reden> reasons = session.getObjects(Reden.class::isInstance).stream()
                    .map(Reden.class::cast).sorted(REASON_ORDER).toList();
            List<Actie> actions = session.getObjects(Actie.class::isInstance).stream()
                    .map(Actie.class::cast).sorted(ACTION_ORDER).toList();
            return new Conclusions(reasons, actions);
        } finally {
            // Returns the session to the pool, emptied: the next case starts from no facts.
            session.dispose();
        }
    }

    private record Conclusions(List<Reden> reasons, List<Actie> actions) {
    }
}
