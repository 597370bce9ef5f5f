package nl.startklaswijzer.engine;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
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

    /** The names a template asks for. */
    public static Set<String> placeholders(String template) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    public static String fill(String template, java.util.Map<String, Object> facts) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            if (!facts.containsKey(m.group(1))) {
                throw new IllegalStateException("de tekst noemt {" + m.group(1) + "}, maar de regel bindt geen $" + m.group(1));
            }
            m.appendReplacement(text, Matcher.quoteReplacement(format(facts.get(m.group(1)))));
        }
        m.appendTail(text);
        return text.toString();
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
