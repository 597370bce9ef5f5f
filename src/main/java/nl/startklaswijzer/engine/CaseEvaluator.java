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

/**
 * Runs one case through a rule set: puts the case's facts into a session that holds the parameters and the
 * catalogue's arrangements (see Sessions), lets the rules conclude, and gathers their reasons and actions. Nothing outside the rules adds to
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
        Conclusions conclusions = conclude(ruleSet, parameters, facts(casus));
        return Advies.uit(casus.getKind().getReferentie(), conclusions.reasons(), conclusions.actions(),
                ruleSet.catalogus(), ruleSet.samenvattingen(), ruleSet.version(), casus.getPeildatum());
    }

    /** The facts a case gives the rules, besides the set's standing parameters and arrangements. */
    static List<Object> facts(Casus casus) {
        List<Object> facts = new ArrayList<>();
        facts.add(casus);
        facts.add(casus.getKind());
        facts.add(casus.getProces());
        if (casus.getMoederschool() != null) {
            facts.add(casus.getMoederschool());
        }
        if (casus.getStartklas() != null) {
            // The group is one fact: its pupils are counted through it, not inserted one by one.
            facts.add(casus.getStartklas());
        }
        return facts;
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
        try (Evaluation evaluation = ruleSet.sessions().open(parameters)) {
            facts.forEach(evaluation::insert);
            evaluation.fire(ruleSet.name(), MAX_FIRINGS);
            // One pass over the session's facts gives both kinds of conclusion.
            List<Reden> reasons = new ArrayList<>();
            List<Actie> actions = new ArrayList<>();
            for (Object fact : evaluation.facts()) {
                if (fact instanceof Reden reason) {
                    reasons.add(reason);
                } else if (fact instanceof Actie action) {
                    actions.add(action);
                }
            }
            reasons.sort(REASON_ORDER);
            actions.sort(ACTION_ORDER);
            return new Conclusions(List.copyOf(reasons), List.copyOf(actions));
        }
    }

    private record Conclusions(List<Reden> reasons, List<Actie> actions) {
    }
}
