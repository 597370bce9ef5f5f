package nl.startklaswijzer.api;

import java.util.List;
import nl.startklaswijzer.domein.Parameter;
import nl.startklaswijzer.engine.RuleDescription;
import nl.startklaswijzer.engine.RuleSet;

/** Every rule of a set with its text, source, status and parameters, and every parameter with its value and source. */
public record Regelboek(String naam, String versie, List<RuleDescription> regels, List<Parameter> parameters) {

    static Regelboek of(RuleSet ruleSet) {
        return new Regelboek(ruleSet.name(), ruleSet.version().versie(), ruleSet.rules(), ruleSet.parameters().all());
    }
}
