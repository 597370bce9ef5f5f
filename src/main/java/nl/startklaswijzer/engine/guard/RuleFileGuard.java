package nl.startklaswijzer.engine.guard;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.startklaswijzer.engine.CompileError;
import nl.startklaswijzer.engine.RuleFunctions;
import nl.startklaswijzer.engine.RuleMetadata;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotatedBaseDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.ConditionalBranchDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.GroupByDescr;
import org.drools.drl.ast.descr.MVELExprDescr;
import org.drools.drl.ast.descr.NamedConsequenceDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * The first wall: before anything of a rule file is compiled, it is parsed and checked against what a rule may do.
 * A rule file declares rules in package 'regels', imports only the domain, java.time and the two rule functions;
 * each rule matches facts with patterns whose expressions pass {@link ExpressionCheck}, and its consequence only
 * gives a reason or an action. Everything else the language offers (functions, globals, declarations, queries,
 * eval, inline accumulate code, named consequences, attributes with expressions) is refused, each with its line.
 */
public final class RuleFileGuard {

    private static final String PACKAGE = "regels";

    private static final Set<String> IMPORTS = Set.of("nl.startklaswijzer.domein.*", "java.time.*");
    private static final Set<String> FUNCTIONS = Set.of(RuleFunctions.class.getName() + ".geefReden",
            RuleFunctions.class.getName() + ".geefActie");
    private static final Pattern CONSEQUENCE = Pattern.compile("\\s*(geefReden|geefActie)\\(\\s*kcontext\\s*\\)\\s*;\\s*");
    private static final Pattern COMMENT = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);
    /** The other sources a pattern can have, as a rule file writes them. */
    private static final Map<String, String> SOURCES = Map.of("CollectDescr", "from collect", "EntryPointDescr",
            "from entry-point", "WindowReferenceDescr", "from window", "GroupByDescr", "groupby");
    private static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("count", "sum", "min", "max", "average");
    private static final Pattern RULE_NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _.\\-]*");
    private static final Pattern ANNOTATION_VALUE = Pattern.compile("\"[^\"\\\\]*\"|[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\+u+[0-9a-fA-F]{0,4}");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
    private static final Pattern INLINE_BINDING = Pattern.compile("\\s*([\\p{L}_$][\\p{L}\\p{N}_$]*)\\s*:(?!=)(.*)", Pattern.DOTALL);

    private final String file;
    private final List<CompileError> refusals = new ArrayList<>();
    private final Map<String, Integer> rules = new LinkedHashMap<>();
    /** The $-names the rule being checked has named so far, in the order Drools evaluates its patterns. */
    private final Set<String> bound = new HashSet<>();

    private RuleFileGuard(String file) {
        this.file = file;
    }

    /** Parses a rule file as the compiler will, and checks it; nothing of it runs. */
    public static CheckedRuleFile check(String file, String text) {
        DrlParser parser = new DrlParser();
        PackageDescr descr;
        try {
            descr = parser.parse(false, text);
        } catch (DroolsParserException e) {
            descr = null;
        }
        List<CheckedRuleFile.ParseError> parseErrors = parser.getErrors().stream()
                .map(e -> new CheckedRuleFile.ParseError(e.getLines().length > 0 && e.getLines()[0] > 0 ? e.getLines()[0] : null,
                        e.getMessage()))
                .toList();
        if (descr == null || !parseErrors.isEmpty()) {
            return new CheckedRuleFile(file, Map.of(), List.of(), parseErrors.isEmpty()
                    ? List.of(new CheckedRuleFile.ParseError(null, "Het bestand is niet te lezen.")) : parseErrors);
        }
        RuleFileGuard guard = new RuleFileGuard(file);
        guard.unicodeEscapes(text);
        guard.packageDescr(descr);
        return new CheckedRuleFile(file, Map.copyOf(guard.rules), List.copyOf(guard.refusals), List.of());
    }

    /**
     * The Java compiler reads a unicode escape (backslash, u, four hex digits) as the character itself before anything
     * else, so one inside a string in a constraint could close the string in the generated Java and turn the rest into
     * code. Rule files are UTF-8 and need none.
     */
    private void unicodeEscapes(String text) {
        Matcher m = UNICODE_ESCAPE.matcher(text);
        while (m.find()) {
            int line = 1 + (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
            refuse(null, line, "'" + m.group() + "' is niet toegestaan: schrijf het teken zelf, zonder \\u-code.");
        }
    }

    private void packageDescr(PackageDescr p) {
        if (!PACKAGE.equals(p.getName())) {
            refuse(p, 1, "Een regelbestand begint met 'package " + PACKAGE + ";'.");
        }
        p.getImports().forEach(i -> {
            if (!importAllowed(i.getTarget())) {
                refuse(i, 1, ExpressionCheck.NOT_ALLOWED.formatted("import " + i.getTarget())
                        + " Toegestaan zijn nl.startklaswijzer.domein.* en java.time.*.");
            }
        });
        p.getFunctionImports().forEach(i -> {
            if (!FUNCTIONS.contains(i.getTarget())) {
                refuse(i, 1, ExpressionCheck.NOT_ALLOWED.formatted("import function " + i.getTarget())
                        + " Toegestaan zijn geefReden en geefActie uit " + RuleFunctions.class.getName() + ".");
            }
        });
        p.getAccumulateImports().forEach(i -> refuse(i, 1, notAllowed("import accumulate " + i.getTarget())));
        p.getGlobals().forEach(g -> refuse(g, 1, notAllowed("global " + g.getType() + " " + g.getIdentifier())));
        p.getFunctions().forEach(f -> refuse(f, 1, notAllowed("function " + f.getName())));
        p.getClassAndEnumDeclarationDescrs().forEach(d -> refuse(d, 1, notAllowed("declare " + d.getTypeName())));
        p.getEntryPointDeclarations().forEach(d -> refuse(d, 1, notAllowed("declare entry-point")));
        p.getWindowDeclarations().forEach(d -> refuse(d, 1, notAllowed("declare window")));
        p.getAttributes().forEach(a -> refuse(a, 1, notAllowed(a.getName() + " " + a.getValueString().trim())));
        if (p.getUnit() != null) {
            refuse(p.getUnit(), 1, notAllowed("unit"));
        }
        p.getRules().forEach(this::rule);
    }

    private static boolean importAllowed(String target) {
        if (IMPORTS.contains(target)) {
            return true;
        }
        Class<?> type = RuleVocabulary.TYPES.get(target.substring(target.lastIndexOf('.') + 1));
        return type != null && type.getName().equals(target);
    }

    private void rule(RuleDescr rule) {
        int line = rule.getLine();
        if (rule.isQuery()) {
            refuse(rule, line, notAllowed("query " + rule.getName()));
            return;
        }
        rules.put(rule.getName(), line);
        bound.clear();
        if (!RULE_NAME.matcher(rule.getName()).matches()) {
            refuse(rule, line, "De naam van een regel bestaat uit letters, cijfers, spaties en - _ . ; '"
                    + rule.getName() + "' niet.");
        }
        if (rule.hasParent()) {
            refuse(rule, line, notAllowed("extends " + rule.getParentName()));
        }
        if (rule.getUnit() != null) {
            refuse(rule, line, notAllowed("unit"));
        }
        rule.getAttributes().values().forEach(a -> attribute(a, line));
        rule.getAnnotations().forEach(a -> annotation(a, line));
        lhs(rule.getLhs(), line);
        String consequence = rule.getConsequence() == null ? "" : COMMENT.matcher(rule.getConsequence().toString()).replaceAll("");
        if (!CONSEQUENCE.matcher(consequence).matches()) {
            refuse(null, rule.getConsequenceLine() > 0 ? rule.getConsequenceLine() : line,
                    "Na 'then' staat alleen 'geefReden(kcontext);' of 'geefActie(kcontext);'; '"
                            + abbreviated(consequence) + "' is niet toegestaan.");
        }
        rule.getNamedConsequences().keySet().forEach(name -> refuse(null, line,
                "Een regel heeft één 'then'; 'then[" + name + "]' is niet toegestaan."));
    }

    /** A fixed order among rules is harmless; an expression that computes it, or timers and dialects, are not. */
    private void attribute(AttributeDescr attribute, int ruleLine) {
        String name = attribute.getName();
        String value = attribute.getValue() == null ? "" : attribute.getValue().trim();
        boolean allowed = name.equals("salience") ? INTEGER.matcher(value).matches()
                : (name.equals("no-loop") || name.equals("lock-on-active")) && Set.of("", "true", "false").contains(value);
        if (!allowed) {
            refuse(attribute, ruleLine, name.equals("salience")
                    ? "'salience' is alleen een geheel getal; '" + value + "' is niet toegestaan."
                    : notAllowed(name + (value.isEmpty() ? "" : " " + attribute.getValueString().trim())));
        }
    }

    private void annotation(AnnotationDescr annotation, int ruleLine) {
        String name = annotation.getName();
        if (!RuleMetadata.KEYS.contains(name)) {
            refuse(annotation, ruleLine, "'@" + name + "' is niet toegestaan; een regel beschrijft zich met "
                    + RuleMetadata.KEYS.stream().sorted().map(k -> "@" + k).toList() + ".");
            return;
        }
        Object value = annotation.getValueMap().size() == 1 ? annotation.getValue() : null;
        if (!(value instanceof String text) || !ANNOTATION_VALUE.matcher(text.trim()).matches()) {
            refuse(annotation, ruleLine, "'@" + name + "' bevat een tekst tussen aanhalingstekens (zonder \\ of \" erin) "
                    + "of een code, zoals @" + name + "(\"...\") of @status(VASTGESTELD).");
        }
    }

    /** The conditions: patterns, combined with and, or, not, exists and forall; nothing that runs code of its own. */
    private void lhs(BaseDescr descr, int line) {
        int here = lineOf(descr, line);
        if (descr instanceof PatternDescr pattern) {
            pattern(pattern, here);
        } else if (descr instanceof AndDescr || descr instanceof OrDescr || descr instanceof NotDescr
                || descr instanceof ExistsDescr || descr instanceof ForallDescr) {
            annotationsOf(descr, here);
            ((ConditionalElementDescr) descr).getDescrs().forEach(d -> lhs(d, here));
        } else if (descr instanceof EvalDescr) {
            refuse(descr, here, notAllowed("eval(...)") + " Schrijf de voorwaarde in een patroon, zoals Kind( ... ).");
        } else if (descr instanceof NamedConsequenceDescr named) {
            refuse(descr, here, "Een regel heeft één 'then'; 'then[" + named.getName() + "]' is niet toegestaan.");
        } else if (descr instanceof ConditionalBranchDescr) {
            refuse(descr, here, notAllowed("if (...) do[...]"));
        } else {
            refuse(descr, here, notAllowed(descr == null ? "?" : abbreviated(String.valueOf(descr.getText()))));
        }
    }

    private void pattern(PatternDescr pattern, int line) {
        Class<?> type = RuleVocabulary.TYPES.get(pattern.getObjectType());
        if (type == null) {
            String name = pattern.getObjectType();
            refuse(pattern, line, name.contains(".") ? ExpressionCheck.NOT_ALLOWED.formatted(name)
                    : ExpressionCheck.unknownType(name));
        }
        if (pattern.isQuery()) {
            refuse(pattern, line, notAllowed("?" + pattern.getObjectType()));
        }
        if (!pattern.getBehaviors().isEmpty()) {
            refuse(pattern, line, notAllowed("over window"));
        }
        annotationsOf(pattern, line);
        binding(pattern.getIdentifier(), pattern, line);
        source(pattern, line);
        for (BaseDescr constraint : pattern.getConstraint().getDescrs()) {
            int here = lineOf(constraint, line);
            if (constraint instanceof ExprConstraintDescr expression) {
                // The parser leaves an inline binding ("$aantal : bezet") in the constraint's text.
                Matcher binding = INLINE_BINDING.matcher(expression.getExpression());
                if (binding.matches()) {
                    expression(binding.group(2), type, here);
                    binding(binding.group(1), constraint, here);
                } else {
                    expression(expression.getExpression(), type, here);
                }
            } else if (constraint instanceof BindingDescr binding) {
                expression(binding.getExpression(), type, here);
                binding(binding.getVariable(), binding, here);
            } else {
                refuse(constraint, here, notAllowed(abbreviated(String.valueOf(constraint.getText()))));
            }
        }
    }

    private void source(PatternDescr pattern, int line) {
        BaseDescr source = pattern.getSource();
        int here = lineOf(source, line);
        if (source == null) {
            return;
        }
        if (source instanceof FromDescr from) {
            if (from.getDataSource() instanceof MVELExprDescr expression) {
                expression(expression.getExpression(), null, here);
            } else {
                refuse(source, here, notAllowed("from " + abbreviated(String.valueOf(from.getDataSource()))));
            }
        } else if (source instanceof AccumulateDescr accumulate && !(source instanceof GroupByDescr)) {
            accumulate(accumulate, here);
        } else {
            refuse(source, here, notAllowed(SOURCES.getOrDefault(source.getClass().getSimpleName(), "from ..."))
                    + " Na 'from' staat een waarde of 'accumulate'.");
        }
    }

    private void accumulate(AccumulateDescr accumulate, int line) {
        if (!accumulate.isExternalFunction() || accumulate.getInitCode() != null || accumulate.getActionCode() != null
                || accumulate.getResultCode() != null || accumulate.getReverseCode() != null) {
            refuse(accumulate, line, "'accumulate' met eigen code (init, action, result) is niet toegestaan; gebruik "
                    + "count(), sum(), min(), max() of average().");
            return;
        }
        lhs(accumulate.getInput(), line);
        for (AccumulateDescr.AccumulateFunctionCallDescr function : accumulate.getFunctions()) {
            if (!ACCUMULATE_FUNCTIONS.contains(function.getFunction())) {
                refuse(accumulate, line, notAllowed(function.getFunction() + "()")
                        + " In 'accumulate' kunnen count(), sum(), min(), max() en average().");
            }
            for (String parameter : function.getParams()) {
                expression(parameter, null, line);
            }
            binding(function.getBind(), accumulate, line);
        }
    }

    private void binding(String name, BaseDescr where, int line) {
        if (name == null || name.isEmpty()) {
            return;
        }
        if (!name.startsWith("$")) {
            refuse(where, line, "Een naam voor een waarde begint met $, zoals $leeftijd; '" + name + "' niet.");
        }
        bound.add(name);
    }

    private void expression(String expression, Class<?> factType, int line) {
        ExpressionCheck.problem(expression == null ? "" : expression, factType, bound).ifPresent(m -> refuse(null, line, m));
    }

    private void annotationsOf(BaseDescr descr, int line) {
        if (descr instanceof AnnotatedBaseDescr annotated) {
            annotated.getAnnotations().forEach(a -> refuse(a, line, notAllowed("@" + a.getName())));
        }
    }

    private void refuse(BaseDescr where, int fallbackLine, String message) {
        refusals.add(new CompileError(file, lineOf(where, fallbackLine), message));
    }

    private static int lineOf(BaseDescr descr, int fallback) {
        return descr != null && descr.getLine() > 0 ? descr.getLine() : fallback;
    }

    private static String notAllowed(String what) {
        return ExpressionCheck.NOT_ALLOWED.formatted(what);
    }

    private static String abbreviated(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }
}
