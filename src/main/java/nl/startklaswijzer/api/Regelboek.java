package nl.startklaswijzer.api;

import java.util.List;
import nl.startklaswijzer.domein.Aanbod;
import nl.startklaswijzer.domein.Parameter;
import nl.startklaswijzer.engine.RuleDescription;
import nl.startklaswijzer.engine.RuleSet;

/**
 * Every rule of a set with its text, source, status and parameters, every parameter with its value and source, and
 * every arrangement of its catalogue.
 */
public record Regelboek(String naam, String versie, List<RuleDescription> regels, List<Parameter> parameters,
                        List<Aanbod> arrangementen) {

    static Regelboek of(RuleSet ruleSet) {
        return new Regelboek(ruleSet.name(), ruleSet.version().versie(), ruleSet.rules(), ruleSet.parameters().all(),
                ruleSet.catalogus().arrangementen());
    }
}
