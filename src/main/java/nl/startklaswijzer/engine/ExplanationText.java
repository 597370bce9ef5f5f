package nl.startklaswijzer.engine;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.startklaswijzer.domein.Behoeften;
import nl.startklaswijzer.domein.Code;
import nl.startklaswijzer.domein.Leeftijd;

/**
 * Fills a rule's Dutch explanation template, such as "Er {aantal|zit al # kind|zitten al # kinderen} in de groep",
 * with the values the rule bound ($aantal), written as a reader expects them: dates in words, codes as labels, and a
 * count with the form that agrees with it. {aantal|kind|kinderen} gives "1 kind" or "2 kinderen"; a form with # puts
 * the value where the # stands, so that a verb can agree too. A list counts its items.
 */
public final class ExplanationText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)(?:\\|([^{}|]*)\\|([^{}|]*))?}");
    /** Where a plural form puts the value; without it, the value goes before the form. */
    private static final String VALUE = "#";
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    private ExplanationText() {
    }

    /** A template split once into its literal text and its placeholders, so that filling needs no regex. */
    public record Template(List<String> literals, List<Placeholder> placeholders) {

        public static Template parse(String template) {
            List<String> literals = new ArrayList<>();
            List<Placeholder> placeholders = new ArrayList<>();
            Matcher m = PLACEHOLDER.matcher(template);
            int at = 0;
            while (m.find()) {
                literals.add(template.substring(at, m.start()));
                placeholders.add(new Placeholder(m.group(1), m.group(2), m.group(3)));
                at = m.end();
            }
            literals.add(template.substring(at));
            return new Template(List.copyOf(literals), List.copyOf(placeholders));
        }

        public String fill(Map<String, Object> facts) {
            StringBuilder text = new StringBuilder(literals.get(0));
            for (int i = 0; i < placeholders.size(); i++) {
                Placeholder placeholder = placeholders.get(i);
                if (!facts.containsKey(placeholder.name())) {
                    throw new IllegalStateException("de tekst noemt {" + placeholder.name() + "}, maar de regel bindt geen $"
                            + placeholder.name());
                }
                text.append(placeholder.write(facts.get(placeholder.name()))).append(literals.get(i + 1));
            }
            return text.toString();
        }
    }

    /** One {name}, or {name|singular|plural} when the words around the value must agree with it. */
    public record Placeholder(String name, String singular, String plural) {

        public boolean isCounted() {
            return singular != null;
        }

        String write(Object value) {
            if (!isCounted()) {
                return format(value);
            }
            String form = count(value) == 1 ? singular : plural;
            return form.contains(VALUE) ? form.replace(VALUE, format(value)) : format(value) + " " + form;
        }

        private long count(Object value) {
            if (value instanceof Number number) {
                return number.longValue();
            }
            if (value instanceof Collection<?> items) {
                return items.size();
            }
            if (value instanceof Behoeften behoeften) {
                return behoeften.getAantal();
            }
            throw new IllegalStateException("{" + name + "|...|...} vraagt een aantal of een lijst, maar $" + name
                    + " is " + format(value));
        }
    }

    /** Whether a value of this type can be counted, so that a plural form may follow it. */
    public static boolean isCountable(Class<?> type) {
        return type == int.class || type == long.class || type == short.class || type == byte.class
                || Number.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)
                || Behoeften.class.isAssignableFrom(type);
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
