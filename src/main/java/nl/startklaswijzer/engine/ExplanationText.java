package nl.startklaswijzer.engine;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.startklaswijzer.domein.Behoeften;
import nl.startklaswijzer.domein.Code;
import nl.startklaswijzer.domein.Leeftijd;

/**
 * Fills a rule's Dutch explanation template, such as "Er zitten al {aantal} kinderen in de groep", with the
 * values the rule bound ($aantal), written as a reader expects them: dates in words, codes as labels.
 */
public final class ExplanationText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    private ExplanationText() {
    }

    /** A template split once into its literal text and the names between braces, so that filling needs no regex. */
    public record Template(List<String> literals, List<String> names) {

        public static Template parse(String template) {
            List<String> literals = new ArrayList<>();
            List<String> names = new ArrayList<>();
            Matcher m = PLACEHOLDER.matcher(template);
            int at = 0;
            while (m.find()) {
                literals.add(template.substring(at, m.start()));
                names.add(m.group(1));
                at = m.end();
            }
            literals.add(template.substring(at));
            return new Template(List.copyOf(literals), List.copyOf(names));
        }

        public String fill(Map<String, Object> facts) {
            StringBuilder text = new StringBuilder(literals.get(0));
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                if (!facts.containsKey(name)) {
                    throw new IllegalStateException("de tekst noemt {" + name + "}, maar de regel bindt geen $" + name);
                }
                text.append(format(facts.get(name))).append(literals.get(i + 1));
            }
            return text.toString();
        }
    }

    /** The names a template asks for. */
    public static Set<String> placeholders(String template) {
        return new LinkedHashSet<>(Template.parse(template).names());
    }

    public static String fill(String template, Map<String, Object> facts) {
        return Template.parse(template).fill(facts);
    }

    /** Whether a bound value is a fact about the case worth reporting, rather than a whole object such as Kind. */
    public static boolean isReportable(Object value) {
        if (value instanceof Collection<?> items) {
            return items.stream().allMatch(ExplanationText::isReportable);
        }
        return value == null || value instanceof Number || value instanceof String || value instanceof Boolean
                || value instanceof LocalDate || value instanceof Enum<?> || value instanceof Leeftijd
                || value instanceof Behoeften;
    }

    public static String format(Object value) {
        if (value == null) {
            return "onbekend";
        }
        if (value instanceof LocalDate date) {
            return DUTCH_DATE.format(date);
        }
        if (value instanceof Code code) {
            return code.label();
        }
        if (value instanceof Boolean b) {
            return b ? "ja" : "nee";
        }
        if (value instanceof Behoeften behoeften) {
            return format(behoeften.getLijst());
        }
        if (value instanceof Collection<?> items) {
            return enumerate(items.stream().map(ExplanationText::format).toList());
        }
        return value.toString();
    }

    /** "a", "a en b", "a, b en c". */
    private static String enumerate(List<String> items) {
        if (items.isEmpty()) {
            return "geen";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        List<String> head = new ArrayList<>(items.subList(0, items.size() - 1));
        return String.join(", ", head) + " en " + items.get(items.size() - 1);
    }
}
