package nl.startklaswijzer.engine;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import nl.startklaswijzer.domein.ActieCode;
import nl.startklaswijzer.domein.Arrangement;
import nl.startklaswijzer.domein.Categorie;
import nl.startklaswijzer.domein.Effect;
import nl.startklaswijzer.domein.Signaal;
import nl.startklaswijzer.domein.Status;

/**
 * One entry of a rule set's rule book: what a policy owner checks against the policy text. The text is the rule's
 * Dutch explanation, with {placeholders} for the facts of a case; the parameters are those the rule reads.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleDescription(String id, String bestand, Integer regelnummer, String tekst, String bron, Status status,
                              Arrangement arrangement, Categorie categorie, Effect effect, Signaal signaal,
                              ActieCode actie, String wie, List<String> parameters, String herkomst,
                              String vervangtUit) {

    /** herkomst: the set whose file holds the rule, for a derived set; vervangtUit: the base whose rule it replaces. */
    static RuleDescription of(RuleMetadata rule, String file, Integer line, List<String> parameters, String herkomst,
                              String vervangtUit) {
        return new RuleDescription(rule.id(), file, line, rule.tekst(), rule.bron(), rule.status(), rule.arrangement(),
                rule.categorie(), rule.effect(), rule.signaal(), rule.actie(), rule.wie(), parameters, herkomst, vervangtUit);
    }
}
