package nl.startklaswijzer.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.builder.Message;

/** Turns Drools' compiler messages into Dutch that a policy owner can act on, keeping the original as detail. */
final class DroolsMessages {

    private static final Pattern PARSER = Pattern.compile(
            "\\[ERR \\d+] Line (\\d+):(\\d+) (?:mismatched input|no viable alternative at input|extraneous input) '([^']*)'.*?(?: in rule \"?([^\"]*)\"?)?$",
            Pattern.DOTALL);
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate rule name: (.+)");
    /** The class filter refused a class: while the rules were translated, or when their generated Java compiled. */
    private static final Pattern REFUSED_CLASS = Pattern.compile(
            "Unable to find class '([\\w.$]+)'|^((?:[\\w$]+\\.)*[A-Z][\\w$]*) cannot be resolved|refers to the missing type ([\\w.$]+)");
    private static final Pattern MISSING_METHOD = Pattern.compile(
            "Method (\\w+) on class [\\w.$]*?(\\w+) with arguments \\[([^]]*)] is missing");

    private DroolsMessages() {
    }

    static List<CompileError> translate(List<Message> messages, java.util.function.UnaryOperator<String> relativePath) {
        List<CompileError> errors = new ArrayList<>();
        for (Message message : messages) {
            String text = message.getText().trim();
            // The whole generated Java source after an error in it: nothing a policy owner can act on.
            if (text.startsWith("Java source of ")) {
                continue;
            }
            // Errors in Java that the executable model generated name that Java, not the rule file.
            String path = message.getPath() == null || message.getPath().endsWith(".java") ? null : message.getPath();
            errors.add(translate(relativePath.apply(path), message.getLine() > 0 ? message.getLine() : null, text));
        }
        return errors;
    }

    /** One message of the parser or the compiler about a file, at a line if it knows one. */
    static CompileError translate(String file, Integer line, String text) {
        return new CompileError(file, line, dutch(text.trim()), text.trim());
    }

    private static String dutch(String text) {
        Matcher m = PARSER.matcher(text);
        if (m.find()) {
            String where = m.group(4) != null ? "In regel \"" + m.group(4) + "\" staat" : "Hier staat";
            String found = m.group(3).equals("<eof>") || m.group(3).isEmpty() ? "het einde van het bestand" : "'" + m.group(3) + "'";
            return where + " " + found + " op een plek waar het niet kan (kolom " + m.group(2) + "). "
                    + "Controleer de haakjes en aanhalingstekens, en of 'when', 'then' en 'end' er staan.";
        }
        m = REFUSED_CLASS.matcher(text);
        if (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            return "Regelbestanden mogen alleen redenen en acties geven; '" + name + "' is niet toegestaan.";
        }
        m = MISSING_METHOD.matcher(text);
        if (m.find()) {
            return m.group(2) + " kent geen '" + m.group(1) + "' met " + (m.group(3).isBlank() ? "geen argumenten"
                    : "argumenten van het soort " + m.group(3).replace("class ", "").replace("java.lang.", "")) + ".";
        }
        m = DUPLICATE.matcher(text);
        if (m.find()) {
            return "Er zijn twee regels met de naam \"" + m.group(1).trim() + "\"; geef elke regel een eigen naam.";
        }
        return "De regelmachine meldt: " + text.lines().findFirst().orElse(text);
    }
}
