package nl.startklaswijzer.engine;

import java.time.Instant;
import java.util.List;
import nl.startklaswijzer.domein.RegelsetVersie;
import nl.startklaswijzer.domein.Samenvattingen;
import org.kie.api.KieBase;

/** A compiled rule set, ready to evaluate cases: immutable, so that it can be swapped whole. */
public record RuleSet(RuleSetSource source, KieBase kieBase, Parameters parameters, Samenvattingen samenvattingen,
                      List<RuleDescription> rules, Instant loadedAt) {

    public String name() {
        return source.name();
    }

    public RegelsetVersie version() {
        return source.toVersion();
    }
}
