package nl.startklaswijzer.engine;

import java.time.LocalDate;
import nl.startklaswijzer.domein.Actie;
import nl.startklaswijzer.domein.Reden;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The two things a rule does when it applies, imported into every rule file: give a reason, or give an action.
 * Both take the text from the rule's own @tekst and fill it with the values the rule bound; a rule that matched an
 * arrangement from the catalogue gives a reason or step about that arrangement. They insert logically,
 * so that a conclusion disappears again when a later fact takes away its ground; the order in which rules fire
 * then never changes the advice.
 */
public final class RuleFunctions {

    /** The bound value that gives an action its date. */
    static final String DEADLINE = "uiterlijk";

    private RuleFunctions() {
    }

    public static void geefReden(RuleContext kcontext) {
        PreparedRule rule = PreparedRule.of(kcontext.getRule());
        RuleMetadata about = rule.metadata;
        PreparedRule.Bindings bound = rule.bind(kcontext.getMatch());
        kcontext.insertLogical(new Reden(about.id(), about.categorie(), about.effect(), about.arrangement(),
                bound.aanbod(), about.signaal(), rule.text.fill(bound.all()), about.bron(), about.status(), bound.facts(),
                bound.parameters()));
    }

    public static void geefActie(RuleContext kcontext) {
        PreparedRule rule = PreparedRule.of(kcontext.getRule());
        RuleMetadata about = rule.metadata;
        PreparedRule.Bindings bound = rule.bind(kcontext.getMatch());
        LocalDate deadline = bound.facts().get(DEADLINE) instanceof LocalDate date ? date : null;
        kcontext.insertLogical(new Actie(about.actie(), rule.text.fill(bound.all()), deadline, about.wie(),
                bound.aanbod(), about.id(), about.bron(), about.status()));
    }
}
