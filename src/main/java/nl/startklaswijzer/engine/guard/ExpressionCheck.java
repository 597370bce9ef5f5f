package nl.startklaswijzer.engine.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks one expression of a rule (a constraint, a 'from' source, an accumulate argument) name by name against the
 * rule vocabulary. Drools keeps these expressions as raw text and hands them to MVEL or to generated Java, so the
 * guard reads the text itself: every name must be a binding ($...), a word of the rule language, a known type, or a
 * member of one; no assignment, block, lambda or array. The first problem is reported, in Dutch.
 */
final class ExpressionCheck {

    static final String NOT_ALLOWED = "Regelbestanden mogen alleen redenen en acties geven; '%s' is niet toegestaan.";
    static final String UNKNOWN_TYPE = "'%s' is geen bekend soort feit. Bekend zijn: %s.";

    private static final Pattern TOKEN = Pattern.compile("\\s+|//[^\\n]*|/\\*.*?\\*/"
            + "|(?<text>\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)*')"
            + "|(?<number>0[xX][0-9a-fA-F_]+[lL]?|\\d[\\d_]*(?:\\.\\d+)?(?:[eE][+-]?\\d+)?[lLdDfFbBiI]?)"
            + "|(?<name>[\\p{L}_$][\\p{L}\\p{N}_$]*)"
            + "|(?<refused>->|::|\\+\\+|--)"
            + "|(?<operator>==|!=|<=|>=|&&|\\|\\||[-+*/%<>!?:.,()&|^~])", Pattern.DOTALL);

    private ExpressionCheck() {
    }

    private record Token(String text, boolean name) {
    }

    /**
     * The problem with an expression, if any. In a pattern's constraints a plain name is a member of the pattern's
     * type (factType); elsewhere (factType null) it has no such meaning. Bound are the $-names the rule has named so far.
     */
    static Optional<String> problem(String expression, Class<?> factType, Set<String> bound) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(expression);
        int at = 0;
        while (at < expression.length()) {
            if (!m.find(at) || m.start() != at) {
                return Optional.of(NOT_ALLOWED.formatted(expression.substring(at, at + 1)));
            }
            if (m.group("refused") != null) {
                return Optional.of(NOT_ALLOWED.formatted(m.group("refused")));
            }
            if (m.group("name") != null || m.group("operator") != null || m.group("text") != null
                    || m.group("number") != null) {
                tokens.add(new Token(m.group(), m.group("name") != null));
            }
            at = m.end();
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.name()) {
                Optional<String> problem = nameProblem(tokens, i, expression.trim(), factType, bound);
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> nameProblem(List<Token> tokens, int i, String expression, Class<?> factType,
                                                Set<String> bound) {
        String name = tokens.get(i).text();
        boolean member = i > 0 && tokens.get(i - 1).text().equals(".");
        if (member) {
            return RuleVocabulary.isMember(name) ? Optional.empty() : Optional.of(unknown(name, expression));
        }
        if (name.startsWith("$")) {
            return bound.contains(name) ? Optional.empty() : Optional.of("De waarde " + name + " wordt gebruikt in '"
                    + expression + "', maar geen patroon ervoor benoemt haar.");
        }
        if (RuleVocabulary.KEYWORDS.contains(name)) {
            return Optional.empty();
        }
        if (Character.isUpperCase(name.charAt(0))) {
            return RuleVocabulary.TYPES.containsKey(name) ? Optional.empty() : Optional.of(unknownType(name));
        }
        if (factType != null && RuleVocabulary.isMemberOf(factType, name)) {
            return Optional.empty();
        }
        String qualified = qualifiedName(tokens, i);
        if (!qualified.equals(name) || RuleVocabulary.isForbidden(name)) {
            return Optional.of(NOT_ALLOWED.formatted(qualified));
        }
        return Optional.of(factType != null
                ? "%s kent geen '%s' (in '%s'). Controleer de spelling.".formatted(factType.getSimpleName(), name, expression)
                : unknown(name, expression));
    }

    /** The message for a class name that is not in the vocabulary: refused by name, or unknown. */
    static String unknownType(String name) {
        return RuleVocabulary.isForbidden(name) ? NOT_ALLOWED.formatted(name)
                : UNKNOWN_TYPE.formatted(name, RuleVocabulary.FACTS_IN_DUTCH);
    }

    private static String unknown(String name, String expression) {
        return RuleVocabulary.isForbidden(name) ? NOT_ALLOWED.formatted(name)
                : "'%s' is geen eigenschap of bewerking die een regel kan gebruiken (in '%s'). Controleer de spelling."
                        .formatted(name, expression);
    }

    /**
     * A name that starts a package path, such as java.io.File: the whole path up to its first class name, so that the
     * message names what was reached for. A plain name when it does not start one.
     */
    private static String qualifiedName(List<Token> tokens, int start) {
        if (!RuleVocabulary.isPackageRoot(tokens.get(start).text())) {
            return tokens.get(start).text();
        }
        StringBuilder path = new StringBuilder(tokens.get(start).text());
        for (int i = start + 1; i + 1 < tokens.size() && tokens.get(i).text().equals(".") && tokens.get(i + 1).name(); i += 2) {
            String part = tokens.get(i + 1).text();
            path.append('.').append(part);
            if (Character.isUpperCase(part.charAt(0))) {
                break;
            }
        }
        return path.toString();
    }
}
