package nl.startklaswijzer.engine;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.startklaswijzer.domein.Actie;
import nl.startklaswijzer.domein.Parameter;
import nl.startklaswijzer.domein.Reden;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Declaration;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The two things a rule does when it applies, imported into every rule file: give a reason, or give an action.
 * Both take the text from the rule's own @tekst and fill it with the values the rule bound. They insert logically,
 * so that a conclusion disappears again when a later fact takes away its ground; the order in which rules fire
 * then never changes the advice.
 */
public final class RuleFunctions {

    /** The bound value that gives an action its date. */
    static final String DEADLINE = "uiterlijk";

    private RuleFunctions() {
    }

    public static void geefReden(RuleContext kcontext) {
        RuleMetadata rule = RuleMetadata.of(kcontext.getRule());
        Bindings bound = Bindings.of(kcontext);
        kcontext.insertLogical(new Reden(rule.id(), rule.categorie(), rule.effect(), rule.arrangement(),
                rule.signaal(), ExplanationText.fill(rule.tekst(), bound.all()), rule.bron(), rule.status(),
                bound.facts(), bound.parameters()));
    }

    public static void geefActie(RuleContext kcontext) {
        RuleMetadata rule = RuleMetadata.of(kcontext.getRule());
        Bindings bound = Bindings.of(kcontext);
        LocalDate deadline = bound.facts().get(DEADLINE) instanceof LocalDate date ? date : null;
        kcontext.insertLogical(new Actie(rule.actie(), ExplanationText.fill(rule.tekst(), bound.all()), deadline,
                rule.id(), rule.bron(), rule.status()));
    }

    /**
     * A rule's bound values by their names without the "$", split into facts of the case and values from the
     * parameter file, leaving out whole objects such as the Kind.
     */
    private record Bindings(Map<String, Object> facts, Map<String, Object> parameters) {

        static Bindings of(RuleContext kcontext) {
            RuleImpl rule = (RuleImpl) kcontext.getRule();
            Match match = kcontext.getMatch();
            Map<String, Object> facts = new LinkedHashMap<>();
            Map<String, Object> parameters = new LinkedHashMap<>();
            for (String id : match.getDeclarationIds()) {
                Object value = match.getDeclarationValue(id);
                if (ExplanationText.isReportable(value)) {
                    String name = id.startsWith("$") ? id.substring(1) : id;
                    (isFromParameter(rule.getDeclaration(id)) ? parameters : facts).put(name, value);
                }
            }
            return new Bindings(facts, parameters);
        }

        private static boolean isFromParameter(Declaration declaration) {
            return declaration != null && declaration.getPattern() != null
                    && declaration.getPattern().getObjectType() instanceof ClassObjectType type
                    && type.getClassType() == Parameter.class;
        }

        Map<String, Object> all() {
            Map<String, Object> all = new HashMap<>(parameters);
            all.putAll(facts);
            return all;
        }
    }
}
