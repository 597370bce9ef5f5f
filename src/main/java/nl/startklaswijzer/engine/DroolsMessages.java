package nl.startklaswijzer.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.builder.Message;

/** Turns Drools' compiler messages into Dutch that a policy owner can act on, keeping the original as detail. */
final class DroolsMessages {

    static final String KNOWN_FACTS = "Casus, Kind, Moederschool, Startklas, Leerling, Proces, Signalering, Parameter, "
            + "Aanbod, Reden, Leeftijd en Behoeften";

    private static final Pattern PARSER = Pattern.compile(
            "\\[ERR \\d+] Line (\\d+):(\\d+) (?:mismatched input|no viable alternative at input|extraneous input) '([^']*)'.*?(?: in rule \"?([^\"]*)\"?)?$",
            Pattern.DOTALL);
    private static final Pattern UNKNOWN_TYPE = Pattern.compile("Unable to resolve ObjectType '([^']+)'");
    private static final Pattern UNKNOWN_NAME = Pattern.compile(
            "Unable to Analyse Expression (.*?):\\s*\\[Error: unable to resolve method using strict-mode: ([\\w.$]+)\\.([\\w$]+)\\(\\)]",
            Pattern.DOTALL);
    private static final Pattern LINE = Pattern.compile("\\[Line: (\\d+), Column: \\d+]");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate rule name: (.+)");

    private DroolsMessages() {
    }

    static List<CompileError> translate(List<Message> messages, java.util.function.UnaryOperator<String> relativePath) {
        List<CompileError> errors = new ArrayList<>();
        boolean duplicate = messages.stream().anyMatch(m -> DUPLICATE.matcher(m.getText()).find());
        for (Message message : messages) {
            String text = message.getText().trim();
            // Follow-ups of an error already reported: they add nothing a reader can act on.
            if (text.startsWith("Parser returned a null Package")
                    || (duplicate && text.startsWith("Rule Compilation error The type Rule_"))) {
                continue;
            }
            Integer line = message.getLine() > 0 ? Integer.valueOf(message.getLine()) : lineIn(text);
            errors.add(new CompileError(relativePath.apply(message.getPath()), line, dutch(text), text));
        }
        return errors;
    }

    private static String dutch(String text) {
        Matcher m = PARSER.matcher(text);
        if (m.find()) {
            String where = m.group(4) != null ? "In regel \"" + m.group(4) + "\" staat" : "Hier staat";
            String found = m.group(3).equals("<eof>") || m.group(3).isEmpty() ? "het einde van het bestand" : "'" + m.group(3) + "'";
            return where + " " + found + " op een plek waar het niet kan (kolom " + m.group(2) + "). "
                    + "Controleer de haakjes en aanhalingstekens, en of 'when', 'then' en 'end' er staan.";
        }
        m = UNKNOWN_TYPE.matcher(text);
        if (m.find()) {
            return "'" + m.group(1) + "' is geen bekend soort feit. Bekend zijn: " + KNOWN_FACTS + ".";
        }
        m = UNKNOWN_NAME.matcher(text);
        if (m.find()) {
            String name = m.group(3);
            if (name.startsWith("$")) {
                return "De waarde " + name + " wordt gebruikt in '" + m.group(1).trim() + "', maar geen patroon benoemt haar.";
            }
            String type = m.group(2).substring(m.group(2).lastIndexOf('.') + 1);
            return type + " kent geen '" + name + "' (in '" + m.group(1).trim() + "'). Controleer de spelling.";
        }
        m = DUPLICATE.matcher(text);
        if (m.find()) {
            return "Er zijn twee regels met de naam \"" + m.group(1).trim() + "\"; geef elke regel een eigen naam.";
        }
        return "De regelmachine meldt: " + text.lines().findFirst().orElse(text);
    }

    private static Integer lineIn(String text) {
        Matcher m = LINE.matcher(text);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
