package nl.startklaswijzer.engine;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.startklaswijzer.domein.Aanbod;
import nl.startklaswijzer.domein.Parameter;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Declaration;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.Match;

/**
 * What a rule needs each time it fires, worked out once when its set is compiled: its metadata, its text split into
 * parts, which of its bound values come from the parameter file, and which one is an arrangement from the catalogue. The compiler attaches it to the rule, so that
 * a firing finds it with one lookup instead of reading and parsing the rule's @-lines again.
 */
final class PreparedRule {

    private static final String KEY = "startklaswijzer.voorbereid";

    final RuleMetadata metadata;
    final ExplanationText.Template text;
    private final List<String> declarations;
    private final List<String> names;
    private final boolean[] fromParameter;
    /** The declaration bound to an arrangement of the catalogue, or null when the rule matches none. */
    private final String catalogueEntry;

    private PreparedRule(RuleMetadata metadata, RuleImpl rule) {
        this.metadata = metadata;
        this.text = ExplanationText.Template.parse(metadata.tekst());
        this.declarations = List.copyOf(rule.getDeclarations().keySet());
        this.names = declarations.stream().map(id -> id.startsWith("$") ? id.substring(1) : id).toList();
        this.fromParameter = new boolean[declarations.size()];
        for (int i = 0; i < declarations.size(); i++) {
            fromParameter[i] = isFromParameter(rule.getDeclaration(declarations.get(i)));
        }
        this.catalogueEntry = declarations.stream()
                .filter(d -> rule.getDeclaration(d).isPatternDeclaration() && isOfType(rule.getDeclaration(d), Aanbod.class))
                .findFirst().orElse(null);
    }

    static void attach(Rule rule, RuleMetadata metadata) {
        RuleImpl impl = (RuleImpl) rule;
        impl.addMetaAttribute(KEY, new PreparedRule(metadata, impl));
    }

    static PreparedRule of(Rule rule) {
        return (PreparedRule) ((RuleImpl) rule).getMetaData(KEY);
    }

    /**
     * The rule's bound values by their names without the "$", split into facts of the case and values from the
     * parameter file, leaving out whole objects such as the Kind.
     */
    Bindings bind(Match match) {
        Map<String, Object> facts = new LinkedHashMap<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (int i = 0; i < declarations.size(); i++) {
            Object value = match.getDeclarationValue(declarations.get(i));
            if (ExplanationText.isReportable(value)) {
                (fromParameter[i] ? parameters : facts).put(names.get(i), value);
            }
        }
        String aanbod = catalogueEntry == null ? null : ((Aanbod) match.getDeclarationValue(catalogueEntry)).getCode();
        return new Bindings(facts, parameters, aanbod);
    }

    record Bindings(Map<String, Object> facts, Map<String, Object> parameters, String aanbod) {

        Map<String, Object> all() {
            Map<String, Object> all = new HashMap<>(parameters);
            all.putAll(facts);
            return all;
        }
    }

    private static boolean isFromParameter(Declaration declaration) {
        return isOfType(declaration, Parameter.class);
    }

    /** Whether the value is bound from a pattern of the given type, as $maximum from Parameter( ... $maximum : getal ). */
    private static boolean isOfType(Declaration declaration, Class<?> type) {
        return declaration != null && declaration.getPattern() != null
                && declaration.getPattern().getObjectType() instanceof ClassObjectType objectType
                && objectType.getClassType() == type;
    }
}
