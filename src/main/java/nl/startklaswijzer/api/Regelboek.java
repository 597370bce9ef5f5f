package nl.startklaswijzer.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import nl.startklaswijzer.domein.Aanbod;
import nl.startklaswijzer.domein.Parameter;
import nl.startklaswijzer.engine.RuleDescription;
import nl.startklaswijzer.engine.RuleSet;

/**
 * Every rule of a set with its text, source, status and parameters, every parameter with its value and source, and
 * every arrangement of its catalogue.
 */
public record Regelboek(String naam, String versie, List<RuleDescription> regels, List<RegelboekParameter> parameters,
                        List<Aanbod> arrangementen) {

    /** A parameter with, for a set built on another, the set its value comes from. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RegelboekParameter(@JsonUnwrapped Parameter parameter, String herkomst) {
    }

    static Regelboek of(RuleSet ruleSet) {
        return new Regelboek(ruleSet.name(), ruleSet.version().versie(), ruleSet.rules(),
                ruleSet.parameters().all().stream()
                        .map(p -> new RegelboekParameter(p, ruleSet.parameters().origin(p.getNaam()))).toList(),
                ruleSet.catalogus().arrangementen());
    }
}
